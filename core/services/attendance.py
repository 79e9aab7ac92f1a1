"""The attendance log: the office's day sheet, corrections, flags and the monthly summary (6.1–6.3, 6.9)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from core.attendance.entities import AttendanceEntry
from core.attendance.report import AttendanceDocument, AttendanceLine
from core.attendance.rules import (
    AttendancePolicy,
    RunningTotal,
    WarningFlag,
    lateness_warnings,
    overrun_absences,
    running_unjustified_minutes,
)
from core.attendance.summary import AttendanceSummary, summarise
from core.attendance.validation import validate_attendance
from core.documents.models import SignatureLine
from core.entities import EmployeeListItem, EmployeeStatus
from core.leave.calendar import WorkingCalendar
from core.leave.entities import LeaveSlip, SlipStatus, month_bounds
from core.names import employee_sort_key, full_name, short_name
from core.official_dates import month_phrase
from core.ports import UnitOfWork
from core.services.leave_facts import require_employee
from core.text import clean
from core.trips.rules import working_days_away
from core.validation import ValidationError

#: Leaves whose late return counts (a void slip was never a leave).
_TAKEN = (SlipStatus.PRINTED, SlipStatus.SIGNED, SlipStatus.CLOSED)
#: People on the day sheet: everyone still in the office's service.
_ON_SHEET = (EmployeeStatus.ACTIVE,)


@dataclass(frozen=True, slots=True)
class DaySheetRow:
    """One person on the office's day sheet with what was logged for them that day (no personal data)."""

    employee_id: int
    name: str
    position_title: str
    department_name: str
    entries: tuple[AttendanceEntry, ...]


@dataclass(frozen=True, slots=True)
class MonthFlags:
    """What the month calls for: 6.3 absences to deduct and 13.3.1.3 warnings."""

    deductions: tuple[RunningTotal, ...]
    warnings: tuple[WarningFlag, ...]


def record_attendance(uow: UnitOfWork, entry: AttendanceEntry) -> AttendanceEntry:
    """Add *entry* (its id is None) or correct a saved one (its id is set).

    Raises:
        ValidationError: The entry breaks a rule (field-named messages).
        NotFoundError: The employee (or, for a correction, the entry) does not exist.
    """
    entry = replace(entry, reason=clean(entry.reason), recorded_by=clean(entry.recorded_by))
    with uow:
        require_employee(uow, entry.employee_id)
        if not entry.recorded_by and uow.actor is not None:
            entry = replace(entry, recorded_by=uow.actor.full_name)
        calendar = _calendar(uow)
        same_day = uow.attendance.between(entry.day, entry.day, employee_id=entry.employee_id)
        report = validate_attendance(entry, day_minutes=calendar.working_minutes_on(entry.day), existing=same_day)
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.attendance.add(entry) if entry.id is None else uow.attendance.update(entry)
        uow.commit()
    return saved


def correct_attendance(uow: UnitOfWork, entry: AttendanceEntry) -> AttendanceEntry:
    """Change a saved entry (minutes, kind, reason, justified); the audit trail keeps the old values."""
    if entry.id is None:
        raise ValueError("only a saved entry can be corrected")
    return record_attendance(uow, entry)


def day_sheet(uow: UnitOfWork, day: date) -> list[DaySheetRow]:
    """Every person at work with the day's entries, in the employee list's order."""
    with uow:
        entries = uow.attendance.between(day, day)
        items = [i for i in uow.employees.list_items() if i.employee.status in _ON_SHEET]
    by_person: dict[int, list[AttendanceEntry]] = {}
    for entry in entries:
        by_person.setdefault(entry.employee_id, []).append(entry)
    return [_row(item, tuple(by_person.get(item.employee.id or 0, ()))) for item in items]


def _row(item: EmployeeListItem, entries: tuple[AttendanceEntry, ...]) -> DaySheetRow:
    person = item.employee
    return DaySheetRow(person.id or 0, short_name(person), item.position_title, item.department_name, entries)


def employee_attendance(uow: UnitOfWork, employee_id: int, *, year: int, month: int) -> list[RunningTotal]:
    """The person's month with the running 6.3 total, leave overruns (6.9) included."""
    with uow:
        entries, minutes_per_day, policy = month_log(uow, year, month, employee_id=employee_id)
    return running_unjustified_minutes(entries, employee_id, minutes_per_day=minutes_per_day, policy=policy)


def attendance_flags(uow: UnitOfWork, *, year: int, month: int) -> MonthFlags:
    """The month's entries counted as absence for pay deduction (6.3) and weeks calling for a warning."""
    with uow:
        entries, minutes_per_day, policy = month_log(uow, year, month)
    return month_flags(entries, minutes_per_day=minutes_per_day, policy=policy)


def month_flags(entries: list[AttendanceEntry], *, minutes_per_day: int, policy: AttendancePolicy) -> MonthFlags:
    """The flags of a month's *entries* (log and overruns) under *policy*."""
    deductions = [
        row
        for person, own in sorted(_by_person(entries).items())
        for row in running_unjustified_minutes(own, person, minutes_per_day=minutes_per_day, policy=policy)
        if row.counts_as_absence
    ]
    return MonthFlags(tuple(deductions), tuple(lateness_warnings(entries, policy=policy)))


