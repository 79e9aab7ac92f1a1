"""The attendance log's records: one late arrival, early departure or absence of one person on one day."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from core.i18n import N_


class AttendanceKind(enum.StrEnum):
    LATE = "late"  # хоцорсон
    LEFT_EARLY = "left_early"  # эрт явсан
    ABSENT = "absent"  # тасалсан


ATTENDANCE_KIND_LABELS: dict[AttendanceKind, str] = {
    AttendanceKind.LATE: N_("Late"),
    AttendanceKind.LEFT_EARLY: N_("Left early"),
    AttendanceKind.ABSENT: N_("Absent"),
}


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    """One line of the log.

    ``minutes`` is the working time missed: minutes late or left early, and for an absence the
    working minutes of the day (a whole day is the schedule's ``minutes_per_day``, 6.1).
    ``slip_id`` is set only on absences derived from a leave slip's overrun (6.9), which are
    never stored in the log: they are read from the slip each time.
    """

    employee_id: int
    day: date
    kind: AttendanceKind
    minutes: int
    reason: str = ""
    justified: bool = False
    recorded_by: str = ""
    id: int | None = None
    slip_id: int | None = None
