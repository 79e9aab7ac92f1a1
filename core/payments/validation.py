"""Checks on a payment or a family member before they are recorded; each issue names its field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from core.discipline.entities import Sanction
from core.discipline.rules import blocks_award
from core.i18n import _
from core.payments.catalogue import PaymentKind, PaymentPolicy
from core.payments.entities import Payment
from core.payments.family import RELATION_LABELS, FamilyMember
from core.payments.money import format_tugrik
from core.payments.rules import ceiling, repeat_refusal
from core.registration import RegistrationNumberError, parse_registration_number
from core.validation import NAME_MAX, NOTE_MAX, ORDER_NUMBER_MAX, ValidationIssue, ValidationReport

#: A relative's full name ("Болдын Сараа"): two names.
FAMILY_NAME_MAX = 2 * NAME_MAX
#: The largest sum a form accepts (a typo guard, far above any clause of 10.7 or 12).
AMOUNT_MAX = 1_000_000_000


def not_offered(kind: PaymentKind) -> ValidationIssue:
    """A kind the office dropped: still proposed by the "due soon" list, refused where it is chosen."""
    message = _("Regulation {clause}: the office no longer gives this kind (payment settings).")
    return ValidationIssue("kind_code", "not_offered", message.format(clause=kind.clause))


def _too_long(field: str, limit: int) -> ValidationIssue:
    return ValidationIssue(field, "too_long", _("At most {limit} characters.").format(limit=limit))


def _amount_issues(payment: Payment, kind: PaymentKind) -> list[ValidationIssue]:
    if not kind.monetary:
        if payment.amount is not None:
            return [ValidationIssue("amount", "not_monetary", _("This award carries no sum of money."))]
        return []
    issues = []
    salary = payment.base_salary
    if kind.salary_based and not salary:
        issues.append(ValidationIssue("base_salary", "required", _("Enter the base salary the sum is counted from.")))
    elif salary is not None and not 0 < salary <= AMOUNT_MAX:
        issues.append(ValidationIssue("base_salary", "range", _("Enter a positive sum in tögrög.")))
    amount = payment.amount
    limit = ceiling(kind, salary)
    if amount is None or not 0 < amount <= AMOUNT_MAX:
        issues.append(ValidationIssue("amount", "required", _("Enter a positive sum in tögrög.")))
    elif limit is not None and amount > limit:
        message = _("Regulation {clause}: at most {limit}.").format(clause=kind.clause, limit=format_tugrik(limit))
        issues.append(ValidationIssue("amount", "over_ceiling", message))
    return issues


def _family_issues(payment: Payment, kind: PaymentKind, member: FamilyMember | None) -> list[ValidationIssue]:
    if member is None:
        if kind.needs_family:
            relations = ", ".join(_(RELATION_LABELS[r]) for r in kind.relations)
            message = _("Regulation {clause}: name the relative ({relations}).").format(
                clause=kind.clause, relations=relations
            )
            return [ValidationIssue("family_member_id", "required", message)]
        return []
    if member.employee_id != payment.employee_id:
        return [ValidationIssue("family_member_id", "other_employee", _("This relative is another employee's."))]
    if member.relation not in kind.relations:
        message = _("Regulation {clause} is not paid for a relative who is a {relation}.").format(
            clause=kind.clause, relation=_(RELATION_LABELS[member.relation]).lower()
        )
        return [ValidationIssue("family_member_id", "relation", message)]
    return []


def _order_issues(payment: Payment) -> list[ValidationIssue]:
    issues = []
    if not payment.order_number.strip():
        issues.append(ValidationIssue("order_number", "required", _("Enter the order number.")))
    elif len(payment.order_number) > ORDER_NUMBER_MAX:
        issues.append(_too_long("order_number", ORDER_NUMBER_MAX))
    if payment.order_date is None:
        issues.append(ValidationIssue("order_date", "required", _("Enter the order date.")))
    if len(payment.note) > NOTE_MAX:
        issues.append(_too_long("note", NOTE_MAX))
    return issues


def validate_payment(
    payment: Payment,
    *,
    policy: PaymentPolicy,
    member: FamilyMember | None = None,
    earlier: Iterable[Payment] = (),
    sanctions: Sequence[Sanction] = (),
) -> ValidationReport:
    """Every problem with *payment*: its ceiling, its relative, once a year or ever, and 12.10.

    Args:
        payment: The payment to record.
        policy: The office's catalogue of kinds.
        member: The family member the payment names, if any.
        earlier: The employee's recorded payments (annulled ones count for nothing).
        sanctions: The employee's sanctions; an award is refused while one is in force (12.10).
    """
    kind = policy.kind(payment.kind_code)
    if kind is None:
        return ValidationReport((ValidationIssue("kind_code", "unknown", _("Choose a kind from the regulation.")),))
    if not kind.offered:
        return ValidationReport((not_offered(kind),))
    issues = _amount_issues(payment, kind) + _family_issues(payment, kind, member) + _order_issues(payment)
    repeated = repeat_refusal(payment, kind, earlier)
    if repeated is not None:
        issues.append(ValidationIssue("kind_code", "repeated", repeated))
    if kind.award and payment.order_date is not None:
        blocked = blocks_award(sanctions, payment.order_date)
        if blocked is not None:
            issues.append(ValidationIssue("employee_id", "sanction_in_force", blocked))
    return ValidationReport(tuple(issues))


def validate_family_member(member: FamilyMember, *, today: date) -> ValidationReport:
    """A relative needs a name and a birth date not in the future; an РД given must match it."""
    issues = []
    if not member.name.strip():
        issues.append(ValidationIssue("name", "required", _("This field is required.")))
    elif len(member.name) > FAMILY_NAME_MAX:
        issues.append(_too_long("name", FAMILY_NAME_MAX))
    if member.birth_date > today:
        issues.append(ValidationIssue("birth_date", "future", _("The birth date cannot be in the future.")))
    if member.registration_number:
        issues.extend(_registration_issues(member))
    return ValidationReport(tuple(issues))


def _registration_issues(member: FamilyMember) -> list[ValidationIssue]:
    try:
        info = parse_registration_number(member.registration_number)
    except RegistrationNumberError as exc:
        if exc.code == "shape":
            message = _("A registration number is two Cyrillic letters and eight digits, e.g. УБ99112345.")
        else:
            message = _("The digits of this registration number do not make a real birth date.")
        return [ValidationIssue("registration_number", exc.code, message)]
    if info.birth_date != member.birth_date:
        message = _("The registration number gives the birth date {date}.").format(date=info.birth_date.isoformat())
        return [ValidationIssue("birth_date", "registration_mismatch", message)]
    return []
