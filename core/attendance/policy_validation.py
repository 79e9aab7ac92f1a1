"""Checks on the office's attendance settings (6.3, 6.9, 13.3.1.3) before they are stored."""

from __future__ import annotations

from core.attendance.rules import AttendancePolicy
from core.discipline.entities import DisciplinePolicy
from core.i18n import _
from core.leave.validation import clause_issues
from core.validation import ValidationIssue, ValidationReport

#: 6.3 counts within a month: more than a month's working days can never be reached.
ABSENCE_DAYS_MAX = 31
#: 13.3.1.3 counts within a week: a person is late at most once a day.
LATENESS_PER_WEEK_MAX = 7


def _count_issues(policy: AttendancePolicy) -> list[ValidationIssue]:
    issues = []
    if not 1 <= policy.absence_after_days <= ABSENCE_DAYS_MAX:
        message = _("Enter from 1 to {limit} working days.").format(limit=ABSENCE_DAYS_MAX)
        issues.append(ValidationIssue("absence_after_days", "range", message))
    # "more than N times": N = 0 would flag every single lateness, so the threshold starts at 1.
    if not 1 <= policy.lateness_per_week < LATENESS_PER_WEEK_MAX:
        message = _("Enter from 1 to {limit} times.").format(limit=LATENESS_PER_WEEK_MAX - 1)
        issues.append(ValidationIssue("lateness_per_week", "range", message))
    if not policy.accumulated_kinds:
        issues.append(ValidationIssue("accumulated_kinds", "empty", _("Choose what adds up to absence.")))
    if not policy.warning_kinds:
        issues.append(ValidationIssue("warning_kinds", "empty", _("Choose what is counted for a warning.")))
    return issues


def _clause_issues(policy: AttendancePolicy) -> list[ValidationIssue]:
    clauses = {
        "absence_clause": policy.absence_clause,
        "warning_clause": policy.warning_clause,
        "overrun_clause": policy.overrun_clause,
    }
    return clause_issues(clauses, _("Write the clause number, e.g. 6.3."))


def _breach_issues(policy: AttendancePolicy, discipline: DisciplinePolicy) -> list[ValidationIssue]:
    """The breaches a flag proposes must be on the office's breach list, or the proposal could not be decided."""
    return [
        ValidationIssue(name, "unknown", _("Choose a breach from the discipline settings' list."))
        for name, code in (("absence_breach", policy.absence_breach), ("warning_breach", policy.warning_breach))
        if discipline.breach(code) is None
    ]


def validate_attendance_policy(policy: AttendancePolicy, *, discipline: DisciplinePolicy) -> ValidationReport:
    """Every problem with *policy*; *discipline* is the stored breach list the flags' proposals cite."""
    return ValidationReport(tuple(_count_issues(policy) + _clause_issues(policy) + _breach_issues(policy, discipline)))
