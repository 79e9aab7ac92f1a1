"""Checks on the office's edited catalogue of payment and award kinds before it is stored.

Every issue is on the field ``kinds`` and starts with the kind's code, so the settings table
can say which row is wrong; the codes themselves are the regulation's and never change, since
recorded payments and the "due soon" list refer to them.
"""

from __future__ import annotations

from core.i18n import _
from core.payments.catalogue import OFFICE_KINDS, PaymentKind, PaymentPolicy
from core.payments.money import format_tugrik
from core.validation import ValidationIssue, ValidationReport

#: The largest sum or ceiling an office may set for a kind (a typo guard above any clause).
KIND_AMOUNT_MAX = 100_000_000
#: A share of the base salary may be from 1 % to ten salaries.
PERCENT_MIN, PERCENT_MAX = 1, 1000
#: The longest clause number and wording kept, as for the breach list.
KIND_CLAUSE_MAX = 20
KIND_TEXT_MAX = 500
FIELD = "kinds"


def _issue(kind: PaymentKind, code: str, message: str) -> ValidationIssue:
    return ValidationIssue(FIELD, code, f"{kind.code}: {message}")


def _wording_issues(kind: PaymentKind) -> list[ValidationIssue]:
    issues = []
    if not kind.clause.strip():
        issues.append(_issue(kind, "clause_required", _("Enter the clause number.")))
    elif len(kind.clause) > KIND_CLAUSE_MAX:
        issues.append(_issue(kind, "too_long", _("At most {limit} characters.").format(limit=KIND_CLAUSE_MAX)))
    if not kind.text.strip():
        issues.append(_issue(kind, "text_required", _("Enter the regulation's wording.")))
    elif len(kind.text) > KIND_TEXT_MAX:
        issues.append(_issue(kind, "too_long", _("At most {limit} characters.").format(limit=KIND_TEXT_MAX)))
    return issues


def _percent_ok(value: int | None) -> bool:
    return value is None or PERCENT_MIN <= value <= PERCENT_MAX


def _money_issues(kind: PaymentKind) -> list[ValidationIssue]:
    issues = []
    if kind.amount is not None and not 0 < kind.amount <= KIND_AMOUNT_MAX:
        message = _("The sum must be a whole number of tögrög from 1 to {limit}.").format(
            limit=format_tugrik(KIND_AMOUNT_MAX)
        )
        issues.append(_issue(kind, "amount_range", message))
    if not (_percent_ok(kind.salary_percent) and _percent_ok(kind.default_percent)):
        message = _("A share of the base salary must be from {low} to {high} percent.").format(
            low=PERCENT_MIN, high=PERCENT_MAX
        )
        issues.append(_issue(kind, "percent_range", message))
    elif kind.default_percent is not None and (kind.salary_percent or 0) < kind.default_percent:
        message = _("The usual share cannot be above the ceiling share of the base salary.")
        issues.append(_issue(kind, "default_over_ceiling", message))
    if kind.amount is not None and kind.salary_percent is not None:
        message = _("Give either a sum or a share of the base salary, not both.")
        issues.append(_issue(kind, "amount_and_percent", message))
    if not kind.monetary and (kind.amount is not None or kind.salary_percent is not None):
        issues.append(_issue(kind, "not_monetary", _("This award carries no sum of money.")))
    return issues


def validate_payment_policy(policy: PaymentPolicy) -> ValidationReport:
    """Every problem with the catalogue: a sum or share out of range, a wording missing, a kind
    needing a relative left without one, a code that is not the regulation's."""
    shipped = {kind.code for kind in OFFICE_KINDS}
    codes = [kind.code for kind in policy.kinds]
    issues = []
    if sorted(codes) != sorted(shipped):
        message = _("The kinds must be the regulation's, each once.")
        issues.append(ValidationIssue(FIELD, "codes", message))
    for kind in policy.kinds:
        issues += _wording_issues(kind) + _money_issues(kind)
        if kind.needs_family and not kind.relations:
            issues.append(_issue(kind, "relations", _("This kind is paid for a relative: keep at least one.")))
    return ValidationReport(tuple(issues))
