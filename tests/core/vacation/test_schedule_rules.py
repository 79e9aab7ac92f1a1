"""Regulation 6.11's schedule rules as tables: dates, overlap, the March approval, the entitlement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.i18n import _
from core.vacation.schedule import ScheduleEntry, overlaps, planned_total
from core.vacation.schedule_rules import (
    validate_agreement,
    validate_approval,
    validate_change_reason,
    validate_entry,
)
from core.validation import Severity

ENTRY = ScheduleEntry(
    schedule_id=1, employee_id=7, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14), working_days=10
)
OTHER_PART = ScheduleEntry(
    schedule_id=1, employee_id=7, starts_on=date(2026, 10, 5), ends_on=date(2026, 10, 9), working_days=5, id=2
)


def codes(entry: ScheduleEntry, *, others: tuple[ScheduleEntry, ...] = (), entitled: int = 20) -> set[str]:
    return {issue.code for issue in validate_entry(entry, year=2026, others=others, entitled_days=entitled).issues}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, set()),
        ({"starts_on": None, "ends_on": None, "working_days": 0}, set()),  # not planned yet
        ({"ends_on": None}, {"missing_date"}),
        ({"starts_on": None}, {"missing_date"}),
        ({"ends_on": date(2026, 8, 2)}, {"ends_before_start"}),
        ({"ends_on": date(2026, 8, 3), "working_days": 1}, set()),  # a one-day part
        ({"starts_on": date(2025, 12, 29)}, {"outside_year"}),
        ({"ends_on": date(2027, 1, 5)}, {"outside_year"}),
        ({"starts_on": date(2026, 8, 8), "ends_on": date(2026, 8, 9), "working_days": 0}, {"no_working_day"}),
        ({"wish_month": 13}, {"bad_month"}),
        ({"wish_month": 0}, {"bad_month"}),
        ({"wish_days": 0}, {"bad_days"}),
        ({"wish_days": 61}, {"bad_days"}),
        ({"wish_month": 12, "wish_days": 60}, set()),
    ],
)
def test_entry_dates_and_wish(changes: dict[str, object], expected: set[str]) -> None:
    assert codes(replace(ENTRY, **changes)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("other", "clash"),
    [
        (replace(OTHER_PART, starts_on=date(2026, 8, 14), ends_on=date(2026, 8, 20)), True),  # shares the last day
        (replace(OTHER_PART, starts_on=date(2026, 7, 27), ends_on=date(2026, 8, 3)), True),  # shares the first day
        (replace(OTHER_PART, starts_on=date(2026, 8, 15), ends_on=date(2026, 8, 20)), False),  # the day after
        (replace(OTHER_PART, employee_id=8, starts_on=date(2026, 8, 5), ends_on=date(2026, 8, 6)), False),
    ],
)
def test_two_entries_of_one_employee_may_not_overlap(other: ScheduleEntry, clash: bool) -> None:
    assert overlaps(ENTRY, other) is clash or other.employee_id != ENTRY.employee_id
    assert ("overlap" in codes(ENTRY, others=(other,))) is clash


def test_an_entry_is_not_compared_with_itself() -> None:
    saved = replace(ENTRY, id=1)
    assert codes(saved, others=(saved,)) == set()


@pytest.mark.parametrize(("entitled", "warned"), [(14, True), (15, False), (20, False)])
def test_planning_more_than_the_entitlement_is_a_warning(entitled: int, warned: bool) -> None:
    report = validate_entry(ENTRY, year=2026, others=(OTHER_PART,), entitled_days=entitled)
    assert report.is_valid
    assert bool(report.warnings) is warned  # 10 + 5 = 15 planned: the boundary is allowed
    if warned:
        assert report.warnings[0].message == _(
            "{planned} working days planned, more than the {entitled} the employee is entitled to."
        ).format(planned=15, entitled=entitled)


def test_the_planned_total_leaves_out_the_entry_being_edited() -> None:
    assert planned_total([replace(ENTRY, id=1), OTHER_PART], 7) == 15
    assert planned_total([replace(ENTRY, id=1), OTHER_PART], 7, exclude_id=1) == 5


@pytest.mark.parametrize(
    ("on", "warned"),
    [
        (date(2026, 3, 1), False),
        (date(2026, 3, 31), False),
        (date(2026, 2, 28), True),
        (date(2026, 4, 1), True),
        (date(2025, 3, 15), True),  # March, but of another year
    ],
)
def test_the_schedule_is_approved_in_march_or_warned_about(on: date, warned: bool) -> None:
    report = validate_approval(2026, on, "Дорж Батбаяр")
    assert report.is_valid
    assert [i.code for i in report.warnings] == (["not_in_march"] if warned else [])
    assert all(i.severity is Severity.WARNING for i in report.issues)


def test_an_approval_names_the_official() -> None:
    report = validate_approval(2026, date(2026, 3, 20), "")
    assert not report.is_valid
    assert report.for_field("approved_by")[0].message == _("Give the name of the official who approves.")


def test_a_change_needs_a_reason_and_an_agreement_a_head() -> None:
    assert validate_change_reason("").errors[0].message == _("Give the reason for the change (6.11).")
    assert validate_change_reason("Ажлын шаардлагаар").is_valid
    assert validate_change_reason("я" * 501).errors[0].code == "too_long"
    assert validate_agreement("").errors[0].message == _("Give the name of the head who agreed.")
    assert validate_agreement("Раднаа Отгонжаргал").is_valid
