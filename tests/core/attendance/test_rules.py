"""The attendance clauses as tables: 6.3 (three working days of lateness are absence), 13.3.1.3, 6.9."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.rules import (
    AttendancePolicy,
    lateness_warnings,
    overrun_absences,
    running_unjustified_minutes,
)
from core.attendance.summary import summarise
from core.leave.entities import LeaveSlip, SlipStatus, WorkSchedule

POLICY = AttendancePolicy()
DAY = WorkSchedule().minutes_per_day  # 480
LATE, EARLY, ABSENT = AttendanceKind.LATE, AttendanceKind.LEFT_EARLY, AttendanceKind.ABSENT


def entry(day: int, kind: AttendanceKind, minutes: int, *, justified: bool = False, who: int = 1) -> AttendanceEntry:
    return AttendanceEntry(
        employee_id=who,
        day=date(2026, 11, day),
        kind=kind,
        minutes=minutes,
        reason="өвчтэй" if justified else "",
        justified=justified,
    )


def flags(entries: list[AttendanceEntry]) -> list[bool]:
    return [r.counts_as_absence for r in running_unjustified_minutes(entries, 1, minutes_per_day=DAY, policy=POLICY)]


@pytest.mark.parametrize(
    ("clause", "entries", "expected"),
    [
        (
            "6.3 exactly 3 days",
            [entry(2, ABSENT, DAY), entry(3, ABSENT, DAY), entry(4, LATE, DAY)],
            [False, False, True],
        ),
        (
            "6.3 one minute less",
            [entry(2, ABSENT, DAY), entry(3, ABSENT, DAY), entry(4, LATE, DAY - 1)],
            [False, False, False],
        ),
        (
            "6.3 lateness alone adds up",
            [entry(d, LATE, 240) for d in (2, 3, 4, 5, 6, 9)],
            [False, False, False, False, False, True],
        ),
        (
            "6.3 later entries stay absence",
            [entry(2, ABSENT, 3 * DAY // 2), entry(3, ABSENT, 3 * DAY // 2), entry(4, LATE, 10)],
            [False, True, True],
        ),
        (
            "6.3 justified time does not count",
            [entry(2, ABSENT, DAY), entry(3, ABSENT, DAY, justified=True), entry(4, ABSENT, DAY)],
            [False, False, False],
        ),
        (
            "6.3 leaving early is not named",
            [entry(2, ABSENT, DAY), entry(3, ABSENT, DAY), entry(4, EARLY, DAY)],
            [False, False, False],
        ),
    ],
)
def test_running_total_becomes_absence_at_three_working_days(
    clause: str, entries: list[AttendanceEntry], expected: list[bool]
) -> None:
    assert flags(entries) == expected, clause


def test_running_total_is_per_person_and_in_date_order() -> None:
    entries = [entry(4, LATE, 30), entry(2, LATE, 10), entry(3, LATE, 999, who=2)]
    rows = running_unjustified_minutes(entries, 1, minutes_per_day=DAY, policy=POLICY)
    assert [(r.entry.day.day, r.total_minutes) for r in rows] == [(2, 10), (4, 40)]


# 2026-11-02 is a Monday; 11-08 the Sunday of that week.
@pytest.mark.parametrize(
    ("clause", "days", "justified", "warned"),
    [
        ("13.3.1.3 three times is not more than three", (2, 3, 4), False, False),
        ("13.3.1.3 the fourth lateness in a week", (2, 3, 4, 8), False, True),
        ("13.3.1.3 Monday to Sunday: the next Monday is another week", (2, 3, 4, 9), False, False),
        ("13.3.1.3 justified lateness is not counted", (2, 3, 4, 5), True, False),
    ],
)
def test_fourth_lateness_in_a_week_is_grounds_for_a_warning(
    clause: str, days: tuple[int, ...], justified: bool, warned: bool
) -> None:
    entries = [entry(d, LATE, 5, justified=justified and d == days[-1]) for d in days]
    found = lateness_warnings(entries, policy=POLICY)
    assert bool(found) == warned, clause
    if warned:
        assert (found[0].week_starts, found[0].times, found[0].clause) == (date(2026, 11, 2), 4, "13.3.1.3")


def test_leaving_early_is_not_lateness_for_the_warning() -> None:
    assert lateness_warnings([entry(d, EARLY, 5) for d in (2, 3, 4, 5)], policy=POLICY) == []


def test_other_office_policy_changes_the_numbers_not_the_code() -> None:
    strict = AttendancePolicy(absence_after_days=1, lateness_per_week=1)
    rows = running_unjustified_minutes([entry(2, LATE, DAY)], 1, minutes_per_day=DAY, policy=strict)
    assert rows[0].counts_as_absence
    assert lateness_warnings([entry(2, LATE, 1), entry(3, LATE, 1)], policy=strict)


def slip(overrun: int, status: SlipStatus = SlipStatus.CLOSED) -> LeaveSlip:
    return LeaveSlip(
        employee_id=1,
        starts_at=datetime(2026, 11, 2, 9),
        ends_at=datetime(2026, 11, 3, 18),
        status=status,
        returned_at=datetime(2026, 11, 5, 9),
        overrun_minutes=overrun,
        id=7,
    )


@pytest.mark.parametrize(
    ("clause", "slips", "minutes"),
    [
        ("6.9 an overrun is absence", [slip(DAY)], [DAY]),
        ("6.9 a return on time is none", [slip(0)], []),
        ("6.9 a void slip never counts", [slip(DAY, SlipStatus.VOIDED)], []),
    ],
)
def test_leave_overrun_appears_as_absence(clause: str, slips: list[LeaveSlip], minutes: list[int]) -> None:
    absences = overrun_absences(slips, policy=POLICY)
    assert [a.minutes for a in absences] == minutes, clause
    assert all(a.kind == ABSENT and not a.justified and a.slip_id == 7 and a.day == date(2026, 11, 5) for a in absences)


def test_overrun_adds_to_the_running_total_and_the_summary() -> None:
    entries = [entry(2, ABSENT, DAY), entry(3, LATE, DAY), *overrun_absences([slip(DAY)], policy=POLICY)]
    assert flags(entries) == [False, False, True]
    summary = summarise(entries, 1, minutes_per_day=DAY, policy=POLICY)
    assert (summary.overrun_minutes, summary.unjustified_absence_minutes, summary.late_minutes) == (DAY, DAY, DAY)
    assert summary.deduction_minutes == 3 * DAY
    assert summary.unjustified_absence_days == 1.0


def test_summary_keeps_justified_time_apart() -> None:
    entries = [entry(2, LATE, 15), entry(3, EARLY, 20), entry(4, ABSENT, DAY, justified=True)]
    summary = summarise(entries, 1, minutes_per_day=DAY, policy=POLICY)
    assert (summary.late_minutes, summary.early_minutes, summary.justified_minutes) == (15, 20, DAY)
    assert (summary.unjustified_absence_minutes, summary.deduction_minutes) == (0, 0)
