"""Section 6 applied to one leave: who decides, slip or order, paid or not — with the clause.

Every threshold is compared in working minutes, so "1 day and 1 hour" is exactly more than
one day whatever the length of the office's working day.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from core.i18n import _
from core.leave.entities import Approver, DocumentForm, LeaveKind, PayDecision
from core.leave.policy import OTHER_REASON, LeavePolicy
from core.validation import Severity, ValidationIssue

#: Kinds of leave the chief always gives by order, whatever their length.
BY_ORDER = frozenset({LeaveKind.CHILDCARE, LeaveKind.VACATION})


class ApplicantRole(enum.StrEnum):
    """The applicant's place in the office, which moves the decision up (6.5, domain §7)."""

    EMPLOYEE = "employee"
    DEPARTMENT_HEAD = "department_head"
    CHIEF = "chief"


@dataclass(frozen=True, slots=True)
class LeaveDecision:
    """What section 6 says of one leave, each answer with the clause it comes from."""

    approver: Approver
    form: DocumentForm
    #: The pay the rules give by themselves; None when the chief must decide (6.6).
    automatic_pay: PayDecision | None
    approver_clause: str
    pay_clause: str
    issues: tuple[ValidationIssue, ...] = ()

    @property
    def needs_pay_decision(self) -> bool:
        """Beyond the paid limit the chief decides (6.6); the slip waits for that decision."""
        return self.automatic_pay is None

    @property
    def is_allowed(self) -> bool:
        """No error among the issues (a pending pay decision is not an error)."""
        return not any(issue.severity is Severity.ERROR for issue in self.issues)


def _approver(role: ApplicantRole, minutes: int, limit_minutes: int, kind: LeaveKind) -> Approver:
    if role is ApplicantRole.CHIEF:
        return Approver.SUPERIOR
    if role is ApplicantRole.DEPARTMENT_HEAD or kind in BY_ORDER or minutes > limit_minutes:
        return Approver.CHIEF
    return Approver.DEPARTMENT_HEAD


def _pay_issues(
    minutes: int, per_day: int, pay: PayDecision | None, reason_code: str, policy: LeavePolicy
) -> list[ValidationIssue]:
    if pay is not PayDecision.PAID:
        return []
    clause = policy.pay_clause
    if minutes > policy.extended_paid_up_to_days * per_day:
        return [
            ValidationIssue(
                "pay",
                "paid_over_limit",
                _(
                    "At most {days:g} days of leave can be paid (regulation {clause}); "
                    "record it as unpaid or shorten it."
                ).format(days=policy.extended_paid_up_to_days, clause=clause),
            )
        ]
    reason = policy.reason(reason_code)
    if policy.paid_beyond_limit_needs_listed_reason and not (reason and reason.extended_pay):
        return [
            ValidationIssue(
                "pay",
                "paid_reason",
                _(
                    "Leave longer than {days:g} days is paid only for the reasons regulation {clause} lists "
                    "(long treatment or care, disasters, training, work abroad)."
                ).format(days=policy.paid_up_to_days, clause=clause),
            )
        ]
    return []


def _reason_issues(kind: LeaveKind, reason_code: str, reason_text: str, policy: LeavePolicy) -> list[ValidationIssue]:
    if kind in BY_ORDER:
        return []
    if policy.reason(reason_code) is None:
        return [
            ValidationIssue(
                "reason_code",
                "unknown",
                _("Choose the reason for the leave from the list of regulation {clause}.").format(
                    clause=policy.reasons_clause
                ),
            )
        ]
    if reason_code == OTHER_REASON and not reason_text.strip():
        return [
            ValidationIssue(
                "reason_text",
                "required",
                _("Describe the reason: leave is given for a justified reason (regulation {clause}).").format(
                    clause=policy.recommendation_clause
                ),
            )
        ]
    return []


def decide_leave(
    *,
    minutes: int,
    minutes_per_day: int,
    kind: LeaveKind,
    reason_code: str,
    reason_text: str = "",
    pay: PayDecision | None,
    applicant: ApplicantRole,
    policy: LeavePolicy,
    vacation_clause: str = "6.11",
) -> LeaveDecision:
    """What section 6 says of a leave of *minutes* working minutes.

    Args:
        vacation_clause: The regulation's clause on annual vacation (the office's vacation
            table), cited for who decides and for pay of a vacation.
    """
    issues: list[ValidationIssue] = []
    if minutes <= 0:
        issues.append(
            ValidationIssue(
                "ends_at",
                "no_working_time",
                _("The period holds no working time (weekend, holiday or outside working hours)."),
            )
        )
    head_limit = round(policy.head_decides_up_to_days * minutes_per_day)
    order_limit = round(policy.order_from_days * minutes_per_day)
    approver = _approver(applicant, minutes, head_limit, kind)
    form = DocumentForm.ORDER if kind in BY_ORDER or minutes >= order_limit else DocumentForm.SLIP
    issues += _reason_issues(kind, reason_code, reason_text, policy)
    if kind is LeaveKind.CHILDCARE:
        # Childcare leave is paid by social insurance, not from the office's payroll (Labour Law 102–106).
        return LeaveDecision(
            approver, form, PayDecision.UNPAID, policy.decision_clause, policy.childcare_clause, tuple(issues)
        )
    if kind is LeaveKind.VACATION:
        # Annual vacation is paid vacation pay by law (Labour Law art. 99); the chief orders it (6.11).
        return LeaveDecision(approver, form, PayDecision.PAID, vacation_clause, vacation_clause, tuple(issues))
    automatic = PayDecision.PAID if minutes <= policy.paid_up_to_days * minutes_per_day else None
    if automatic is None:
        issues += _pay_issues(minutes, minutes_per_day, pay, reason_code, policy)
    return LeaveDecision(approver, form, automatic, policy.decision_clause, policy.pay_clause, tuple(issues))
