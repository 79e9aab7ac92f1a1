"""The section-7 calendar on real dates, and what is coming up from a day, across a year end."""

from __future__ import annotations

from datetime import date

import pytest

from core.performance.calendar import deadline_for, deadlines_for_year, next_deadlines, upcoming_deadlines
from core.performance.policy import ContractStep, PerformancePolicy

POLICY = PerformancePolicy()


def _brief(deadlines: list) -> list[tuple[str, date]]:
    return [(d.clause, d.due_on) for d in deadlines]


@pytest.mark.parametrize("year", [2026, 2027])
def test_the_year_has_the_regulation_dates(year: int) -> None:
    dated = deadlines_for_year(year, POLICY)
    assert _brief(dated) == [
        ("7.3", date(year, 6, 20)),
        ("7.4", date(year, 6, 20)),
        ("7.5", date(year, 6, 25)),
        ("7.1", date(year, 12, 20)),
        ("7.3", date(year, 12, 20)),
        ("7.4", date(year, 12, 20)),
        ("7.5", date(year, 12, 25)),
        ("7.6", date(year, 12, 25)),
        ("7.2", date(year, 12, 28)),
    ]
    window = dated[-1]
    assert window.is_window and window.starts_on == date(year, 12, 25)


def test_december_concludes_next_years_contracts_and_closes_this_years() -> None:
    by_clause = {d.clause: d for d in deadlines_for_year(2026, POLICY) if d.due_on.month == 12}
    assert by_clause["7.1"].contract_year == 2027
    assert by_clause["7.2"].contract_year == 2027
    assert by_clause["7.3"].contract_year == 2026
    assert by_clause["7.6"].contract_year == 2026


def test_a_contract_for_a_year_is_due_on_20_december_of_the_year_before() -> None:
    due = deadline_for(ContractStep.CONCLUDED, 2027, POLICY)
    assert due is not None and due.due_on == date(2026, 12, 20) and due.clause == "7.1"
    evaluation = deadline_for(ContractStep.YEAR_EVALUATION, 2027, POLICY)
    assert evaluation is not None and evaluation.due_on == date(2027, 12, 25)


@pytest.mark.parametrize(
    ("today", "within", "expected"),
    [
        (date(2026, 12, 1), 14, []),
        (
            date(2026, 12, 1),
            20,
            [("7.1", date(2026, 12, 20)), ("7.3", date(2026, 12, 20)), ("7.4", date(2026, 12, 20))],
        ),
        (
            date(2026, 12, 20),
            0,
            [("7.1", date(2026, 12, 20)), ("7.3", date(2026, 12, 20)), ("7.4", date(2026, 12, 20))],
        ),
        (
            date(2026, 12, 22),
            7,
            [("7.5", date(2026, 12, 25)), ("7.6", date(2026, 12, 25)), ("7.2", date(2026, 12, 28))],
        ),
        (date(2026, 12, 27), 7, [("7.2", date(2026, 12, 28))]),
        (date(2026, 12, 30), 30, []),
        (date(2026, 12, 30), 172, [("7.3", date(2027, 6, 20)), ("7.4", date(2027, 6, 20))]),
        (date(2026, 6, 15), 7, [("7.3", date(2026, 6, 20)), ("7.4", date(2026, 6, 20))]),
        (date(2026, 6, 21), 7, [("7.5", date(2026, 6, 25))]),
    ],
)
def test_upcoming_deadlines(today: date, within: int, expected: list[tuple[str, date]]) -> None:
    assert _brief(upcoming_deadlines(today, within, POLICY)) == expected


def test_the_7_2_window_counts_while_open() -> None:
    (window,) = upcoming_deadlines(date(2026, 12, 27), 0, POLICY)
    assert window.clause == "7.2" and window.is_open(date(2026, 12, 27)) and window.days_left(date(2026, 12, 27)) == 1


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 12, 1), [("7.1", date(2026, 12, 20)), ("7.3", date(2026, 12, 20)), ("7.4", date(2026, 12, 20))]),
        (date(2026, 12, 22), [("7.5", date(2026, 12, 25)), ("7.6", date(2026, 12, 25))]),
        (date(2026, 12, 27), [("7.2", date(2026, 12, 28))]),
        (date(2026, 12, 30), [("7.3", date(2027, 6, 20)), ("7.4", date(2027, 6, 20))]),
        (date(2026, 6, 15), [("7.3", date(2026, 6, 20)), ("7.4", date(2026, 6, 20))]),
        (date(2026, 6, 21), [("7.5", date(2026, 6, 25))]),
    ],
)
def test_next_deadlines_however_far(today: date, expected: list[tuple[str, date]]) -> None:
    assert _brief(next_deadlines(today, POLICY)) == expected


def test_another_office_changes_the_calendar_not_the_code() -> None:
    (first, *_rest) = POLICY.deadlines
    policy = PerformancePolicy(deadlines=(first,))
    assert _brief(deadlines_for_year(2027, policy)) == [("7.3", date(2027, 6, 20))]
