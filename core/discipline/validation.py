"""Checks on a sanction before it is recorded; each issue names the field it belongs to."""

from __future__ import annotations

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionKind
from core.i18n import _
from core.validation import NOTE_MAX, ORDER_NUMBER_MAX, ValidationIssue, ValidationReport

#: The longest breach wording kept (the regulation's longest item is about 170 characters).
BREACH_TEXT_MAX = 500


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


def validate_annulment(reason: str) -> ValidationReport:
    """An annulment must say why the entry was a mistake."""
    if not reason.strip():
        return ValidationReport((ValidationIssue("annul_reason", "required", _("Say why the entry is annulled.")),))
    if len(reason) > NOTE_MAX:
        message = _("At most {limit} characters.").format(limit=NOTE_MAX)
        return ValidationReport((ValidationIssue("annul_reason", "too_long", message),))
    return ValidationReport()
