"""Validation of leave records: the slip, the office calendar and the leave settings.

Kept beside the leave rules rather than in :mod:`core.validation` because every check here
reads the leave policy; the report types are the shared ones, so forms show these issues
exactly like the employee form's. Each refusal names its clause of the regulation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from core.i18n import _
from core.leave.entities import CalendarChange, DocumentForm, LeaveSettings, LeaveSlip, WorkSchedule, minute_of_day
from core.leave.policy import LeavePolicy
from core.leave.rules import LeaveDecision
from core.validation import NOTE_MAX, TITLE_MAX, Severity, ValidationIssue, ValidationReport

#: The longest leave Tamga accepts in one record (childcare leave runs up to three years).
MAX_LEAVE_DAYS = 3 * 366 + 1
CLAUSE_MAX = 20


def slip_label(slip: LeaveSlip) -> str:
    """The slip's number, or "draft" for one not printed yet (as refusals name it)."""
    return str(slip.number) if slip.number is not None else _("draft")


def _period_issues(slip: LeaveSlip) -> list[ValidationIssue]:
    if slip.ends_at <= slip.starts_at:
        return [ValidationIssue("ends_at", "order", _("The leave must end after it starts."))]
    if (slip.ends_at - slip.starts_at).days > MAX_LEAVE_DAYS:
        return [ValidationIssue("ends_at", "too_long", _("The leave is longer than three years; check the dates."))]
    return []


def _text_issues(slip: LeaveSlip) -> list[ValidationIssue]:
    issues = []
    if len(slip.reason_text) > NOTE_MAX:
        issues.append(ValidationIssue("reason_text", "too_long", _("The reason is too long.")))
    if len(slip.recommended_by) > TITLE_MAX:
        issues.append(ValidationIssue("recommended_by", "too_long", _("The name is too long.")))
    return issues


def _overlap_issues(overlaps: Iterable[LeaveSlip]) -> list[ValidationIssue]:
    return [
        ValidationIssue(
            "starts_at",
            "overlap",
            _(
                "The employee already has leave {number} from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}; "
                "one person's leaves cannot overlap."
            ).format(number=slip_label(other), start=other.starts_at, end=other.ends_at),
        )
        for other in overlaps
    ]


def _pay_warning(decision: LeaveDecision, slip: LeaveSlip, policy: LeavePolicy) -> list[ValidationIssue]:
    if not decision.needs_pay_decision or slip.pay is not None:
        return []
    return [
        ValidationIssue(
            "pay",
            "needs_decision",
            _(
                "Leave longer than {days:g} days is paid or unpaid as the chief decides (regulation {clause}); "
                "record the decision before printing."
            ).format(days=policy.paid_up_to_days, clause=policy.pay_clause),
            Severity.WARNING,
        )
    ]


def validate_leave_slip(
    slip: LeaveSlip, *, decision: LeaveDecision, overlaps: Sequence[LeaveSlip], policy: LeavePolicy
) -> ValidationReport:
    """Everything wrong with *slip* as a draft: period, texts, section 6, overlaps.

    Args:
        slip: The draft, with ``working_minutes`` already counted.
        decision: What section 6 says of it (:func:`core.leave.rules.decide_leave`).
        overlaps: The employee's other non-void leaves whose period meets this one's.
        policy: The office's section 6, for the clause numbers in messages.
    """
    period = _period_issues(slip)
    if period:  # a reversed period makes every other message about it misleading
        return ValidationReport(tuple(period))
    issues = [*_text_issues(slip), *decision.issues, *_overlap_issues(overlaps), *_pay_warning(decision, slip, policy)]
    return ValidationReport(tuple(issues))


def slip_form_refusal(decision: LeaveDecision, policy: LeavePolicy) -> str | None:
    """Why an order cannot be made for a leave that 6.5 gives on a slip; None when it is an order."""
    if decision.form is DocumentForm.ORDER:
        return None
    return _("This leave is given on a slip, not by order (regulation {clause}); print the slip.").format(
        clause=policy.decision_clause
    )


def validate_printable(slip: LeaveSlip, *, decision: LeaveDecision, policy: LeavePolicy) -> ValidationReport:
    """What keeps a valid draft from being printed as a numbered slip (6.5, 6.6)."""
    issues = []
    if decision.form is DocumentForm.ORDER:
        issues.append(
            ValidationIssue(
                "form",
                "order_form",
                _(
                    "This leave is given by the chief's order, not on a slip (regulation {clause}); "
                    "print the draft order instead."
                ).format(clause=policy.decision_clause),
            )
        )
    if slip.pay is None:
        issues.append(
            ValidationIssue(
                "pay",
                "needs_decision",
                _("Record the chief's decision on pay before printing (regulation {clause}).").format(
                    clause=policy.pay_clause
                ),
            )
        )
    return ValidationReport(tuple(issues))


