"""What the vacation schedule (6.11) checks, as reports with a message per field.

A date outside March or a plan beyond the entitlement is a warning the secretary may have a
reason for (a late approval, days carried over by the chief's order); broken dates, an overlap
or a change without a reason are errors nothing saves past.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from core.i18n import _
from core.official_dates import official_date
from core.vacation.schedule import ScheduleEntry, overlaps
from core.validation import NAME_MAX, NOTE_MAX, Severity, ValidationIssue, ValidationReport

#: The most working days one wish may ask for: the longest entitlement with room to spare.
MAX_WISH_DAYS = 60


@dataclass(frozen=True, slots=True)
class SchedulePolicy:
    """When the office makes its schedule; the default is its regulation."""

    #: 6.11: "жил бүрийн 3 дугаар сард" — the schedule is made and approved in March.
    approval_month: int = 3


def _error(field: str, code: str, message: str) -> ValidationIssue:
    return ValidationIssue(field, code, message)


def _warning(field: str, code: str, message: str) -> ValidationIssue:
    return ValidationIssue(field, code, message, Severity.WARNING)


def _date_issues(entry: ScheduleEntry, year: int) -> list[ValidationIssue]:
    start, end = entry.starts_on, entry.ends_on
    if start is None and end is None:
        return []
    if start is None or end is None:
        field = "starts_on" if start is None else "ends_on"
        return [_error(field, "missing_date", _("Give both the first and the last day of the vacation."))]
    issues: list[ValidationIssue] = []
    if end < start:
        issues.append(_error("ends_on", "ends_before_start", _("The vacation cannot end before it starts.")))
    for field, day in (("starts_on", start), ("ends_on", end)):
        if day.year != year:
            issues.append(_error(field, "outside_year", _("The vacation must fall within {year}.").format(year=year)))
    return issues


def _wish_issues(entry: ScheduleEntry) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    if entry.wish_month is not None and not 1 <= entry.wish_month <= 12:
        issues.append(_error("wish_month", "bad_month", _("The month must be from 1 to 12.")))
    if entry.wish_days is not None and not 0 < entry.wish_days <= MAX_WISH_DAYS:
        issues.append(
            _error("wish_days", "bad_days", _("Ask for 1 to {most} working days.").format(most=MAX_WISH_DAYS))
        )
    for field, text in (("wish_note", entry.wish_note), ("note", entry.note)):
        if len(text) > NOTE_MAX:
            issues.append(_error(field, "too_long", _("At most {count} characters.").format(count=NOTE_MAX)))
    return issues


def validate_entry(
    entry: ScheduleEntry, *, year: int, others: Iterable[ScheduleEntry], entitled_days: int
) -> ValidationReport:
    """Check one entry against the year, the employee's other entries and the entitlement.

    Args:
        others: The schedule's other entries (any employee's; the entry itself is skipped).
        entitled_days: The employee's working days of vacation for the year.
    """
    issues = _date_issues(entry, year) + _wish_issues(entry)
    if issues or not entry.planned:
        return ValidationReport(tuple(issues))
    mine = [o for o in others if o.employee_id == entry.employee_id and (entry.id is None or o.id != entry.id)]
    clash = next((o for o in mine if overlaps(entry, o)), None)
    if clash is not None:
        assert clash.starts_on and clash.ends_on
        message = _("These dates overlap the employee's other planned vacation ({start} – {end}).")
        issues.append(
            _error(
                "starts_on",
                "overlap",
                message.format(start=f"{clash.starts_on:%Y.%m.%d}", end=f"{clash.ends_on:%Y.%m.%d}"),
            )
        )
    if entry.working_days == 0:
        issues.append(_error("ends_on", "no_working_day", _("The planned dates hold no working day.")))
    planned = entry.working_days + sum(o.working_days for o in mine)
    if planned > entitled_days:
        message = _("{planned} working days planned, more than the {entitled} the employee is entitled to.")
        issues.append(_warning("ends_on", "over_entitlement", message.format(planned=planned, entitled=entitled_days)))
    return ValidationReport(tuple(issues))


def validate_approval(
    year: int, on: date, approved_by: str, *, policy: SchedulePolicy = SchedulePolicy()
) -> ValidationReport:
    """The chief's approval: a name is needed; a date outside the year's March is only warned about."""
    issues: list[ValidationIssue] = []
    if not approved_by:
        issues.append(_error("approved_by", "required", _("Give the name of the official who approves.")))
    elif len(approved_by) > NAME_MAX * 2:
        issues.append(_error("approved_by", "too_long", _("At most {count} characters.").format(count=NAME_MAX * 2)))
    if on.year != year or on.month != policy.approval_month:
        message = _("The schedule is approved in March of its year (6.11); {date} is not.")
        issues.append(_warning("approved_on", "not_in_march", message.format(date=official_date(on))))
    return ValidationReport(tuple(issues))


def validate_agreement(head_name: str) -> ValidationReport:
    """The head's agreement names the head as printed."""
    if not head_name:
        return ValidationReport((_error("head_name", "required", _("Give the name of the head who agreed.")),))
    if len(head_name) > NAME_MAX * 2:
        return ValidationReport(
            (_error("head_name", "too_long", _("At most {count} characters.").format(count=NAME_MAX * 2)),)
        )
    return ValidationReport()


def validate_change_reason(reason: str) -> ValidationReport:
    """6.11 allows changes "as the work requires": the reason is what the record keeps."""
    if not reason:
        return ValidationReport((_error("reason", "required", _("Give the reason for the change (6.11).")),))
    if len(reason) > NOTE_MAX:
        return ValidationReport(
            (_error("reason", "too_long", _("At most {count} characters.").format(count=NOTE_MAX)),)
        )
    return ValidationReport()
