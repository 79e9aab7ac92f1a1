"""The year's vacation schedule (6.11): plan, the heads' agreement, the chief's approval, changes.

Before approval an entry is simply saved again. Once the chief has approved the year, an entry
changes only through :func:`change_entry`, which keeps the old and new dates with the reason,
so the approved schedule is never overwritten silently.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from core.entities import EmployeeStatus, SigningRole
from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.leave.entities import SlipStatus
from core.names import short_name
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.services.leave_facts import load_context
from core.services.submissions import save_once
from core.services.vacation_schedule_view import build_view, entitled_days
from core.signatories import resolve_signatory
from core.text import clean
from core.vacation.balance import counts_against, first_appointment
from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule
from core.vacation.schedule_document import ScheduleDocument, schedule_document
from core.vacation.schedule_rules import (
    SchedulePolicy,
    validate_agreement,
    validate_approval,
    validate_change_reason,
    validate_entry,
)
from core.vacation.schedule_view import EntryPreview, ScheduleView
from core.validation import ValidationError, ValidationReport

#: Every status but void: a vacation leave counts against the year from its draft (core.vacation.balance).
LIVE_STATUSES = tuple(status for status in SlipStatus if status is not SlipStatus.VOIDED)

OFFICE_POLICY = SchedulePolicy()


def schedule_years(uow: UnitOfWork) -> list[int]:
    """The years that have a schedule, newest first."""
    with uow:
        return sorted(uow.vacation_schedule.years(), reverse=True)


def get_schedule(uow: UnitOfWork, year: int) -> ScheduleView:
    """The year's schedule with each entry's employee, entitlement and changes (empty if not made)."""
    with uow:
        return build_view(uow, year, uow.vacation_schedule.get(year))


def prepare_schedule(uow: UnitOfWork, year: int) -> ScheduleView:
    """Make the year's schedule if needed and add an empty entry for each active employee without one.

    The entries carry no dates, so adding them to an approved schedule changes nothing the chief
    approved; a newcomer simply appears, to be planned through :func:`change_entry`.
    """
    with uow:
        schedule = uow.vacation_schedule.get(year) or uow.vacation_schedule.add(VacationSchedule(year))
        assert schedule.id is not None
        planned = {e.employee_id for e in uow.vacation_schedule.entries(schedule.id)}
        departments = _departments_by_position(uow)
        for employee in uow.employees.list(status=EmployeeStatus.ACTIVE):
            if employee.id is not None and employee.id not in planned:
                department_id = departments.get(employee.position_id) if employee.position_id else None
                uow.vacation_schedule.add_entry(ScheduleEntry(schedule.id, employee.id, department_id))
        uow.commit()
        return build_view(uow, year, schedule)


def _departments_by_position(uow: UnitOfWork) -> dict[int | None, int | None]:
    return {p.id: p.department_id for p in uow.positions.list()}


def _normalised(entry: ScheduleEntry) -> ScheduleEntry:
    return replace(entry, wish_note=clean(entry.wish_note), note=clean(entry.note))


def _counted(entry: ScheduleEntry, calendar: WorkingCalendar) -> ScheduleEntry:
    if entry.starts_on is None or entry.ends_on is None or entry.ends_on < entry.starts_on:
        return replace(entry, working_days=0)
    return replace(entry, working_days=calendar.working_days_between(entry.starts_on, entry.ends_on))


def _schedule_of(uow: UnitOfWork, entry: ScheduleEntry) -> VacationSchedule:
    schedule = uow.vacation_schedule.by_id(entry.schedule_id)
    if schedule is None:
        raise NotFoundError(_("The vacation schedule is not in the records."))
    return schedule


def _preview(uow: UnitOfWork, entry: ScheduleEntry) -> EntryPreview:
    schedule = _schedule_of(uow, entry)
    employee = uow.employees.get(entry.employee_id)
    if employee is None:
        raise NotFoundError(_("The employee is not in the records."))
    entry = _counted(_normalised(entry), load_context(uow).calendar)
    first = first_appointment(uow.events.for_employee(entry.employee_id))
    entitled = entitled_days(uow.vacation_settings.get(), employee, schedule.year, first_appointed_on=first)
    others = uow.vacation_schedule.entries(entry.schedule_id)
    report = validate_entry(entry, year=schedule.year, others=others, entitled_days=entitled)
    return EntryPreview(entry, entitled, report, schedule)


def entry_preview(uow: UnitOfWork, entry: ScheduleEntry) -> EntryPreview:
    """The entry with its working days counted, the entitlement and what the rules say, nothing saved."""
    with uow:
        return _preview(uow, entry)


def save_entry(uow: UnitOfWork, entry: ScheduleEntry) -> ScheduleEntry:
    """Save an entry of a schedule not yet approved.

    Raises:
        ValidationError: The dates are broken, outside the year or overlap another entry.
        RefusedError: The schedule is approved (change the entry with a reason instead).
        NotFoundError: The schedule, entry or employee is gone.
    """
    with uow:
        return save_once(
            uow,
            entry.id,
            entry.submission_id,
            find=lambda submission_id: uow.vacation_schedule.entry_by_submission(submission_id),
            save=lambda: _save_checked(uow, entry),
        )


def _save_checked(uow: UnitOfWork, entry: ScheduleEntry) -> ScheduleEntry:
    preview = _preview(uow, entry)
    if preview.schedule.approved:
        raise RefusedError(_("The schedule is approved; change the entry and give the reason."))
    if not preview.report.is_valid:
        raise ValidationError(preview.report)
    saved = _store(uow, preview.entry)
    uow.commit()
    return saved


def _store(uow: UnitOfWork, entry: ScheduleEntry) -> ScheduleEntry:
    if entry.id is None:
        return uow.vacation_schedule.add_entry(entry)
    if uow.vacation_schedule.get_entry(entry.id) is None:
        raise NotFoundError(_("The schedule entry is not in the records."))
    return uow.vacation_schedule.update_entry(entry)


def change_entry(uow: UnitOfWork, entry: ScheduleEntry, *, reason: str, on: date) -> ScheduleEntry:
    """Change an entry of the approved schedule, keeping the old and new dates with *reason* (6.11).

    Raises:
        ValidationError: No reason, or the new dates break a rule.
        RefusedError: The schedule is not approved yet (save the entry instead), or nothing changed.
        NotFoundError: The schedule, entry or employee is gone.
    """
    reason = clean(reason)
    reason_report = validate_change_reason(reason)
    with uow:
        preview = _preview(uow, entry)
        report = ValidationReport(reason_report.issues + preview.report.issues)
        if not preview.schedule.approved:
            raise RefusedError(_("The schedule is not approved yet; save the entry as it is."))
        if not report.is_valid:
            raise ValidationError(report)
        before = uow.vacation_schedule.get_entry(entry.id) if entry.id is not None else None
        new = preview.entry
        if before is not None and (before.starts_on, before.ends_on) == (new.starts_on, new.ends_on):
            raise RefusedError(_("The planned dates are the same as before; nothing to change."))
        saved = _store(uow, new)
        assert saved.id is not None
        uow.vacation_schedule.add_change(_change(saved, before, reason, on))
        uow.commit()
    return saved


def _change(saved: ScheduleEntry, before: ScheduleEntry | None, reason: str, on: date) -> ScheduleChange:
    assert saved.id is not None
    return ScheduleChange(
        entry_id=saved.id,
        changed_on=on,
        reason=reason,
        old_starts_on=before.starts_on if before else None,
        old_ends_on=before.ends_on if before else None,
        old_working_days=before.working_days if before else 0,
        new_starts_on=saved.starts_on,
        new_ends_on=saved.ends_on,
        new_working_days=saved.working_days,
    )


def _require(uow: UnitOfWork, year: int) -> VacationSchedule:
    schedule = uow.vacation_schedule.get(year)
    if schedule is None:
        raise NotFoundError(_("There is no vacation schedule for {year}.").format(year=year))
    return schedule


def department_head_name(uow: UnitOfWork, department_id: int, on: date) -> str:
    """The name of whoever heads (or acts for the head of) the department on *on*, as signatures print it."""
    with uow:
        department = uow.departments.get(department_id)
        if department is None:
            raise NotFoundError(_("The department is not in the records."))
        return _signatory_name(uow, SigningRole.DEPARTMENT_HEAD, on, department_id=department_id)[1]


def _signatory_name(uow: UnitOfWork, role: SigningRole, on: date, *, department_id: int | None) -> tuple[str, str]:
    settings = uow.settings.get()
    department = uow.departments.get(department_id) if department_id is not None else None
    assignments = uow.acting.covering(on)
    wanted = {settings.chief_employee_id, department.head_employee_id if department else None}
    wanted |= {a.acting_employee_id for a in assignments}
    employees = {i: e for i in wanted if i is not None and (e := uow.employees.get(i)) is not None}
    signatory = resolve_signatory(
        role, on, settings=settings, assignments=assignments, employees=employees, department=department
    )
    return signatory.title, short_name(signatory.employee, upper=True) if signatory.employee else ""


def agree_department(
    uow: UnitOfWork, year: int, department_id: int, *, agreed_on: date, head_name: str
) -> DepartmentAgreement:
    """Record that the department's head agreed to its part of the schedule (6.11).

    Raises:
        ValidationError: No head's name.
        RefusedError: The schedule is already approved.
        NotFoundError: No schedule for the year, or no such department.
    """
    head_name = clean(head_name)
    report = validate_agreement(head_name)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        schedule = _require(uow, year)
        if schedule.approved:
            raise RefusedError(_("The schedule is approved; the heads' agreement is already part of it."))
        if uow.departments.get(department_id) is None:
            raise NotFoundError(_("The department is not in the records."))
        assert schedule.id is not None
        saved = uow.vacation_schedule.save_agreement(
            DepartmentAgreement(schedule.id, department_id, agreed_on, head_name)
        )
        uow.commit()
    return saved


def approval_check(uow: UnitOfWork, year: int, *, on: date) -> tuple[str, str, ValidationReport]:
    """Who approves on *on* (title, name) and what the rules say, for the dialog before approving."""
    with uow:
        _require(uow, year)
        title, name = _signatory_name(uow, SigningRole.CHIEF, on, department_id=None)
    return title, name, validate_approval(year, on, name, policy=OFFICE_POLICY)


def approve_schedule(uow: UnitOfWork, year: int, *, on: date, approved_by: str = "") -> VacationSchedule:
    """The chief approves the year's schedule; from now on entries change only with a reason.

    Args:
        approved_by: The name as printed; empty takes whoever signs for the chief on *on*.

    Raises:
        ValidationError: Nobody to name as the approving official.
        RefusedError: The schedule is already approved.
        NotFoundError: No schedule for the year.
    """
    with uow:
        schedule = _require(uow, year)
        if schedule.approved:
            raise RefusedError(_("The schedule is already approved."))
        title, name = _signatory_name(uow, SigningRole.CHIEF, on, department_id=None)
        approved_by = clean(approved_by) or name
        report = validate_approval(year, on, approved_by, policy=OFFICE_POLICY)
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.vacation_schedule.update(
            replace(schedule, approved_on=on, approved_by=approved_by, approver_title=title)
        )
        uow.commit()
    return saved


def vacation_schedule_document(uow: UnitOfWork, year: int) -> ScheduleDocument:
    """The printable schedule of *year*, marked ТӨСӨЛ until the chief approves it.

    Raises:
        NotFoundError: No schedule for the year.
    """
    with uow:
        view = build_view(uow, year, _require(uow, year))
    return schedule_document(view)


def planned_days(uow: UnitOfWork, year: int) -> dict[int, int]:
    """Employee id → working days planned in the year's schedule and not yet taken.

    A planned working day counts until a vacation leave for the year covers it, a leave counting
    as the balances count it (any non-void one, :func:`core.vacation.balance.counts_against`), so
    a balance that subtracts taken leave does not count a day twice. Employees with nothing
    planned and untaken are left out.
    """
    with uow:
        schedule = uow.vacation_schedule.get(year)
        if schedule is None or schedule.id is None:
            return {}
        entries = [e for e in uow.vacation_schedule.entries(schedule.id) if e.planned]
        calendar = load_context(uow).calendar
        start, end = datetime.combine(date(year, 1, 1), time()), datetime.combine(date(year + 1, 1, 1), time())
        slips = uow.leave_slips.in_period(start, end, statuses=LIVE_STATUSES)
    taken: dict[int, set[date]] = {}
    for slip in slips:
        if counts_against(slip, year):
            taken.setdefault(slip.employee_id, set()).update(calendar.days(slip.starts_at.date(), slip.ends_at.date()))
    result: dict[int, int] = {}
    for entry in entries:
        assert entry.starts_on and entry.ends_on
        covered = taken.get(entry.employee_id, set())
        days = calendar.days(entry.starts_on, entry.ends_on)
        left = sum(1 for day in days if day not in covered and calendar.is_working_day(day))
        if left:
            result[entry.employee_id] = result.get(entry.employee_id, 0) + left
    return result
