"""The office's payment and award kinds on a real, migrated SQLite file: only changes are stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core import services
from core.i18n import _
from core.payments.catalogue import Frequency, PaymentPolicy
from core.payments.entities import Payment
from core.payments.family import Relation
from core.validation import ValidationError
from data import Database
from data.repositories.payment_settings import UnreadablePaymentSettingsError
from tests.core.builders import employee

TODAY = date(2026, 3, 5)


def edited(code: str, **changes: object) -> PaymentPolicy:
    kinds = PaymentPolicy().kinds
    return PaymentPolicy(tuple(replace(k, **changes) if k.code == code else k for k in kinds))  # type: ignore[arg-type]


def stored_json(database: Database) -> str | None:
    with database.engine.connect() as connection:
        value = connection.execute(text("SELECT kinds_json FROM payment_settings")).scalar_one_or_none()
    assert value is None or isinstance(value, str)
    return value


def write_json(database: Database, value: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("INSERT OR REPLACE INTO payment_settings (id, kinds_json) VALUES (1, :v)"), {"v": value}
        )


@pytest.mark.parametrize(
    "policy",
    [
        PaymentPolicy(),
        edited("10.7.8", amount=150_000, frequency=Frequency.ANY, text="Түлээ, нүүрс Ө Ү"),
        edited("12.2", salary_percent=60, default_percent=30, offered=False),
        edited("10.7.1-1", relations=(Relation.SPOUSE,), clause="10.7.1а"),
    ],
)
def test_the_catalogue_round_trips(database: Database, policy: PaymentPolicy) -> None:
    services.save_payment_policy(database.uow_factory(), policy)
    assert services.get_payment_policy(database.uow_factory()) == policy


def test_the_regulations_catalogue_is_stored_as_null_and_changes_by_code(database: Database) -> None:
    services.save_payment_policy(database.uow_factory(), PaymentPolicy())
    assert stored_json(database) is None
    services.save_payment_policy(database.uow_factory(), edited("10.7.8", amount=150_000))
    assert stored_json(database) == '{"10.7.8": {"amount": 150000}}'


def test_a_lowered_ceiling_holds_on_the_file(database: Database) -> None:
    new_uow = database.uow_factory
    person = services.save_employee(new_uow(), employee(), today=TODAY)
    services.save_payment_policy(new_uow(), edited("10.7.8", amount=150_000))
    fuel = Payment(employee_id=person.id or 0, kind_code="10.7.8", order_number="А/1", order_date=TODAY, amount=150_001)
    with pytest.raises(ValidationError):
        services.record_payment(new_uow(), fuel)
    assert services.record_payment(new_uow(), replace(fuel, amount=150_000)).amount == 150_000


@pytest.mark.parametrize(
    "stored",
    [
        "[]",
        '{"99.9": {"amount": 1}}',
        '{"10.7.8": {"colour": "red"}}',
        '{"10.7.8": {"amount": "150000"}}',
        '{"10.7.8": {"amount": true}}',
        '{"10.7.8": {"frequency": "weekly"}}',
        '{"10.7.9": {"relations": ["cousin"]}}',
        '{"10.7.8": []}',
    ],
)
def test_stored_kinds_this_build_cannot_read_are_refused_clearly(database: Database, stored: str) -> None:
    write_json(database, stored)
    with pytest.raises(UnreadablePaymentSettingsError) as excinfo:
        services.get_payment_policy(database.uow_factory())
    assert str(excinfo.value) == _("The stored payment and award kinds cannot be read ({detail}).").format(
        detail=excinfo.value.detail
    )


def test_the_table_holds_one_row_of_valid_json(database: Database) -> None:
    for statement in (
        "INSERT INTO payment_settings (id, kinds_json) VALUES (2, NULL)",
        "INSERT INTO payment_settings (id, kinds_json) VALUES (1, 'not json')",
    ):
        with pytest.raises(IntegrityError), database.engine.begin() as connection:
            connection.execute(text(statement))
