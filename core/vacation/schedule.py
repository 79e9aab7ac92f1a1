"""The year's vacation schedule (ээлжийн амралтын хуваарь), regulation 6.11.

Each March the employees say when they would like their vacation, the department head agrees
to the department's part and the chief approves the whole year. After that the schedule may
still change "as the work requires", but every change is kept with its reason and the dates it
replaced, so the approved paper and the current plan can both be read back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class VacationSchedule:
    """One year's schedule; ``approved_on`` is set once the chief has approved it."""

    year: int
    approved_on: date | None = None
    #: The chief (or the acting chief) as printed on the approval, taken when it was approved.
    approved_by: str = ""
    approver_title: str = ""
    id: int | None = None

    @property
    def approved(self) -> bool:
        return self.approved_on is not None


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """One employee's planned vacation (or one part of it) in the year's schedule.

    The wish is what the employee asked for; the planned dates are what the schedule says.
    ``working_days`` is counted by the working calendar when the entry is saved and kept, so a
    later calendar change does not silently rewrite an approved schedule. ``department_id`` is
    the employee's department when the plan was made, which groups the printed schedule.
    """

    schedule_id: int
    employee_id: int
    department_id: int | None = None
    wish_starts_on: date | None = None
    wish_month: int | None = None
    wish_days: int | None = None
    wish_note: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    working_days: int = 0
    note: str = ""
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None

    @property
    def planned(self) -> bool:
        return self.starts_on is not None and self.ends_on is not None


@dataclass(frozen=True, slots=True)
class DepartmentAgreement:
    """The department head's agreement (зөвшилцсөн) to the department's part of the schedule."""

    schedule_id: int
    department_id: int
    agreed_on: date
    head_name: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ScheduleChange:
    """A change to an approved entry: what it was, what it became, why and when (6.11)."""

    entry_id: int
    changed_on: date
    reason: str
    old_starts_on: date | None
    old_ends_on: date | None
    old_working_days: int
    new_starts_on: date | None
    new_ends_on: date | None
    new_working_days: int
    id: int | None = None


def overlaps(a: ScheduleEntry, b: ScheduleEntry) -> bool:
    """Whether two planned entries share a day (both ends included)."""
    if not (a.planned and b.planned):
        return False
    assert a.starts_on and a.ends_on and b.starts_on and b.ends_on
    return a.starts_on <= b.ends_on and b.starts_on <= a.ends_on


def planned_total(entries: Iterable[ScheduleEntry], employee_id: int, *, exclude_id: int | None = None) -> int:
    """The employee's planned working days in *entries*, leaving out the entry *exclude_id*."""
    return sum(e.working_days for e in entries if e.employee_id == employee_id and (e.id is None or e.id != exclude_id))
