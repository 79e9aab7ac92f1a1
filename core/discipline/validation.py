"""Checks on a sanction before it is recorded; each issue names the field it belongs to."""

from __future__ import annotations

from core.discipline.entities import (
    LAW_MAX_CUT_MONTHS,
    LAW_MAX_CUT_PERCENT,
    OTHER_BREACH,
    BreachClause,
    DisciplinePolicy,
    Sanction,
    SanctionKind,
)
from core.i18n import _
from core.validation import NOTE_MAX, ORDER_NUMBER_MAX, ValidationIssue, ValidationReport

#: The longest breach wording kept (the regulation's longest item is about 170 characters).
BREACH_TEXT_MAX = 500
#: The longest clause code of a breach ("13.3.1.3", "13.1-2"), the width of the stored column.
BREACH_CODE_MAX = 20
#: Periods a policy may give a warning or a dismissal: up to ten years.
PERIOD_MONTHS_MAX = 120


def _breach_issues(sanction: Sanction, policy: DisciplinePolicy) -> list[ValidationIssue]:
    if sanction.breach_code == OTHER_BREACH:
        if not sanction.breach_text.strip():
            return [ValidationIssue("breach_text", "required", _("Describe the breach."))]
        if len(sanction.breach_text) > BREACH_TEXT_MAX:
            return [
                ValidationIssue(
                    "breach_text", "too_long", _("At most {limit} characters.").format(limit=BREACH_TEXT_MAX)
                )
            ]
        return []
    if policy.breach(sanction.breach_code) is None:
        return [ValidationIssue("breach_code", "unknown", _("Choose a breach from the regulation's list, or other."))]
    return []


def _cut_issues(sanction: Sanction, policy: DisciplinePolicy) -> list[ValidationIssue]:
    if sanction.kind is not SanctionKind.SALARY_CUT:
        if sanction.cut_percent is not None or sanction.cut_months is not None:
            return [ValidationIssue("cut_percent", "not_a_cut", _("Only a salary cut has a percent and months."))]
        return []
    issues = []
    percent, months = sanction.cut_percent, sanction.cut_months
    if percent is None or not 1 <= percent <= policy.max_cut_percent:
        message = _("The salary cut must be from 1 to {limit} percent.").format(limit=policy.max_cut_percent)
        issues.append(ValidationIssue("cut_percent", "range", message))
    if months is None or not 1 <= months <= policy.max_cut_months:
        message = _("The salary cut must last from 1 to {limit} months.").format(limit=policy.max_cut_months)
        issues.append(ValidationIssue("cut_months", "range", message))
    return issues


def _order_issues(sanction: Sanction) -> list[ValidationIssue]:
    issues = []
    if not sanction.order_number.strip():
        issues.append(ValidationIssue("order_number", "required", _("Enter the order number.")))
    elif len(sanction.order_number) > ORDER_NUMBER_MAX:
        message = _("At most {limit} characters.").format(limit=ORDER_NUMBER_MAX)
        issues.append(ValidationIssue("order_number", "too_long", message))
    if sanction.order_date is None:
        issues.append(ValidationIssue("order_date", "required", _("Enter the order date.")))
    elif sanction.order_date > sanction.starts_on:
        message = _("The order date cannot be after the day the sanction starts.")
        issues.append(ValidationIssue("order_date", "after_start", message))
    return issues


def validate_sanction(sanction: Sanction, *, policy: DisciplinePolicy) -> ValidationReport:
    """Every problem with *sanction* under *policy* (Civil Service Law art. 48, regulation 13)."""
    issues = _breach_issues(sanction, policy) + _cut_issues(sanction, policy) + _order_issues(sanction)
    if len(sanction.note) > NOTE_MAX:
        issues.append(ValidationIssue("note", "too_long", _("At most {limit} characters.").format(limit=NOTE_MAX)))
    return ValidationReport(tuple(issues))


