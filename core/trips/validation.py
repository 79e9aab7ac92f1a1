"""Checks on a trip, its issue, its changes and its report; each issue names the field it belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from core.i18n import _
from core.leave.entities import LeaveSlip
from core.trips.entities import BusinessTrip, TripChange, TripChangeKind, TripPolicy, TripScope
from core.trips.rules import overlapping_trips
from core.validation import NAME_MAX, NOTE_MAX, ORDER_NUMBER_MAX, TITLE_MAX, Severity, ValidationIssue, ValidationReport

#: The largest advance Tamga accepts (₮); a typo with three extra zeros is refused, not paid.
ADVANCE_MAX = 100_000_000
PLACE_MAX = TITLE_MAX
PURPOSE_MAX = NOTE_MAX
COUNTRY_MAX = NAME_MAX
REFERENCE_MAX = ORDER_NUMBER_MAX


def _too_long(field: str, text: str, limit: int) -> list[ValidationIssue]:
    if len(text) <= limit:
        return []
    return [ValidationIssue(field, "too_long", _("At most {limit} characters.").format(limit=limit))]


def _text_issues(trip: BusinessTrip) -> list[ValidationIssue]:
    issues = []
    if not trip.place:
        message = _("Enter the city abroad.") if trip.scope is TripScope.ABROAD else _("Enter the aimag, soum or city.")
        issues.append(ValidationIssue("place", "required", message))
    if trip.scope is TripScope.ABROAD and not trip.country:
        issues.append(ValidationIssue("country", "required", _("Enter the country.")))
    if trip.scope is TripScope.DOMESTIC and trip.country:
        issues.append(ValidationIssue("country", "domestic", _("A trip inside the country has no country to name.")))
    if not trip.purpose:
        issues.append(ValidationIssue("purpose", "required", _("Say what the trip is for.")))
    issues += _too_long("place", trip.place, PLACE_MAX) + _too_long("country", trip.country, COUNTRY_MAX)
    issues += _too_long("purpose", trip.purpose, PURPOSE_MAX)
    return issues + _too_long("governor_reference", trip.governor_reference, REFERENCE_MAX)


def _period_issues(trip: BusinessTrip) -> list[ValidationIssue]:
    if trip.ends_on < trip.starts_on:
        return [ValidationIssue("ends_on", "before_start", _("The trip cannot end before it starts."))]
    return []


def _advance_issues(trip: BusinessTrip) -> list[ValidationIssue]:
    if trip.advance_amount is None or 0 < trip.advance_amount <= ADVANCE_MAX:
        return []
    message = _("The advance must be from 1 to {limit} ₮, or left empty.").format(limit=f"{ADVANCE_MAX:,}")
    return [ValidationIssue("advance_amount", "range", message)]


def governor_issues(trip: BusinessTrip, policy: TripPolicy, *, severity: Severity) -> list[ValidationIssue]:
    """9.4: the Governor's agreement (date and reference) a trip abroad needs before it is issued."""
    if not policy.needs_governor(trip.scope):
        return []
    issues = []
    if trip.governor_agreed_on is None:
        message = _("Regulation {clause}: a trip abroad is issued only with the Governor's agreement; enter its date.")
        issues.append(
            ValidationIssue("governor_agreed_on", "required", message.format(clause=policy.governor_clause), severity)
        )
    if not trip.governor_reference:
        message = _("Enter the reference of the Governor's agreement.")
        issues.append(ValidationIssue("governor_reference", "required", message, severity))
    return issues


def _overlap_issues(
    trip: BusinessTrip, others: Sequence[BusinessTrip], leaves: Sequence[LeaveSlip]
) -> list[ValidationIssue]:
    issues = []
    clash = overlapping_trips(trip, others)
    if clash:
        first = clash[0]
        message = _("The employee is already on a trip to {place} from {start} to {end}.").format(
            place=first.destination, start=first.starts_on.isoformat(), end=first.current_end.isoformat()
        )
        issues.append(ValidationIssue("starts_on", "overlap", message))
    if leaves:
        leave = leaves[0]
        message = _("The employee has a leave from {start} to {end} in these days; check the dates.").format(
            start=leave.starts_at.date().isoformat(), end=leave.ends_at.date().isoformat()
        )
        issues.append(ValidationIssue("starts_on", "leave_overlap", message, Severity.WARNING))
    return issues


