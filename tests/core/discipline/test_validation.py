"""Civil Service Law art. 48 limits on a sanction, clause by clause and boundary by boundary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionKind
from core.discipline.validation import validate_annulment, validate_sanction

POLICY = DisciplinePolicy()
CUT = Sanction(
    employee_id=1,
    breach_code="13.3.1.2",
    breach_text="",
    kind=SanctionKind.SALARY_CUT,
    order_number="Б/7",
    order_date=date(2026, 3, 2),
    starts_on=date(2026, 3, 2),
    cut_percent=20,
    cut_months=6,
)


def codes(sanction: Sanction) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in validate_sanction(sanction, policy=POLICY).errors}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, set()),
        ({"cut_percent": 1, "cut_months": 1}, set()),
        ({"cut_percent": 20}, set()),  # art. 48: up to 20 percent
        ({"cut_percent": 21}, {("cut_percent", "range")}),
        ({"cut_percent": 0}, {("cut_percent", "range")}),
        ({"cut_percent": None}, {("cut_percent", "range")}),
        ({"cut_months": 6}, set()),  # up to 6 months
        ({"cut_months": 7}, {("cut_months", "range")}),
        ({"cut_months": 0}, {("cut_months", "range")}),
        ({"kind": SanctionKind.WARNING}, {("cut_percent", "not_a_cut")}),
        ({"kind": SanctionKind.WARNING, "cut_percent": None, "cut_months": None}, set()),
        ({"order_date": date(2026, 3, 3)}, {("order_date", "after_start")}),
        ({"order_date": date(2026, 3, 1)}, set()),
        ({"order_date": None}, {("order_date", "required")}),
        ({"order_number": "  "}, {("order_number", "required")}),
        ({"breach_code": "99.9"}, {("breach_code", "unknown")}),
        ({"breach_code": OTHER_BREACH}, {("breach_text", "required")}),
        ({"breach_code": OTHER_BREACH, "breach_text": "Албан бичиг гээсэн"}, set()),
        ({"note": "x" * 501}, {("note", "too_long")}),
    ],
)
def test_sanction_rules(changes: dict[str, object], expected: set[tuple[str, str]]) -> None:
    assert codes(replace(CUT, **changes)) == expected  # type: ignore[arg-type]


def test_every_pick_list_clause_is_accepted() -> None:
    for breach in POLICY.breaches:
        assert codes(replace(CUT, breach_code=breach.code)) == set(), breach.code


def test_an_annulment_needs_a_reason() -> None:
    assert not validate_annulment(" ").is_valid
    assert validate_annulment("Буруу ажилтанд бүртгэсэн").is_valid
