"""Checks on the office's edited section-7 calendar before it is stored.

Every deadline must fall on a day that exists in every year (29 February does not), since the
calendar places it in whichever year is shown; a window must not close before it opens.
"""

from __future__ import annotations

from core.dates import is_yearly_day
from core.i18n import _
from core.performance.policy import Deadline, PerformancePolicy
from core.validation import TITLE_MAX, ValidationIssue, ValidationReport

#: The reminder looks at most a year ahead.
REMINDER_DAYS_MAX = 366
#: The width of the clause column of the deadline table ("7.1", "7.3.2").
CLAUSE_MAX = 20
#: The longest "what" wording kept; the regulation's longest is about 100 characters.
WHAT_MAX = 500


def _deadline_problem(deadline: Deadline) -> str:
    if not deadline.clause.strip() or not deadline.who.strip() or not deadline.what.strip():
        return _("enter the clause, who and what.")
    if len(deadline.clause) > CLAUSE_MAX or len(deadline.who) > TITLE_MAX or len(deadline.what) > WHAT_MAX:
        return _("the clause has at most {clause}, who {who} and what {what} characters.").format(
            clause=CLAUSE_MAX, who=TITLE_MAX, what=WHAT_MAX
        )
    if not 1 <= deadline.month <= 12:
        return _("the month must be from 1 to 12.")
    for day in (deadline.first_day, deadline.last_day):
        if not is_yearly_day(deadline.month, day):
            return _("{month}/{day} is not a day of every year.").format(month=deadline.month, day=day)
    if deadline.first_day > deadline.last_day:
        return _("the first day is after the last day.")
    if deadline.year_offset not in (0, 1):
        return _("a deadline serves this year's contracts or next year's.")
    return ""


def validate_performance_policy(policy: PerformancePolicy) -> ValidationReport:
    """Each deadline row's problem, numbered as the table shows it, and the reminder horizon's."""
    issues = []
    if not policy.deadlines:
        issues.append(ValidationIssue("deadlines", "empty", _("The calendar needs at least one deadline.")))
    for row, deadline in enumerate(policy.deadlines, start=1):
        problem = _deadline_problem(deadline)
        if problem:
            message = _("Deadline {row}: {problem}").format(row=row, problem=problem)
            issues.append(ValidationIssue("deadlines", "deadline", message))
    if not 1 <= policy.reminder_days <= REMINDER_DAYS_MAX:
        message = _("Enter from 1 to {limit} days.").format(limit=REMINDER_DAYS_MAX)
        issues.append(ValidationIssue("reminder_days", "range", message))
    return ValidationReport(tuple(issues))
