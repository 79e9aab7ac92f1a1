"""The payment kinds' ceilings and refusals, table-driven like the regulation (10.7, 12.1–12.7, 12.10)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.discipline.entities import Sanction, SanctionKind
from core.i18n import _
from core.payments.catalogue import Frequency, PaymentPolicy
from core.payments.entities import Payment
from core.payments.family import RELATION_LABELS, FamilyMember, Relation
from core.payments.money import format_tugrik
from core.payments.rules import ceiling, default_amount
from core.payments.validation import validate_family_member, validate_payment

POLICY = PaymentPolicy()
DAY = date(2026, 3, 5)
SALARY = 1_500_000


def payment(kind: str, amount: int | None, **changes: object) -> Payment:
    values: dict[str, object] = dict(employee_id=1, kind_code=kind, order_number="А/15", order_date=DAY, amount=amount)
    values.update(changes)
    return Payment(**values)  # type: ignore[arg-type]


def member(relation: Relation, employee_id: int = 1) -> FamilyMember:
    return FamilyMember(employee_id, relation, "Болдын Сараа", date(2015, 4, 1), id=7)


def issues(report: object) -> dict[str, str]:
    return {i.field: i.code for i in report.issues}  # type: ignore[attr-defined]


#: clause kind, the ceiling, the relative it needs (or None), the base salary it needs (or None).
CEILINGS = [
    ("10.7.1-1", 300_000, Relation.SPOUSE, None),
    ("10.7.1-1", 300_000, Relation.CHILD, None),
    ("10.7.1-2", 200_000, Relation.MOTHER_IN_LAW, None),
    ("10.7.1-2", 200_000, Relation.SIBLING, None),
    ("10.7.1-3", 500_000, None, None),
    ("10.7.2", 2 * SALARY, None, SALARY),
    ("10.7.3-1", 50_000, None, None),
    ("10.7.3-2", 100_000, None, None),
    ("10.7.3-3", 200_000, None, None),
    ("10.7.4-1", 200_000, None, None),
    ("10.7.4-2", 150_000, None, None),
    ("10.7.5", 100_000, None, None),
    ("10.7.8", 200_000, None, None),
    ("10.7.9", 100_000, Relation.CHILD, None),
    ("12.2", SALARY * 40 // 100, None, SALARY),
    ("12.4", 200_000, None, None),
    ("12.5", 200_000, None, None),
    ("12.7", SALARY, None, SALARY),
]


@pytest.mark.parametrize(("kind", "limit", "relation", "salary"), CEILINGS)
def test_at_the_ceiling_is_allowed_and_one_tugrik_above_refused(
    kind: str, limit: int, relation: Relation | None, salary: int | None
) -> None:
    relative = member(relation) if relation else None
    at = payment(kind, limit, base_salary=salary, family_member_id=relative.id if relative else None)
    assert validate_payment(at, policy=POLICY, member=relative).is_valid
    above = payment(kind, limit + 1, base_salary=salary, family_member_id=relative.id if relative else None)
    report = validate_payment(above, policy=POLICY, member=relative)
    clause = POLICY.kind(kind).clause  # type: ignore[union-attr]
    assert [i.message for i in report.issues] == [
        _("Regulation {clause}: at most {limit}.").format(clause=clause, limit=format_tugrik(limit))
    ]
    assert issues(report) == {"amount": "over_ceiling"}


def test_a_free_amount_kind_has_no_ceiling() -> None:
    assert validate_payment(payment("12.1-5", 5_000_000), policy=POLICY).is_valid
    assert ceiling(POLICY.kind("10.7.7"), SALARY) is None  # type: ignore[arg-type]


def test_an_honour_without_money_takes_no_amount() -> None:
    assert validate_payment(payment("12.1-1", None), policy=POLICY).is_valid
    assert issues(validate_payment(payment("12.1-1", 100_000), policy=POLICY)) == {"amount": "not_monetary"}


def test_a_salary_based_kind_needs_the_base_salary() -> None:
    report = validate_payment(payment("12.7", 1_000_000), policy=POLICY)
    assert issues(report) == {"base_salary": "required"}


@pytest.mark.parametrize(
    ("kind", "salary", "expected"),
    [
        ("12.7", SALARY, SALARY),
        ("10.7.2", SALARY, SALARY),
        ("12.2", 1_000_000, 400_000),
        ("10.7.8", None, 200_000),
        ("12.1-1", SALARY, None),
        ("12.7", None, None),
    ],
)
def test_default_amounts(kind: str, salary: int | None, expected: int | None) -> None:
    assert default_amount(POLICY.kind(kind), salary) == expected  # type: ignore[arg-type]


def test_zero_or_no_amount_is_refused() -> None:
    assert issues(validate_payment(payment("10.7.8", 0), policy=POLICY)) == {"amount": "required"}
    assert issues(validate_payment(payment("10.7.8", None), policy=POLICY)) == {"amount": "required"}


FUEL_2026 = payment("10.7.8", 200_000, id=3, order_number="А/3", order_date=date(2026, 1, 10))


@pytest.mark.parametrize(
    ("earlier", "on", "refused"),
    [
        ([FUEL_2026], date(2026, 12, 31), True),  # the same year, to its last day
        ([FUEL_2026], date(2027, 1, 1), False),  # a new year
        ([replace(FUEL_2026, annulled_on=date(2026, 2, 1), annul_reason="алдаа")], date(2026, 5, 1), False),
        ([payment("10.7.8", 200_000, id=4, employee_id=2)], date(2026, 5, 1), False),  # someone else's
    ],
)
def test_once_a_year(earlier: list[Payment], on: date, refused: bool) -> None:
    report = validate_payment(payment("10.7.8", 150_000, order_date=on), policy=POLICY, earlier=earlier)
    assert (not report.is_valid) is refused
    if refused:
        assert report.issues[0].message == _(
            "Regulation {clause}: given once a year; it was given this year by order {order}."
        ).format(clause="10.7.8", order="А/3")


@pytest.mark.parametrize("kind", ["12.7", "10.7.5"])
def test_once_ever_kinds_are_refused_a_second_time_years_later(kind: str) -> None:
    assert POLICY.kind(kind).frequency is Frequency.ONCE_EVER  # type: ignore[union-attr]
    first = payment(kind, 100_000, base_salary=SALARY, id=9, order_number="Б/1", order_date=date(2016, 5, 1))
    report = validate_payment(
        payment(kind, 100_000, base_salary=SALARY, order_date=date(2026, 5, 1)), policy=POLICY, earlier=[first]
    )
    assert issues(report) == {"kind_code": "repeated"}
    clause = POLICY.kind(kind).clause  # type: ignore[union-attr]
    assert report.issues[0].message == _("Regulation {clause}: given once only; it was given by order {order}.").format(
        clause=clause, order="Б/1"
    )


WARNING = Sanction(
    employee_id=1,
    breach_code="11.1.5",
    breach_text="",
    kind=SanctionKind.WARNING,
    order_number="А/12",
    order_date=date(2025, 3, 5),
    starts_on=date(2025, 3, 5),
    lapses_on=date(2026, 3, 4),
)


@pytest.mark.parametrize(
    ("on", "refused"),
    [
        (date(2025, 3, 5), True),  # the day it starts
        (date(2026, 3, 4), True),  # its last day
        (date(2026, 3, 5), False),  # the day after it lapses
    ],
)
def test_an_award_is_refused_while_a_sanction_is_in_force(on: date, refused: bool) -> None:
    report = validate_payment(payment("12.4", 200_000, order_date=on), policy=POLICY, sanctions=[WARNING])
    assert (not report.is_valid) is refused
    if refused:
        assert issues(report) == {"employee_id": "sanction_in_force"}
        assert "12.10" in report.issues[0].message


def test_a_support_payment_is_not_held_back_by_a_sanction() -> None:
    report = validate_payment(
        payment("10.7.3-2", 100_000, order_date=date(2025, 6, 1)), policy=POLICY, sanctions=[WARNING]
    )
    assert report.is_valid


@pytest.mark.parametrize(
    ("kind", "relative", "code"),
    [
        ("10.7.1-1", None, "required"),
        ("10.7.1-1", Relation.MOTHER, "relation"),
        ("10.7.1-2", Relation.CHILD, "relation"),
        ("10.7.9", Relation.SPOUSE, "relation"),
        ("12.6", None, "required"),
        ("10.7.4-1", Relation.SPOUSE, "relation"),  # optional, but only the employee's child
    ],
)
def test_a_kind_for_a_relative_needs_one_of_the_right_relation(kind: str, relative: Relation | None, code: str) -> None:
    given = member(relative) if relative else None
    amount = 100_000 if POLICY.kind(kind).monetary else None  # type: ignore[union-attr]
    report = validate_payment(
        payment(kind, amount, family_member_id=given.id if given else None), policy=POLICY, member=given
    )
    assert issues(report) == {"family_member_id": code}
    if code == "relation" and given is not None:
        assert report.issues[0].message == _(
            "Regulation {clause} is not paid for a relative who is a {relation}."
        ).format(clause=POLICY.kind(kind).clause, relation=_(RELATION_LABELS[given.relation]).lower())  # type: ignore[union-attr]


def test_another_employees_relative_is_refused() -> None:
    other = member(Relation.CHILD, employee_id=2)
    report = validate_payment(payment("10.7.9", 100_000, family_member_id=7), policy=POLICY, member=other)
    assert issues(report) == {"family_member_id": "other_employee"}


def test_money_is_written_with_spaces_and_the_tugrik_sign() -> None:
    assert format_tugrik(300_000) == "300\u00a0000\u00a0₮"
    assert format_tugrik(1_500_000) == "1\u00a0500\u00a0000\u00a0₮"
    assert format_tugrik(50) == "50\u00a0₮"


@pytest.mark.parametrize(
    ("registration", "born", "fields"),
    [
        ("", date(2015, 4, 1), {}),
        ("УБ15240112", date(2015, 4, 1), {}),  # born in 2000 or later: 20 is added to the month
        ("УБ15040112", date(2015, 4, 1), {"birth_date": "registration_mismatch"}),  # 1915
        ("12345", date(2015, 4, 1), {"registration_number": "shape"}),
        ("", date(2026, 3, 6), {"birth_date": "future"}),
    ],
)
def test_family_member_checks(registration: str, born: date, fields: dict[str, str]) -> None:
    relative = FamilyMember(1, Relation.CHILD, "Сараа", born, registration_number=registration)
    assert issues(validate_family_member(relative, today=DAY)) == fields
