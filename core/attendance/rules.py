"""When lateness becomes absence (6.3), when it is grounds for a warning (13.3.1.3), and overruns (6.9).

The numbers are the regulation's, kept in :class:`AttendancePolicy` with their clauses, so an
office with another regulation changes the policy, not the code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.discipline.entities import SanctionKind
from core.leave.entities import LeaveSlip, SlipStatus


@dataclass(frozen=True, slots=True)
class AttendancePolicy:
    """The regulation's attendance rules; the defaults are the internal regulation's."""

    #: 6.3: unjustified late and absent time adding up to this many working days is absence.
    absence_after_days: int = 3
    absence_clause: str = "6.3"
    #: What 6.3 adds up: lateness and absence (leaving early is not named there).
    accumulated_kinds: tuple[AttendanceKind, ...] = (AttendanceKind.LATE, AttendanceKind.ABSENT)
    #: 13.3.1.3: more than this many unjustified late arrivals in one week (Mon–Sun) call for a warning.
    lateness_per_week: int = 3
    warning_clause: str = "13.3.1.3"
    warning_kinds: tuple[AttendanceKind, ...] = (AttendanceKind.LATE,)
    #: 6.9: time beyond a leave's end is absence.
    overrun_clause: str = "6.9"
    #: What a 6.3 flag proposes: 13.1 counts "3 and more days of absence without reason" a serious
    #: breach (its 2nd dash, 13.1-2), and 13.5.1 answers a serious breach with dismissal.
    absence_breach: str = "13.1-2"
    absence_sanction: SanctionKind = SanctionKind.DISMISSAL
    #: What a 13.3.1.3 flag proposes: the breach of that clause, answered by a warning (13.3.1).
    warning_breach: str = "13.3.1.3"
    warning_sanction: SanctionKind = SanctionKind.WARNING


@dataclass(frozen=True, slots=True)
class RunningTotal:
    """An entry with the person's unjustified time so far, and whether it is counted as absence (6.3)."""

    entry: AttendanceEntry
    total_minutes: int
    counts_as_absence: bool  # and so flagged for pay deduction


@dataclass(frozen=True, slots=True)
class WarningFlag:
    """A week in which a person was late more often than 13.3.1.3 allows."""

    employee_id: int
    week_starts: date
    times: int
    clause: str


def counts_against(entry: AttendanceEntry, policy: AttendancePolicy) -> bool:
    """Whether *entry* adds to the 6.3 running total: unjustified lateness or absence."""
    return not entry.justified and entry.kind in policy.accumulated_kinds


def running_unjustified_minutes(
    entries: Iterable[AttendanceEntry], employee_id: int, *, minutes_per_day: int, policy: AttendancePolicy
) -> list[RunningTotal]:
    """The person's entries in date order with the running 6.3 total.

    Once the total reaches ``absence_after_days`` working days (exactly at, not one minute
    before), the entry that reaches it and every later counted entry are absence.
    """
    threshold = policy.absence_after_days * minutes_per_day
    total = 0
    rows: list[RunningTotal] = []
    for entry in sorted((e for e in entries if e.employee_id == employee_id), key=_order):
        counted = counts_against(entry, policy)
        total += entry.minutes if counted else 0
        rows.append(RunningTotal(entry, total, counted and total >= threshold))
    return rows


def week_start(day: date) -> date:
    """The Monday of *day*'s week."""
    return day - timedelta(days=day.weekday())


def lateness_warnings(entries: Iterable[AttendanceEntry], *, policy: AttendancePolicy) -> list[WarningFlag]:
    """Weeks (Mon–Sun) where a person was late without reason more than ``lateness_per_week`` times."""
    counts: dict[tuple[int, date], int] = defaultdict(int)
    for entry in entries:
        if not entry.justified and entry.kind in policy.warning_kinds:
            counts[entry.employee_id, week_start(entry.day)] += 1
    return [
        WarningFlag(employee_id, monday, times, policy.warning_clause)
        for (employee_id, monday), times in sorted(counts.items())
        if times > policy.lateness_per_week
    ]


def overrun_absences(slips: Sequence[LeaveSlip], *, policy: AttendancePolicy) -> list[AttendanceEntry]:
    """Leave overruns (6.9) as unjustified absences, dated the day the person came back."""
    return [
        AttendanceEntry(
            employee_id=slip.employee_id,
            day=(slip.returned_at or slip.ends_at).date(),
            kind=AttendanceKind.ABSENT,
            minutes=slip.overrun_minutes,
            reason=policy.overrun_clause,
            slip_id=slip.id,
        )
        for slip in slips
        if slip.overrun_minutes > 0 and slip.status != SlipStatus.VOIDED
    ]


def _order(entry: AttendanceEntry) -> tuple[date, int]:
    return entry.day, entry.id or 0