def monthly_attendance(uow: UnitOfWork, *, year: int, month: int) -> list[AttendanceSummary]:
    """One summary per person with anything logged (or a leave overrun) in the month."""
    with uow:
        entries, minutes_per_day, policy = month_log(uow, year, month)
        away = days_away(uow, year, month)
    own = _by_person(entries)
    return [
        summarise(own.get(p, []), p, minutes_per_day=minutes_per_day, policy=policy, trip_days=len(away.get(p, ())))
        for p in sorted(own.keys() | away.keys())
    ]


def attendance_document(uow: UnitOfWork, *, year: int, month: int) -> AttendanceDocument:
    """The month's summary as the printed document, people in Mongolian name order."""
    with uow:
        entries, minutes_per_day, policy = month_log(uow, year, month)
        away = days_away(uow, year, month)
        people = {item.employee.id: item for item in uow.employees.list_items()}
        office = uow.settings.get().official_name
    own = _by_person(entries)
    summaries = [
        summarise(own.get(p, []), p, minutes_per_day=minutes_per_day, policy=policy, trip_days=len(away.get(p, ())))
        for p in own.keys() | away.keys()
    ]
    summaries.sort(
        key=lambda s: employee_sort_key(people[s.employee_id].employee) if s.employee_id in people else ("", "")
    )
    return AttendanceDocument(
        office_name=office,
        title=f"{year} оны {month_phrase(date(year, month, 1))} ирцийн нэгтгэл",
        minutes_per_day=minutes_per_day,
        lines=tuple(_line(s, people.get(s.employee_id)) for s in summaries),
        signatures=(SignatureLine("Нэгтгэл хөтөлсөн", "", ""),),
    )


def _line(summary: AttendanceSummary, item: EmployeeListItem | None) -> AttendanceLine:
    name = full_name(item.employee) if item else ""
    minutes = (
        summary.late_minutes,
        summary.early_minutes,
        summary.unjustified_absence_minutes,
        summary.justified_minutes,
        summary.overrun_minutes,
        summary.deduction_minutes,
        summary.trip_days * summary.minutes_per_day,
    )
    return AttendanceLine(name, item.position_title if item else "", item.department_name if item else "", minutes)


def _by_person(entries: list[AttendanceEntry]) -> dict[int, list[AttendanceEntry]]:
    """Entries grouped by person, so a month of 500 people is not scanned 500 times."""
    grouped: dict[int, list[AttendanceEntry]] = {}
    for entry in entries:
        grouped.setdefault(entry.employee_id, []).append(entry)
    return grouped


def _calendar(uow: UnitOfWork) -> WorkingCalendar:
    return WorkingCalendar.with_changes(uow.leave_settings.get().schedule, uow.calendar.list())


def month_log(
    uow: UnitOfWork, year: int, month: int, *, employee_id: int | None = None
) -> tuple[list[AttendanceEntry], int, AttendancePolicy]:
    """The month's log and its leave overruns, the working day's minutes and the stored rules (inside ``with uow``).

    6.3 gives no period for its running total; it is counted within the month, the period pay
    is deducted for.
    """
    start, end = month_bounds(year, month)
    logged = uow.attendance.between(start.date(), end.date() - timedelta(days=1), employee_id=employee_id)
    away = days_away(uow, year, month)  # 6.1: a day on a business trip is work away, never absence
    logged = [e for e in logged if e.day not in away.get(e.employee_id, ())]
    slips = [s for s in uow.leave_slips.in_period(start, end, statuses=_TAKEN) if employee_id in (None, s.employee_id)]
    policy = uow.attendance_settings.get()
    overruns = _overruns_in(slips, _calendar(uow), start, end, policy)
    return logged + overruns, uow.leave_settings.get().schedule.minutes_per_day, policy


def days_away(uow: UnitOfWork, year: int, month: int) -> dict[int, set[date]]:
    """Each person's working days of the month on an issued business trip (inside ``with uow``)."""
    start, end = month_bounds(year, month)
    first, last = start.date(), end.date() - timedelta(days=1)
    return working_days_away(uow.trips.list(start=first, end=last), first, last, _calendar(uow))


def _overruns_in(
    slips: list[LeaveSlip], calendar: WorkingCalendar, start: datetime, end: datetime, policy: AttendancePolicy
) -> list[AttendanceEntry]:
    """The part of each overrun (6.9) inside the month, as the leave register counts it (6.10)."""
    clipped = []
    for absence, slip in zip(overrun_absences(slips, policy=policy), _overrun(slips), strict=True):
        first, last = max(slip.ends_at, start), min(slip.returned_at or slip.ends_at, end)
        minutes = calendar.working_minutes(first, last) if last > first else 0
        if minutes:
            clipped.append(replace(absence, day=first.date(), minutes=minutes))
    return clipped


def _overrun(slips: list[LeaveSlip]) -> list[LeaveSlip]:
    return [s for s in slips if s.overrun_minutes > 0 and s.status != SlipStatus.VOIDED]