def validate_calendar_change(change: CalendarChange, *, others: Iterable[CalendarChange]) -> ValidationReport:
    """A change of the office calendar: one per day, with a decision of reasonable length."""
    issues = []
    if any(other.day == change.day and other.id != change.id for other in others):
        issues.append(ValidationIssue("day", "duplicate", _("The calendar already has a change for this day.")))
    if len(change.decision) > TITLE_MAX:
        issues.append(ValidationIssue("decision", "too_long", _("The decision text is too long.")))
    return ValidationReport(tuple(issues))


def _schedule_issues(schedule: WorkSchedule) -> list[ValidationIssue]:
    times = [
        minute_of_day(t) for t in (schedule.day_starts, schedule.lunch_starts, schedule.lunch_ends, schedule.day_ends)
    ]
    if not (times[0] <= times[1] <= times[2] <= times[3]) or times[0] == times[3]:
        return [
            ValidationIssue(
                "day_ends",
                "order",
                _("The working day must start before lunch, and lunch must end before the day ends (regulation 6.1)."),
            )
        ]
    if schedule.minutes_per_day <= 0:
        return [ValidationIssue("day_ends", "empty", _("The working day holds no working time (regulation 6.1)."))]
    return []


def _threshold_issues(policy: LeavePolicy) -> list[ValidationIssue]:
    issues = []
    numbers = {
        "head_decides_up_to_days": policy.head_decides_up_to_days,
        "order_from_days": policy.order_from_days,
        "paid_up_to_days": policy.paid_up_to_days,
        "extended_paid_up_to_days": policy.extended_paid_up_to_days,
    }
    for name, value in numbers.items():
        if not 0 < value <= MAX_LEAVE_DAYS:
            issues.append(ValidationIssue(name, "positive", _("Enter a positive number of days.")))
    if policy.head_decides_up_to_days > policy.order_from_days:
        issues.append(
            ValidationIssue(
                "head_decides_up_to_days",
                "order",
                _(
                    "The head's limit cannot be above the length that needs the chief's order (regulation {clause})."
                ).format(clause=policy.decision_clause),
            )
        )
    if policy.paid_up_to_days > policy.extended_paid_up_to_days:
        issues.append(
            ValidationIssue(
                "paid_up_to_days",
                "order",
                _("The paid limit cannot be above the limit for the reasons of regulation {clause}.").format(
                    clause=policy.pay_clause
                ),
            )
        )
    return issues


def _clause_issues(policy: LeavePolicy) -> list[ValidationIssue]:
    clauses = {
        "decision_clause": policy.decision_clause,
        "pay_clause": policy.pay_clause,
        "recommendation_clause": policy.recommendation_clause,
        "reasons_clause": policy.reasons_clause,
        "childcare_clause": policy.childcare_clause,
        "overrun_clause": policy.overrun_clause,
        "register_clause": policy.register_clause,
    }
    return clause_issues(clauses, _("Write the clause number, e.g. 6.5."))


def clause_issues(clauses: Mapping[str, str], message: str) -> list[ValidationIssue]:
    """Each clause a setting cites is printed on documents: a short number ending in a digit ("6.3", "13.3.1.3")."""
    return [
        ValidationIssue(name, "clause", message)
        for name, value in clauses.items()
        if not value.strip() or len(value) > CLAUSE_MAX or not value.strip()[-1].isdigit()
    ]


def _reason_issues(policy: LeavePolicy) -> list[ValidationIssue]:
    codes = [reason.code for reason in policy.reasons]
    if not codes or len(set(codes)) != len(codes):
        return [ValidationIssue("reasons", "duplicate", _("Each reason needs its own clause number."))]
    if any(not reason.printed.strip() or len(reason.printed) > TITLE_MAX for reason in policy.reasons):
        return [ValidationIssue("reasons", "printed", _("Each reason needs the words printed on the slip."))]
    if any(len(reason.code) > CLAUSE_MAX for reason in policy.reasons):
        return [ValidationIssue("reasons", "code", _("A reason's clause number is too long."))]
    return []


def validate_leave_settings(settings: LeaveSettings) -> ValidationReport:
    """The working day is ordered, limits are positive and in order, clauses are written."""
    policy = settings.policy
    issues = [
        *_schedule_issues(settings.schedule),
        *_threshold_issues(policy),
        *_clause_issues(policy),
        *_reason_issues(policy),
    ]
    return ValidationReport(tuple(issues))


def validate_return(slip: LeaveSlip, returned_at: datetime) -> ValidationReport:
    """A return cannot be recorded before the leave began."""
    if returned_at <= slip.starts_at:
        return ValidationReport(
            (ValidationIssue("returned_at", "order", _("The return cannot be before the leave starts.")),)
        )
    return ValidationReport()
