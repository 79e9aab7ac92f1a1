"""Family members and payments round-trip through a real, migrated SQLite file, and its constraints hold."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from core import services
from core.payments.entities import Payment
from core.payments.family import FamilyMember, Relation
from core.validation import ValidationError
from data import Database
from tests.core.builders import employee

TODAY = date(2026, 3, 5)


def test_family_and_payments_round_trip(database: Database) -> None:
    new_uow = database.uow_factory
    person = services.save_employee(new_uow(), employee(), today=TODAY)
    child = services.save_family_member(
        new_uow(),
        FamilyMember(person.id or 0, Relation.CHILD, "Болдын Сараа", date(2026, 2, 20), submission_id="f-1"),
        today=TODAY,
    )
    assert services.list_family(new_uow(), person.id or 0) == [child]
    birth = services.record_payment(
        new_uow(),
        Payment(
            employee_id=person.id or 0,
            kind_code="10.7.9",
            order_number="А/21",
            order_date=TODAY,
            amount=100_000,
            family_member_id=child.id,
            note="Төрсний гэрчилгээ",
            submission_id="p-1",
        ),
    )
    bonus = services.record_payment(
        new_uow(),
        Payment(
            employee_id=person.id or 0,
            kind_code="12.2",
            order_number="А/22",
            order_date=TODAY,
            amount=600_000,
            base_salary=1_500_000,
        ),
    )
    honour = services.record_payment(
        new_uow(), Payment(employee_id=person.id or 0, kind_code="12.1-1", order_number="А/23", order_date=TODAY)
    )
    assert services.list_payments(new_uow(), year=2026) == [honour, bonus, birth]
    assert birth.relation is Relation.CHILD and honour.amount is None and bonus.base_salary == 1_500_000
    again = services.record_payment(
        new_uow(),
        Payment(
            employee_id=person.id or 0,
            kind_code="10.7.9",
            order_number="А/21",
            order_date=TODAY,
            amount=100_000,
            family_member_id=child.id,
            submission_id="p-1",
        ),
    )
    assert again == birth
    annulled = services.annul_payment(new_uow(), bonus.id or 0, reason="алдаа", on=TODAY)
    assert services.list_payments(new_uow(), employee_id=person.id)[1] == annulled
    assert services.list_payments(new_uow(), year=2025) == []


def test_a_refused_payment_leaves_nothing(database: Database) -> None:
    new_uow = database.uow_factory
    person = services.save_employee(new_uow(), employee(), today=TODAY)
    with pytest.raises(ValidationError):
        services.record_payment(
            new_uow(),
            Payment(
                employee_id=person.id or 0, kind_code="10.7.8", order_number="А/1", order_date=TODAY, amount=200_001
            ),
        )
    assert services.list_payments(new_uow()) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE payments SET amount = 0",
        "UPDATE payments SET relation = 'child'",  # a relation without a family member
        "UPDATE payments SET annul_reason = 'x'",  # a reason without an annulment date
        "UPDATE family_members SET relation = 'cousin'",
    ],
)
def test_the_constraints_refuse_what_the_services_refuse(database: Database, statement: str) -> None:
    new_uow = database.uow_factory
    person = services.save_employee(new_uow(), employee(), today=TODAY)
    services.save_family_member(
        new_uow(), FamilyMember(person.id or 0, Relation.CHILD, "Сараа", date(2020, 1, 1)), today=TODAY
    )
    services.record_payment(
        new_uow(),
        Payment(employee_id=person.id or 0, kind_code="10.7.8", order_number="А/1", order_date=TODAY, amount=200_000),
    )
    with pytest.raises(sqlalchemy.exc.IntegrityError), database.engine.begin() as connection:
        connection.execute(text(statement))
