"""Employees: records, their career events (regulation 4.1–4.9) and onboarding (4.10)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.discipline.rules import blocks_award
from core.entities import (
    STATUS_AFTER_EVENT,
    Employee,
    EmployeeListItem,
    EmployeeStatus,
    EmploymentEvent,
    EventKind,
    Onboarding,
)
from core.i18n import _
from core.job_description.versions import in_force
from core.ports import UnitOfWork
from core.registration import normalize_registration_number
from core.services.errors import NotFoundError, RefusedError
from core.services.submissions import create_once
from core.text import clean
from core.validation import ValidationError, ValidationIssue, ValidationReport, validate_employee, validate_order

#: Events that put the employee into a (new) position.
POSITION_EVENTS = frozenset({EventKind.APPOINTED, EventKind.TRANSFERRED, EventKind.PROMOTED})
#: Which events may follow an employee's current status.
ALLOWED_EVENTS: dict[EmployeeStatus, frozenset[EventKind]] = {
    EmployeeStatus.ACTIVE: frozenset(
        {EventKind.TRANSFERRED, EventKind.PROMOTED, EventKind.SUSPENDED, EventKind.RELEASED, EventKind.DISMISSED}
    ),
    EmployeeStatus.SUSPENDED: frozenset({EventKind.REINSTATED, EventKind.RELEASED, EventKind.DISMISSED}),
    EmployeeStatus.RELEASED: frozenset({EventKind.APPOINTED}),
    EmployeeStatus.DISMISSED: frozenset({EventKind.APPOINTED}),
}


def normalize_employee(employee: Employee) -> Employee:
    """NFC and trimmed text, the РД in Cyrillic capitals: done once, where input enters core."""
    return replace(
        employee,
        surname=clean(employee.surname),
        patronymic=clean(employee.patronymic),
        given_name=clean(employee.given_name),
        registration_number=normalize_registration_number(employee.registration_number),
        phone=clean(employee.phone),
        email=clean(employee.email),
        address=clean(employee.address),
    )


def check_employee(uow: UnitOfWork, employee: Employee, *, today: date) -> Employee:
    """Normalise and validate inside an open unit of work; raise ValidationError on errors."""
    employee = normalize_employee(employee)
    owner = uow.employees.find_by_registration(employee.registration_number)
    duplicate = owner if owner is not None and owner.id != employee.id else None
    report = validate_employee(employee, today=today, duplicate_of=duplicate)
    if not report.is_valid:
        raise ValidationError(report)
    if employee.position_id is not None and uow.positions.get(employee.position_id) is None:
        raise NotFoundError(_("The chosen position no longer exists."))
    return employee


def list_employee_items(uow: UnitOfWork) -> list[EmployeeListItem]:
    with uow:
        return uow.employees.list_items()


def get_employee(uow: UnitOfWork, employee_id: int) -> Employee:
    with uow:
        employee = uow.employees.get(employee_id)
    if employee is None:
        raise NotFoundError(_("This employee is not in the records any more."))
    return employee


def save_employee(uow: UnitOfWork, employee: Employee, *, today: date | None = None) -> Employee:
    """Add or update an employee; a new appointment or a change of position is kept as an event.

    A new employee's form sent again (same submission id) answers with the employee it saved.
    """
    today = today or date.today()
    with uow:
        if employee.id is None:
            return create_once(
                uow,
                employee.submission_id,
                find=lambda submission_id: uow.employees.by_submission(submission_id),
                create=lambda: _add_new(uow, employee, today=today),
            )
        previous = uow.employees.get(employee.id)
        employee = check_employee(uow, employee, today=today)
        if previous is None:
            raise NotFoundError(_("This employee is not in the records any more."))
        saved = uow.employees.update(replace(employee, status=previous.status))
        if saved.position_id != previous.position_id and saved.position_id is not None:
            uow.events.add(_appointment_event(saved, EventKind.TRANSFERRED))
        uow.commit()
    return saved


def _add_new(uow: UnitOfWork, employee: Employee, *, today: date) -> Employee:
    saved = add_checked_employee(uow, check_employee(uow, employee, today=today))
    uow.commit()
    return saved


def add_checked_employee(uow: UnitOfWork, employee: Employee) -> Employee:
    """Inside an open unit of work, add a new employee that ``check_employee`` passed.

    The appointment is kept as an event, so the history starts with it (regulation 4.1).
    An employee already saved under the same submission id is answered instead, unchanged.
    """
    if employee.submission_id is not None:
        existing = uow.employees.by_submission(employee.submission_id)
        if existing is not None:
            return existing
    saved = uow.employees.add(replace(employee, id=None, status=EmployeeStatus.ACTIVE))
    if saved.position_id is not None and saved.id is not None:
        uow.events.add(_appointment_event(saved, EventKind.APPOINTED))
    return saved


def _appointment_event(employee: Employee, kind: EventKind) -> EmploymentEvent:
    assert employee.id is not None and employee.appointed_on is not None
    return EmploymentEvent(
        employee_id=employee.id, kind=kind, effective_on=employee.appointed_on, position_id=employee.position_id
    )


def record_event(uow: UnitOfWork, event: EmploymentEvent) -> Employee:
    """Release, dismiss, suspend, reinstate or re-appoint by an order; the history only grows.

    The form sent again (same submission id) records nothing and answers with the employee.
    """
    event = replace(event, order_number=clean(event.order_number), note=clean(event.note))
    report = validate_order(event.order_number, event.order_date, event.effective_on)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        return create_once(
            uow,
            event.submission_id,
            find=lambda submission_id: _employee_of_event(uow, submission_id),
            create=lambda: _record_new_event(uow, event),
        )


def _employee_of_event(uow: UnitOfWork, submission_id: str) -> Employee | None:
    event = uow.events.by_submission(submission_id)
    return None if event is None else uow.employees.get(event.employee_id)


def _record_new_event(uow: UnitOfWork, event: EmploymentEvent) -> Employee:
    employee = uow.employees.get(event.employee_id)
    if employee is None:
        raise NotFoundError(_("This employee is not in the records any more."))
    if event.kind not in ALLOWED_EVENTS[employee.status]:
        raise RefusedError(_("This step does not follow the employee's current status."))
    if event.kind is EventKind.PROMOTED:
        _refuse_promotion_under_sanction(uow, event)
    changed = replace(employee, status=STATUS_AFTER_EVENT[event.kind])
    if event.kind in POSITION_EVENTS:
        if event.position_id is None:
            raise RefusedError(_("Choose the position of the appointment."))
        changed = replace(changed, position_id=event.position_id, appointed_on=event.effective_on)
    uow.events.add(replace(event, position_id=event.position_id or employee.position_id))
    saved = uow.employees.update(changed)
    uow.commit()
    return saved


def _refuse_promotion_under_sanction(uow: UnitOfWork, event: EmploymentEvent) -> None:
    """12.10: no promotion while a sanction counts on the promotion's effective date; the date is at fault."""
    blocked = blocks_award(uow.sanctions.list(employee_id=event.employee_id), event.effective_on)
    if blocked is not None:
        raise ValidationError(ValidationReport((ValidationIssue("effective_on", "sanction_in_force", blocked),)))


