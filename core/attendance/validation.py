"""Checks on one attendance entry before it is saved; messages name the field they are about."""

from __future__ import annotations

from collections.abc import Sequence

from core.attendance.entities import AttendanceEntry
from core.i18n import _
from core.validation import NOTE_MAX, TITLE_MAX, ValidationIssue, ValidationReport


def validate_attendance(
    entry: AttendanceEntry, *, day_minutes: int, existing: Sequence[AttendanceEntry]
) -> ValidationReport:
    """The problems of *entry*.

    Args:
        day_minutes: Working minutes of the entry's day by the office calendar (0 on a day off).
        existing: The person's other entries of the same day.
    """
    issues = [*_minutes_issues(entry, day_minutes), *_text_issues(entry)]
    if any(other.kind == entry.kind and other.id != entry.id for other in existing):
        issues.append(ValidationIssue("kind", "duplicate", _("This person already has such an entry on this day.")))
    return ValidationReport(tuple(issues))


def _minutes_issues(entry: AttendanceEntry, day_minutes: int) -> list[ValidationIssue]:
    if day_minutes <= 0:
        return [ValidationIssue("day", "day_off", _("This is not a working day."))]
    if entry.minutes <= 0:
        return [ValidationIssue("minutes", "not_positive", _("Enter the minutes missed (more than 0)."))]
    if entry.minutes > day_minutes:
        limit = _("The working day has {minutes} minutes.").format(minutes=day_minutes)
        return [ValidationIssue("minutes", "too_long", limit)]
    return []


def _text_issues(entry: AttendanceEntry) -> list[ValidationIssue]:
    issues = []
    if entry.justified and not entry.reason.strip():
        issues.append(ValidationIssue("reason", "reason_needed", _("Justified time needs its reason.")))
    if len(entry.reason) > NOTE_MAX:
        issues.append(ValidationIssue("reason", "too_long", _("At most {count} characters.").format(count=NOTE_MAX)))
    if len(entry.recorded_by) > TITLE_MAX:
        issues.append(
            ValidationIssue("recorded_by", "too_long", _("At most {count} characters.").format(count=TITLE_MAX))
        )
    return issues
