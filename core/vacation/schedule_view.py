"""The schedule as screens and documents read it: each entry with its employee, post and entitlement."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.entities import OfficeSettings
from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule
from core.validation import ValidationReport


@dataclass(frozen=True, slots=True)
class EntryPreview:
    """An entry with its working days counted, the employee's entitlement and what the rules say."""

    entry: ScheduleEntry
    entitled_days: int
    report: ValidationReport
    schedule: VacationSchedule


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """One line of the schedule: the entry and what is printed beside it."""

    entry: ScheduleEntry
    name: str
    position_title: str
    department_name: str
    years_of_service: int
    entitled_days: int
    changes: tuple[ScheduleChange, ...] = ()


@dataclass(frozen=True, slots=True)
class ScheduleView:
    """A year's schedule; ``schedule`` is ``None`` while the year has none."""

    year: int
    schedule: VacationSchedule | None
    rows: tuple[ScheduleRow, ...] = ()
    #: The departments that have entries, in the office's order (``None``: no department).
    departments: tuple[tuple[int | None, str], ...] = ()
    agreements: dict[int, DepartmentAgreement] = field(default_factory=dict)
    settings: OfficeSettings = field(default_factory=OfficeSettings)

    @property
    def approved(self) -> bool:
        return self.schedule is not None and self.schedule.approved

    def rows_of(self, department_id: int | None) -> tuple[ScheduleRow, ...]:
        return tuple(r for r in self.rows if r.entry.department_id == department_id)