def employee_history(uow: UnitOfWork, employee_id: int) -> list[EmploymentEvent]:
    """The employee's events, oldest first."""
    with uow:
        events = uow.events.for_employee(employee_id)
    return sorted(events, key=lambda e: (e.effective_on, e.id or 0))


def get_onboarding(uow: UnitOfWork, employee_id: int) -> Onboarding:
    with uow:
        return uow.onboarding.get(employee_id) or Onboarding(employee_id=employee_id)


def save_onboarding(uow: UnitOfWork, onboarding: Onboarding, *, today: date | None = None) -> Onboarding:
    today = today or date.today()
    dates = (
        onboarding.job_description_on,
        onboarding.salary_on,
        onboarding.ethics_code_on,
        onboarding.internal_regulation_on,
    )
    if any(d is not None and d > today for d in dates):
        raise RefusedError(_("An introduction cannot be dated in the future."))
    with uow:
        employee = uow.employees.get(onboarding.employee_id)
        if employee is None:
            raise NotFoundError(_("This employee is not in the records any more."))
        onboarding = _with_description_read(uow, employee, onboarding)
        uow.onboarding.save(onboarding)
        uow.commit()
    return onboarding


def _with_description_read(uow: UnitOfWork, employee: Employee, onboarding: Onboarding) -> Onboarding:
    """Tie the introduction to the version of the job description in force on its date.

    A version already named (the form showed it) is kept; without a date there is none.
    """
    read_on = onboarding.job_description_on
    if read_on is None:
        return replace(onboarding, job_description_id=None)
    if onboarding.job_description_id is not None or employee.position_id is None:
        return onboarding
    version = in_force(uow.job_descriptions.summaries(position_id=employee.position_id), read_on)
    return replace(onboarding, job_description_id=version.id if version is not None else None)
