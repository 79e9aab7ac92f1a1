"""The office's payment and award kinds as settings: stored, checked, and read by every new entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.i18n import _
from core.payments.catalogue import Frequency, PaymentPolicy
from core.payments.entities import Payment
from core.payments.money import format_tugrik
from core.payments.policy_validation import KIND_AMOUNT_MAX, validate_payment_policy
from core.services.payment_settings import get_payment_policy, save_payment_policy
from core.services.payments import payments_register, record_payment
from core.validation import ValidationError
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 5)


def edited(code: str, **changes: object) -> PaymentPolicy:
    """The regulation's catalogue with one kind changed."""
    policy = PaymentPolicy()
    return PaymentPolicy(tuple(replace(k, **changes) if k.code == code else k for k in policy.kinds))  # type: ignore[arg-type]


def fuel(amount: int, order_date: date = TODAY) -> Payment:
    return Payment(employee_id=1, kind_code="10.7.8", order_number="А/15", order_date=order_date, amount=amount)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.employees.add(employee())
    return uow


def test_a_fresh_office_reads_the_regulations_catalogue(uow: FakeUnitOfWork) -> None:
    assert get_payment_policy(uow) == PaymentPolicy()


def test_the_catalogue_round_trips_with_its_wording_cleaned(uow: FakeUnitOfWork) -> None:
    policy = edited("10.7.8", amount=150_000, text="  Түлээ, нүүрс  ", frequency=Frequency.ANY, offered=False)
    saved = save_payment_policy(uow, policy)
    assert get_payment_policy(uow) == saved
    kind = saved.kind("10.7.8")
    assert kind is not None and (kind.amount, kind.text, kind.frequency, kind.offered) == (
        150_000,
        "Түлээ, нүүрс",
        Frequency.ANY,
        False,
    )


@pytest.mark.parametrize(
    ("amount", "refused"),
    [(150_001, True), (150_000, False), (1, False)],
)
def test_a_lowered_ceiling_applies_to_new_entries(uow: FakeUnitOfWork, amount: int, refused: bool) -> None:
    save_payment_policy(uow, edited("10.7.8", amount=150_000))
    if refused:
        with pytest.raises(ValidationError) as excinfo:
            record_payment(uow, fuel(amount))
        expected = _("Regulation {clause}: at most {limit}.").format(clause="10.7.8", limit=format_tugrik(150_000))
        assert [i.message for i in excinfo.value.report.issues] == [expected]
        assert uow.payments.list() == []
    else:
        assert record_payment(uow, fuel(amount)).amount == amount


def test_a_recorded_payment_keeps_its_sum_when_the_ceiling_is_lowered(uow: FakeUnitOfWork) -> None:
    saved = record_payment(uow, fuel(200_000, date(2025, 12, 1)))
    save_payment_policy(uow, edited("10.7.8", amount=150_000, text="Түлээний хөнгөлөлт"))
    assert uow.payments.list() == [saved]
    assert saved.kind_text == "Түлээ, нүүрсний үнийн хөнгөлөлт"
    register = payments_register(uow, year=2025)
    assert [(g.clause, g.text, [line.amount for line in g.lines]) for g in register.groups] == [
        ("10.7.8", "Түлээ, нүүрсний үнийн хөнгөлөлт", [200_000])
    ]


def test_a_dropped_kind_is_refused_for_new_entries(uow: FakeUnitOfWork) -> None:
    save_payment_policy(uow, edited("10.7.8", offered=False))
    with pytest.raises(ValidationError) as excinfo:
        record_payment(uow, fuel(100_000))
    message = _("Regulation {clause}: the office no longer gives this kind (payment settings).").format(clause="10.7.8")
    assert [(i.field, i.message) for i in excinfo.value.report.issues] == [("kind_code", message)]
    assert uow.payments.list() == []


def test_an_explicit_policy_still_wins_over_the_stored_one(uow: FakeUnitOfWork) -> None:
    save_payment_policy(uow, edited("10.7.8", amount=150_000))
    assert record_payment(uow, fuel(200_000), policy=PaymentPolicy()).amount == 200_000


@pytest.mark.parametrize(
    ("code", "changes", "message"),
    [
        ("10.7.8", {"amount": 0}, "amount"),
        ("10.7.8", {"amount": KIND_AMOUNT_MAX + 1}, "amount"),
        ("10.7.2", {"salary_percent": 1001}, "percent"),
        ("10.7.2", {"salary_percent": 0, "default_percent": None}, "percent"),
        ("10.7.2", {"salary_percent": 50, "default_percent": 60}, "default"),
        ("10.7.8", {"salary_percent": 50}, "both"),
        ("12.3", {"amount": 1000}, "honour"),
        ("10.7.9", {"relations": ()}, "relations"),
        ("10.7.8", {"clause": " "}, "clause"),
        ("10.7.8", {"text": ""}, "text"),
    ],
)
def test_each_bad_row_is_named_by_its_code(
    uow: FakeUnitOfWork, code: str, changes: dict[str, object], message: str
) -> None:
    messages = {
        "amount": _("The sum must be a whole number of tögrög from 1 to {limit}.").format(
            limit=format_tugrik(KIND_AMOUNT_MAX)
        ),
        "percent": _("A share of the base salary must be from {low} to {high} percent.").format(low=1, high=1000),
        "default": _("The usual share cannot be above the ceiling share of the base salary."),
        "both": _("Give either a sum or a share of the base salary, not both."),
        "honour": _("This award carries no sum of money."),
        "relations": _("This kind is paid for a relative: keep at least one."),
        "clause": _("Enter the clause number."),
        "text": _("Enter the regulation's wording."),
    }
    with pytest.raises(ValidationError) as excinfo:
        save_payment_policy(uow, edited(code, **changes))
    assert [(i.field, i.message) for i in excinfo.value.report.issues] == [("kinds", f"{code}: {messages[message]}")]
    assert get_payment_policy(uow) == PaymentPolicy()


@pytest.mark.parametrize(("amount", "valid"), [(1, True), (KIND_AMOUNT_MAX, True), (KIND_AMOUNT_MAX + 1, False)])
def test_the_sum_boundaries(amount: int, valid: bool) -> None:
    assert validate_payment_policy(edited("10.7.8", amount=amount)).is_valid is valid


@pytest.mark.parametrize(("percent", "valid"), [(1, True), (1000, True), (1001, False)])
def test_the_percent_boundaries(percent: int, valid: bool) -> None:
    policy = edited("10.7.2", salary_percent=percent, default_percent=1)
    assert validate_payment_policy(policy).is_valid is valid


def test_kinds_missing_or_repeated_are_refused() -> None:
    kinds = PaymentPolicy().kinds
    for policy in (PaymentPolicy(kinds[1:]), PaymentPolicy((*kinds, kinds[0]))):
        issues = validate_payment_policy(policy).issues
        assert [i.message for i in issues] == [_("The kinds must be the regulation's, each once.")]
