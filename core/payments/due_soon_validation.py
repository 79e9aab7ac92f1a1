"""Checks on the office's "due soon" numbers (12.5, 12.6, 12.7) before they are stored."""

from __future__ import annotations

from core.dates import is_yearly_day
from core.i18n import _
from core.payments.due_soon import DuePolicy
from core.validation import ValidationIssue, ValidationReport

#: The list looks at most a year ahead.
HORIZON_DAYS_MAX = 366
AGE_MAX = 100
#: 12.6 gives gifts to children; no office counts an adult as one.
CHILD_AGE_MAX = 18
SERVICE_YEARS_MAX = 60


def _horizon_issues(policy: DuePolicy) -> list[ValidationIssue]:
    if 1 <= policy.horizon_days <= HORIZON_DAYS_MAX:
        return []
    message = _("Enter from 1 to {limit} days.").format(limit=HORIZON_DAYS_MAX)
    return [ValidationIssue("horizon_days", "range", message)]


def _age_issues(policy: DuePolicy) -> list[ValidationIssue]:
    ages = policy.jubilee_ages
    if not ages:
        return [ValidationIssue("jubilee_ages", "empty", _("Enter at least one jubilee age."))]
    if any(not 1 <= age <= AGE_MAX for age in ages) or any(a >= b for a, b in zip(ages, ages[1:], strict=False)):
        message = _("Enter ages from 1 to {limit}, each greater than the one before.").format(limit=AGE_MAX)
        return [ValidationIssue("jubilee_ages", "order", message)]
    return []


def _gift_issues(policy: DuePolicy) -> list[ValidationIssue]:
    issues = []
    if not policy.gift_days:
        issues.append(ValidationIssue("gift_days", "empty", _("Enter at least one gift day.")))
    elif any(not is_yearly_day(month, day) for month, day in policy.gift_days):
        message = _("Enter each gift day as month-day of a day every year has (01-01, 06-01).")
        issues.append(ValidationIssue("gift_days", "date", message))
    elif len(set(policy.gift_days)) != len(policy.gift_days):
        issues.append(ValidationIssue("gift_days", "twice", _("A gift day is listed twice.")))
    if not 1 <= policy.child_max_age <= CHILD_AGE_MAX:
        message = _("Enter from 1 to {limit} years.").format(limit=CHILD_AGE_MAX)
        issues.append(ValidationIssue("child_max_age", "range", message))
    return issues


def validate_due_policy(policy: DuePolicy) -> ValidationReport:
    """The horizon, the jubilee ages, the years of service and the gift days and ages."""
    issues = _horizon_issues(policy) + _age_issues(policy) + _gift_issues(policy)
    if not 1 <= policy.service_years <= SERVICE_YEARS_MAX:
        message = _("Enter from 1 to {limit} years.").format(limit=SERVICE_YEARS_MAX)
        issues.append(ValidationIssue("service_years", "range", message))
    return ValidationReport(tuple(issues))
