"""The monthly attendance summary per person, for the accountant beside the leave register (6.10)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.rules import AttendancePolicy, running_unjustified_minutes


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    """One person's month in minutes; days are derived with the schedule's working day."""

    employee_id: int
    late_minutes: int
    early_minutes: int
    unjustified_absence_minutes: int
    justified_minutes: int
    overrun_minutes: int
    #: 6.3: the running total reached the limit, so this much is counted as absence and deducted.
    deduction_minutes: int
    minutes_per_day: int
    #: 6.1: working days spent on a business trip (work away, not absence).
    trip_days: int = 0

    @property
    def unjustified_absence_days(self) -> float:
        return round(self.unjustified_absence_minutes / self.minutes_per_day, 2)


def summarise(
    entries: Sequence[AttendanceEntry],
    employee_id: int,
    *,
    minutes_per_day: int,
    policy: AttendancePolicy,
    trip_days: int = 0,
) -> AttendanceSummary:
    """The summary of *employee_id* over *entries* (the month's log and its leave overruns) and trip days."""
    own = [e for e in entries if e.employee_id == employee_id]
    unjustified = [e for e in own if not e.justified]
    rows = running_unjustified_minutes(own, employee_id, minutes_per_day=minutes_per_day, policy=policy)
    return AttendanceSummary(
        employee_id=employee_id,
        late_minutes=sum(e.minutes for e in unjustified if e.kind == AttendanceKind.LATE),
        early_minutes=sum(e.minutes for e in unjustified if e.kind == AttendanceKind.LEFT_EARLY),
        unjustified_absence_minutes=sum(
            e.minutes for e in unjustified if e.kind == AttendanceKind.ABSENT and e.slip_id is None
        ),
        justified_minutes=sum(e.minutes for e in own if e.justified),
        overrun_minutes=sum(e.minutes for e in own if e.slip_id is not None),
        deduction_minutes=max((r.total_minutes for r in rows if r.counts_as_absence), default=0),
        minutes_per_day=minutes_per_day,
        trip_days=trip_days,
    )
