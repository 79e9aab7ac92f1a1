"""What a contract step needs before it is recorded, and what a poor rating leads to (12.8, 13.1, 13.4.2)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from core.i18n import _
from core.performance.calendar import DatedDeadline
from core.performance.entities import PerformanceContract
from core.performance.policy import ContractStep, PerformancePolicy
from core.validation import ValidationIssue, ValidationReport

#: The longest evaluator wording kept: a name with the position ("Тамгын газрын дарга Б.Болд").
EVALUATOR_MAX = 200

#: The fields of a step's form, named in the issues.
DATE_FIELD = "on"
RATING_FIELD = "rating"
EVALUATOR_FIELD = "evaluator"


def step_date(contract: PerformanceContract, step: ContractStep) -> date | None:
    """The date *contract* reached *step*, or ``None`` while it has not."""
    if step is ContractStep.CONCLUDED:
        return contract.concluded_on
    if step is ContractStep.HALF_YEAR_REPORT:
        return contract.half_year_report_on
    if step is ContractStep.YEAR_REPORT:
        return contract.year_report_on
    evaluation = contract.half_year if step is ContractStep.HALF_YEAR_EVALUATION else contract.year_end
    return evaluation.evaluated_on if evaluation else None


def _latest(*days: date | None) -> date:
    return max(d for d in days if d is not None)


def allowed_dates(contract: PerformanceContract, step: ContractStep) -> tuple[date, date]:
    """The first and last date *step* may carry: inside the contract's year, never before the step before it.

    A contract for year Y is concluded in Y-1 or Y (7.1 expects 20 December of Y-1); reports and
    evaluations of the year may come until the end of Y+1, the year-end ones not before July.
    """
    y = contract.year
    opening, mid_year, closing = date(y, 1, 1), date(y, 7, 1), date(y + 1, 12, 31)
    concluded = contract.concluded_on
    if step is ContractStep.CONCLUDED:
        return date(y - 1, 1, 1), date(y, 12, 31)
    if step is ContractStep.HALF_YEAR_REPORT:
        return _latest(opening, concluded), date(y, 12, 31)
    if step is ContractStep.YEAR_REPORT:
        return _latest(mid_year, concluded, contract.half_year_report_on), closing
    if step is ContractStep.HALF_YEAR_EVALUATION:
        return _latest(opening, concluded), closing
    half = contract.half_year.evaluated_on if contract.half_year else None
    return _latest(mid_year, concluded, half), closing


def validate_step(
    contract: PerformanceContract,
    step: ContractStep,
    on: date,
    *,
    today: date,
    rating: str = "",
    evaluator: str = "",
    policy: PerformancePolicy,
) -> ValidationReport:
    """Issues with recording *step* on *on*: a date out of its range or in the future, a missing rating."""
    issues: list[ValidationIssue] = []
    first, last = allowed_dates(contract, step)
    if on > today:
        issues.append(ValidationIssue(DATE_FIELD, "future", _("The date cannot be later than today.")))
    elif not first <= on <= last:
        message = _("The date must be from {first} to {last}.").format(first=first.isoformat(), last=last.isoformat())
        issues.append(ValidationIssue(DATE_FIELD, "out_of_range", message))
    if step in (ContractStep.HALF_YEAR_EVALUATION, ContractStep.YEAR_EVALUATION):
        issues.extend(_evaluation_issues(rating, evaluator, policy))
    return ValidationReport(tuple(issues))


def _evaluation_issues(rating: str, evaluator: str, policy: PerformancePolicy) -> list[ValidationIssue]:
    issues = []
    if policy.rating(rating) is None:
        issues.append(ValidationIssue(RATING_FIELD, "required", _("Choose a rating.")))
    if not evaluator.strip():
        issues.append(ValidationIssue(EVALUATOR_FIELD, "required", _("Enter who evaluated the contract.")))
    elif len(evaluator) > EVALUATOR_MAX:
        message = _("At most {limit} characters.").format(limit=EVALUATOR_MAX)
        issues.append(ValidationIssue(EVALUATOR_FIELD, "too_long", message))
    return issues


def sanction_grounds(contract: PerformanceContract, policy: PerformancePolicy) -> tuple[str, ...]:
    """The clauses a poor rating of either period makes a ground for a sanction, in the scale's order."""
    grounds: dict[str, None] = {}
    for evaluation in (contract.half_year, contract.year_end):
        grade = policy.rating(evaluation.rating) if evaluation else None
        if grade is not None:
            grounds.update(dict.fromkeys(grade.grounds))
    return tuple(grounds)


def missing_count(dated: DatedDeadline, contracts: Iterable[PerformanceContract], employee_ids: Iterable[int]) -> int:
    """How many of *employee_ids* have no contract of the deadline's year at its step (none at all counts)."""
    step = dated.step
    if step is None:
        return 0
    done = {c.employee_id for c in contracts if c.year == dated.contract_year and step_date(c, step) is not None}
    return sum(1 for employee_id in set(employee_ids) if employee_id not in done)