def validate_proposal(sanction: Sanction, *, policy: DisciplinePolicy) -> ValidationReport:
    """A proposal has everything but its order: the breach, the sanction and its cut are checked."""
    issues = _breach_issues(sanction, policy) + _cut_issues(sanction, policy)
    if len(sanction.note) > NOTE_MAX:
        issues.append(ValidationIssue("note", "too_long", _("At most {limit} characters.").format(limit=NOTE_MAX)))
    return ValidationReport(tuple(issues))


def _reason_report(field: str, reason: str, missing: str) -> ValidationReport:
    if not reason.strip():
        return ValidationReport((ValidationIssue(field, "required", missing),))
    if len(reason) > NOTE_MAX:
        message = _("At most {limit} characters.").format(limit=NOTE_MAX)
        return ValidationReport((ValidationIssue(field, "too_long", message),))
    return ValidationReport()


def validate_annulment(reason: str) -> ValidationReport:
    """An annulment must say why the entry was a mistake."""
    return _reason_report("annul_reason", reason, _("Say why the entry is annulled."))


def validate_rejection(reason: str) -> ValidationReport:
    """The chief's refusal of a proposal is kept with its reason."""
    return _reason_report("reject_reason", reason, _("Say why the proposal is rejected."))


def _ceiling_issues(policy: DisciplinePolicy) -> list[ValidationIssue]:
    issues = []
    if not 1 <= policy.max_cut_percent <= LAW_MAX_CUT_PERCENT:
        message = _("The law allows a salary cut of 1 to {limit} percent; an office cannot raise it.")
        issues.append(ValidationIssue("max_cut_percent", "law", message.format(limit=LAW_MAX_CUT_PERCENT)))
    if not 1 <= policy.max_cut_months <= LAW_MAX_CUT_MONTHS:
        message = _("The law allows a salary cut for 1 to {limit} months; an office cannot raise it.")
        issues.append(ValidationIssue("max_cut_months", "law", message.format(limit=LAW_MAX_CUT_MONTHS)))
    for name, months in (("warning_months", policy.warning_months), ("dismissal_months", policy.dismissal_months)):
        if not 1 <= months <= PERIOD_MONTHS_MAX:
            message = _("Enter from 1 to {limit} months.").format(limit=PERIOD_MONTHS_MAX)
            issues.append(ValidationIssue(name, "range", message))
    return issues


def _breach_list_issues(breaches: tuple[BreachClause, ...]) -> list[ValidationIssue]:
    if not breaches:
        return [ValidationIssue("breaches", "empty", _("The list needs at least one breach."))]
    codes = [b.code for b in breaches]
    for index, breach in enumerate(breaches, start=1):
        problem = _breach_problem(breach, duplicate=codes.count(breach.code) > 1)
        if problem:
            message = _("Breach {row}: {problem}").format(row=index, problem=problem)
            return [ValidationIssue("breaches", "breach", message)]
    return []


def _breach_problem(breach: BreachClause, *, duplicate: bool) -> str:
    if not breach.code.strip() or not breach.text.strip():
        return _("enter both the clause and the wording.")
    if breach.code == OTHER_BREACH:
        return _("“{code}” is kept for breaches typed by hand.").format(code=OTHER_BREACH)
    if duplicate:
        return _("the clause {code} is listed twice.").format(code=breach.code)
    if len(breach.code) > BREACH_CODE_MAX or len(breach.text) > BREACH_TEXT_MAX:
        return _("the clause has at most {code} and the wording {text} characters.").format(
            code=BREACH_CODE_MAX, text=BREACH_TEXT_MAX
        )
    return ""


def validate_discipline_policy(policy: DisciplinePolicy) -> ValidationReport:
    """The office's discipline settings: ceilings within the law, positive periods, a clean breach list."""
    return ValidationReport(tuple(_ceiling_issues(policy) + _breach_list_issues(policy.breaches)))
