"""Business trips (regulation section 9): drafts, the chief's signature, extensions and recalls, reports.

A trip is never deleted and its dates are never overwritten: once the chief signs (9.1) the
certificate has its year's number, a later extension or recall (9.2) is appended as a dated
change, and a trip that does not happen is cancelled with a reason and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from core.entities import SigningRole
from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.leave.entities import LeaveSlip
from core.names import full_name, short_name
from core.ports import UnitOfWork
from core.services.acting import signatory_in
from core.services.errors import NotFoundError, RefusedError
from core.services.leave_facts import load_context
from core.services.submissions import create_once
from core.text import clean
from core.trips.entities import BusinessTrip, TripChange, TripChangeKind, TripFilter, TripPolicy, TripStatus
from core.trips.rules import trip_days
from core.trips.validation import (
    validate_cancel,
    validate_change,
    validate_issue,
    validate_report,
    validate_trip,
)
from core.validation import ValidationError, ValidationReport

#: The office's regulation (seed 004); another office would pass its own policy.
OFFICE_POLICY = TripPolicy()
#: Trips still waiting for a decision that changes their dates or their report.
_OPEN = frozenset({TripStatus.ISSUED, TripStatus.EXTENDED, TripStatus.RECALLED})


@dataclass(frozen=True, slots=True)
class TripRow:
    """A trip as the lists show it: who, which unit, how many days."""

    trip: BusinessTrip
    employee_name: str
    position_title: str
    department_id: int | None
    department_name: str
    calendar_days: int
    working_days: int


def _cleaned(trip: BusinessTrip) -> BusinessTrip:
    return replace(
        trip,
        place=clean(trip.place),
        country=clean(trip.country),
        purpose=clean(trip.purpose),
        governor_reference=clean(trip.governor_reference),
    )


def _leaves_meeting(uow: UnitOfWork, trip: BusinessTrip) -> list[LeaveSlip]:
    start = datetime.combine(trip.starts_on, time.min)
    end = datetime.combine(max(trip.current_end, trip.starts_on) + timedelta(days=1), time.min)
    return uow.leave_slips.overlapping(trip.employee_id, start, end)


def _draft_report(uow: UnitOfWork, trip: BusinessTrip, policy: TripPolicy) -> ValidationReport:
    if uow.employees.get(trip.employee_id) is None:
        raise NotFoundError(_("The employee is not in the records."))
    others = uow.trips.list(employee_id=trip.employee_id)
    return validate_trip(trip, policy=policy, others=others, leaves=_leaves_meeting(uow, trip))


def check_trip(uow: UnitOfWork, trip: BusinessTrip, *, policy: TripPolicy = OFFICE_POLICY) -> ValidationReport:
    """The form's values checked without saving: refusals, and warnings such as a leave on the same days.

    Raises:
        NotFoundError: The employee is not in the records.
    """
    with uow:
        return _draft_report(uow, _cleaned(trip), policy)


def save_trip_draft(
    uow: UnitOfWork, trip: BusinessTrip, *, submission_id: str | None = None, policy: TripPolicy = OFFICE_POLICY
) -> BusinessTrip:
    """Save a new trip or change a draft; warnings (a leave on the same days, no 9.4 agreement yet) do not stop it.

    Raises:
        ValidationError: A field breaks a rule, or the employee is already on another trip then.
        NotFoundError: The employee, or the draft being changed, is not in the records.
        RefusedError: The trip is already issued (only its changes and report are recorded).
    """
    trip = replace(
        _cleaned(trip),
        number=None,
        issued_on=None,
        changes=(),
        report_submitted_on=None,
        cancelled_on=None,
        cancel_reason="",
        signed_by_title="",
        signed_by_name="",
    )
    with uow:
        resent = uow.trips.by_submission(submission_id) if trip.id is None and submission_id else None
        if resent is not None:
            return resent  # the same form sent again: its first save is the answer, checked then
        if trip.id is not None:
            stored = require_trip(uow, trip.id)
            if stored.status is not TripStatus.DRAFT:
                raise RefusedError(_("An issued trip is not edited; record an extension or a recall instead."))
        report = _draft_report(uow, trip, policy)
        if not report.is_valid:
            raise ValidationError(report)
        if trip.id is not None:
            saved = uow.trips.update(replace(trip, submission_id=stored.submission_id))
            uow.commit()
            return saved
        return create_once(
            uow,
            submission_id,
            find=uow.trips.by_submission,
            create=lambda: _add(uow, replace(trip, submission_id=submission_id)),
        )


def _add(uow: UnitOfWork, trip: BusinessTrip) -> BusinessTrip:
    saved = uow.trips.add(trip)
    uow.commit()
    return saved


def require_trip(uow: UnitOfWork, trip_id: int) -> BusinessTrip:
    """Inside an open unit of work: the trip, or NotFoundError."""
    trip = uow.trips.get(trip_id)
    if trip is None:
        raise NotFoundError(_("The trip is not in the records."))
    return trip


def _require_open(uow: UnitOfWork, trip_id: int) -> BusinessTrip:
    trip = require_trip(uow, trip_id)
    if trip.status not in _OPEN:
        raise RefusedError(_("Only an issued trip that is not reported or cancelled can be changed."))
    return trip


def issue_trip(uow: UnitOfWork, trip_id: int, *, on: date, policy: TripPolicy = OFFICE_POLICY) -> BusinessTrip:
    """The chief (or the acting chief on *on*) signs the certificate (9.1); it takes the year's next number.

    Raises:
        ValidationError: A trip abroad has no Governor's agreement (9.4), or *on* is after the start.
        NotFoundError: There is no such trip.
        RefusedError: The trip is not a draft.
    """
    with uow:
        trip = require_trip(uow, trip_id)
        if trip.status is not TripStatus.DRAFT:
            raise RefusedError(_("The trip is already issued or cancelled."))
        # The draft's warnings (9.4 among them) are refusals now, said once by validate_issue.
        report = validate_issue(trip, policy=policy, on=on) + ValidationReport(_draft_report(uow, trip, policy).errors)
        if not report.is_valid:
            raise ValidationError(report)
        signer = signatory_in(uow, SigningRole.CHIEF, on)
        name = short_name(signer.employee, upper=True) if signer.employee else ""
        issued = replace(
            trip, number=uow.trips.next_number(on.year), issued_on=on, signed_by_title=signer.title, signed_by_name=name
        )
        saved = uow.trips.update(issued)
        uow.commit()
    return saved


def _change(uow: UnitOfWork, trip_id: int, change: TripChange) -> BusinessTrip:
    change = replace(change, reference=clean(change.reference))
    with uow:
        trip = _require_open(uow, trip_id)
        report = validate_change(trip, change, others=uow.trips.list(employee_id=trip.employee_id))
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.trips.update(replace(trip, changes=(*trip.changes, change)))
        uow.commit()
    return saved


def extend_trip(uow: UnitOfWork, trip_id: int, *, new_end: date, decided_on: date, reference: str = "") -> BusinessTrip:
    """The chief extends the trip to *new_end* (9.2); the original dates stay on record.

    Raises:
        ValidationError: The new end is not later, the decision is dated wrongly, or another trip is in the way.
        NotFoundError: There is no such trip.
        RefusedError: The trip is a draft, reported or cancelled.
    """
    return _change(uow, trip_id, TripChange(TripChangeKind.EXTENSION, new_end, decided_on, reference))


def recall_trip(
    uow: UnitOfWork, trip_id: int, *, returned_on: date, decided_on: date, reference: str = ""
) -> BusinessTrip:
    """The chief calls the employee back early (9.2); *returned_on* becomes the trip's last day.

    Raises:
        ValidationError: The return is not inside the trip, or the decision is dated wrongly.
        NotFoundError: There is no such trip.
        RefusedError: The trip is a draft, reported or cancelled.
    """
    return _change(uow, trip_id, TripChange(TripChangeKind.RECALL, returned_on, decided_on, reference))


def record_trip_report(uow: UnitOfWork, trip_id: int, *, submitted_on: date) -> BusinessTrip:
    """The employee handed in the report (илтгэх хуудас, 9.3): the trip is completed.

    Raises:
        ValidationError: The report is dated before the trip's last day.
        NotFoundError: There is no such trip.
        RefusedError: The trip is a draft, already reported or cancelled.
    """
    with uow:
        trip = _require_open(uow, trip_id)
        report = validate_report(trip, submitted_on)
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.trips.update(replace(trip, report_submitted_on=submitted_on))
        uow.commit()
    return saved


def cancel_trip(uow: UnitOfWork, trip_id: int, *, reason: str, on: date) -> BusinessTrip:
    """A trip that does not happen is cancelled with a reason and kept (its number is not given again).

    Raises:
        ValidationError: No reason is given.
        NotFoundError: There is no such trip.
        RefusedError: It is already reported or cancelled.
    """
    reason = clean(reason)
    report = validate_cancel(reason)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        trip = require_trip(uow, trip_id)
        if trip.status in (TripStatus.COMPLETED, TripStatus.CANCELLED):
            raise RefusedError(_("A reported or cancelled trip cannot be cancelled."))
        saved = uow.trips.update(replace(trip, cancelled_on=on, cancel_reason=reason))
        uow.commit()
    return saved


def get_trip(uow: UnitOfWork, trip_id: int) -> BusinessTrip:
    """Raises NotFoundError when there is no such trip."""
    with uow:
        return require_trip(uow, trip_id)


def _period(filters: TripFilter) -> tuple[date | None, date | None]:
    if filters.year is None:
        return None, None
    if filters.month is None:
        return date(filters.year, 1, 1), date(filters.year, 12, 31)
    following = date(filters.year + filters.month // 12, filters.month % 12 + 1, 1)
    return date(filters.year, filters.month, 1), following - timedelta(days=1)


def _within(uow: UnitOfWork, department_ids: tuple[int, ...]) -> set[int]:
    """The chosen units and every section inside them."""
    chosen = set(department_ids)
    units = uow.departments.list()
    grew = True
    while grew:
        found = {u.id for u in units if u.parent_id in chosen and u.id is not None}
        grew = not found <= chosen
        chosen |= found
    return chosen


def _rows(uow: UnitOfWork, trips: list[BusinessTrip], calendar: WorkingCalendar) -> list[TripRow]:
    rows = []
    for trip in trips:
        employee = uow.employees.get(trip.employee_id)
        position = uow.positions.get(employee.position_id) if employee and employee.position_id else None
        unit = uow.departments.get(position.department_id) if position and position.department_id else None
        days = trip_days(trip, calendar)
        rows.append(
            TripRow(
                trip,
                full_name(employee) if employee else "",
                position.title if position else "",
                unit.id if unit else None,
                unit.name if unit else "",
                days.calendar,
                days.working,
            )
        )
    return rows


def list_trips(uow: UnitOfWork, filters: TripFilter | None = None) -> list[TripRow]:
    """Trips meeting the year (or month), of the units (with their sections) and employee chosen, newest first."""
    filters = filters or TripFilter()
    start, end = _period(filters)
    with uow:
        trips = uow.trips.list(start=start, end=end, employee_id=filters.employee_id)
        if not filters.include_cancelled:
            trips = [t for t in trips if t.status is not TripStatus.CANCELLED]
        rows = _rows(uow, trips, load_context(uow).calendar)
        if filters.department_ids:
            units = _within(uow, filters.department_ids)
            rows = [row for row in rows if row.department_id in units]
    return rows


def employee_trips(uow: UnitOfWork, employee_id: int) -> list[TripRow]:
    """Every trip of one employee, newest first."""
    return list_trips(uow, TripFilter(employee_id=employee_id))
