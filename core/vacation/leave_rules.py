"""What a vacation leave must satisfy beyond section 6: whole days, its year, and its parts.

The leave form shows these beside the dates, each citing the Labour Law (art. 99), so the
secretary sees at once that a part of 9 days out of 18 would leave no part of 10.
"""

from __future__ import annotations

from core.i18n import _
from core.leave.entities import LeaveSlip
from core.vacation.balance import VacationBalance, whole_days
from core.vacation.entitlement import VacationPolicy, check_next_part
from core.validation import ValidationIssue

#: Where the form shows a vacation's refusals: beside the period.
DATES_FIELD = "ends_at"


def vacation_issues(
    policy: VacationPolicy, slip: LeaveSlip, before: VacationBalance, minutes_per_day: int
) -> tuple[ValidationIssue, ...]:
    """Problems of *slip* as one more part of its year's vacation.

    Args:
        before: The employee's balance for the slip's vacation year without this slip.
    """
    if slip.working_minutes <= 0:
        return ()  # the period holds no working time: section 6's rules say so already
    start_year = slip.starts_at.year
    if slip.counted_vacation_year not in (start_year - 1, start_year):
        message = _("A vacation is taken for the year it starts in, or for the year before.")
        return (ValidationIssue("starts_at", "vacation_year", message),)
    if minutes_per_day <= 0 or slip.working_minutes % minutes_per_day:
        message = _("Annual vacation is given in whole working days (Labour Law, art. 99); use Whole days.")
        return (ValidationIssue(DATES_FIELD, "whole_days", message),)
    if not before.entitlement.earned:
        message = _("Annual vacation is earned after {months} months of work (Labour Law, art. 99).")
        return (ValidationIssue(DATES_FIELD, "not_earned", message.format(months=policy.earned_after_months)),)
    report = check_next_part(
        policy,
        earlier_parts=[part.days for part in before.parts],
        part=whole_days(slip.working_minutes, minutes_per_day),
        entitled_days=before.entitled_days,
        field=DATES_FIELD,
    )
    return report.issues