def validate_trip(
    trip: BusinessTrip,
    *,
    policy: TripPolicy,
    others: Sequence[BusinessTrip] = (),
    leaves: Sequence[LeaveSlip] = (),
) -> ValidationReport:
    """Every problem with the trip as a draft; a missing 9.4 agreement is only a warning until it is issued.

    Args:
        trip: The trip, texts already cleaned.
        policy: The office's trip rules.
        others: The employee's other trips (an overlap is refused).
        leaves: The employee's leaves meeting the trip's days (warned: a leave may be cut short).
    """
    issues = _text_issues(trip) + _period_issues(trip) + _advance_issues(trip)
    if trip.governor_agreed_on is not None and trip.governor_agreed_on > trip.starts_on:
        message = _("The Governor's agreement must come before the trip starts.")
        issues.append(ValidationIssue("governor_agreed_on", "after_start", message))
    issues += governor_issues(trip, policy, severity=Severity.WARNING)
    return ValidationReport(tuple(issues + _overlap_issues(trip, others, leaves)))


def validate_issue(trip: BusinessTrip, *, policy: TripPolicy, on: date) -> ValidationReport:
    """What stops the chief signing the trip on *on* (9.1, 9.4)."""
    issues = governor_issues(trip, policy, severity=Severity.ERROR)
    if trip.governor_agreed_on is not None and trip.governor_agreed_on > on:
        message = _("The certificate cannot be signed before the Governor's agreement.")
        issues.append(ValidationIssue("issued_on", "before_agreement", message))
    if on > trip.starts_on:
        issues.append(
            ValidationIssue("issued_on", "after_start", _("The certificate is signed before the trip starts."))
        )
    return ValidationReport(tuple(issues))


def validate_change(trip: BusinessTrip, change: TripChange, *, others: Sequence[BusinessTrip] = ()) -> ValidationReport:
    """An extension moves the end later, a recall earlier but not before the start (9.2)."""
    issues = _too_long("reference", change.reference, REFERENCE_MAX)
    end = trip.current_end
    if change.kind is TripChangeKind.EXTENSION and change.new_end <= end:
        message = _("An extension ends after the current last day, {end}.").format(end=end.isoformat())
        issues.append(ValidationIssue("new_end", "not_later", message))
    if change.kind is TripChangeKind.RECALL and not trip.starts_on <= change.new_end < end:
        message = _("The early return must be from {start} to the day before {end}.").format(
            start=trip.starts_on.isoformat(), end=end.isoformat()
        )
        issues.append(ValidationIssue("returned_on", "not_earlier", message))
    if trip.issued_on is not None and change.decided_on < trip.issued_on:
        issues.append(
            ValidationIssue("decided_on", "before_issue", _("The decision cannot come before the trip was issued."))
        )
    elif change.decided_on > min(end, change.new_end):
        issues.append(ValidationIssue("decided_on", "too_late", _("The decision is made before the trip's last day.")))
    clash = overlapping_trips(trip, others, end=change.new_end) if change.kind is TripChangeKind.EXTENSION else []
    if clash:
        message = _("The employee is already on a trip to {place} from {start}.").format(
            place=clash[0].destination, start=clash[0].starts_on.isoformat()
        )
        issues.append(ValidationIssue("new_end", "overlap", message))
    return ValidationReport(tuple(issues))


def validate_report(trip: BusinessTrip, submitted_on: date) -> ValidationReport:
    """The report (илтгэх хуудас, 9.3) is handed in on or after the trip's last day."""
    if submitted_on < trip.current_end:
        message = _("The report is handed in on or after the trip's last day, {end}.").format(
            end=trip.current_end.isoformat()
        )
        return ValidationReport((ValidationIssue("report_submitted_on", "before_end", message),))
    return ValidationReport()


def validate_cancel(reason: str) -> ValidationReport:
    """A cancelled trip says why."""
    if not reason:
        return ValidationReport((ValidationIssue("cancel_reason", "required", _("Say why the trip is cancelled.")),))
    return ValidationReport(tuple(_too_long("cancel_reason", reason, NOTE_MAX)))
