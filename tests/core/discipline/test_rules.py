"""Regulation 12.10 and 13.1 as tables: when a sanction counts, blocks awards, repeats a breach."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionKind
from core.discipline.rules import blocks_award, in_force, is_repeated, lapse_date

POLICY = DisciplinePolicy()


def sanction(kind: SanctionKind = SanctionKind.WARNING, *, months: int | None = None, **changes: object) -> Sanction:
    base = Sanction(
        employee_id=1,
        breach_code="11.1.5",
        breach_text="",
        kind=kind,
        order_number="А/12",
        order_date=date(2026, 1, 15),
        starts_on=date(2026, 1, 15),
        cut_percent=10 if kind is SanctionKind.SALARY_CUT else None,
        cut_months=months,
        id=1,
    )
    base = replace(base, **changes)  # type: ignore[arg-type]
    return replace(base, lapses_on=lapse_date(base, POLICY))


@pytest.mark.parametrize(
    ("kind", "months", "last_day"),
    [
        (SanctionKind.WARNING, None, date(2027, 1, 14)),  # a warning counts one year (policy)
        (SanctionKind.SALARY_CUT, 3, date(2026, 4, 14)),
        (SanctionKind.SALARY_CUT, 6, date(2026, 7, 14)),
        (SanctionKind.DISMISSAL, None, date(2027, 1, 14)),
    ],
)
def test_the_last_day_a_sanction_counts(kind: SanctionKind, months: int | None, last_day: date) -> None:
    assert sanction(kind, months=months).lapses_on == last_day


def test_a_cut_from_the_31st_ends_on_a_short_month() -> None:
    cut = sanction(SanctionKind.SALARY_CUT, months=1, starts_on=date(2026, 1, 31), order_date=date(2026, 1, 30))
    assert cut.lapses_on == date(2026, 2, 27)


@pytest.mark.parametrize(
    ("on", "refused"),
    [
        (date(2026, 1, 14), False),  # the day before it starts
        (date(2026, 1, 15), True),  # 12.10: refused from the first day
        (date(2026, 4, 14), True),  # the last day it counts
        (date(2026, 4, 15), False),  # allowed the day after it lapses
    ],
)
def test_an_award_is_refused_while_a_sanction_is_in_force(on: date, refused: bool) -> None:
    refusal = blocks_award([sanction(SanctionKind.SALARY_CUT, months=3)], on)
    assert (refusal is not None) is refused
    if refusal:
        assert "12.10" in refusal and "А/12" in refusal and "2026-04-14" in refusal


def test_an_annulled_sanction_blocks_nothing() -> None:
    annulled = replace(sanction(), annulled_on=date(2026, 2, 1), annul_reason="wrong person")
    assert in_force([annulled], date(2026, 3, 1)) == []
    assert blocks_award([annulled], date(2026, 3, 1)) is None


@pytest.mark.parametrize(
    ("code", "order_date", "repeated"),
    [
        ("11.1.5", date(2027, 1, 14), True),  # same clause, the earlier warning still counts
        ("11.1.5", date(2027, 1, 15), False),  # the earlier one lapsed the day before
        ("11.1.3", date(2026, 6, 1), False),  # another clause
        (OTHER_BREACH, date(2026, 6, 1), False),  # free text matches no clause
    ],
)
def test_a_repeated_breach_is_marked(code: str, order_date: date, repeated: bool) -> None:
    earlier = sanction()
    later = sanction(breach_code=code, order_date=order_date, starts_on=order_date, id=2)
    assert is_repeated(later, [earlier]) is repeated


def test_a_sanction_does_not_repeat_itself() -> None:
    assert not is_repeated(sanction(), [sanction()])
