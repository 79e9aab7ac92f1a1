"""The life of a slip after the draft: printed (numbered), signed, closed on return, or voided.

Numbers are gap-free per year (reliability.md §3.1): the counter is advanced in the same
transaction as the print record, so a failure anywhere before ``commit()`` (including the
renderer, when the caller passes one) gives the number back. A numbered slip is never
edited or deleted: a mistake is voided with a reason, and every later print is a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from core.documents.models import SlipDocument
from core.i18n import _
from core.leave.entities import (
    SLIP_STATUS_LABELS,
    DocumentForm,
    LeaveKind,
    LeaveSlip,
    SlipNumber,
    SlipPrint,
    SlipStatus,
)
from core.leave.validation import slip_form_refusal, validate_leave_slip, validate_printable, validate_return
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.services.leave_documents import build_slip_document
from core.services.leave_facts import (
    LeaveContext,
    SlipFacts,
    employee_issues,
    load_context,
    require_slip,
    slip_facts,
    with_officials,
)
from core.services.vacation_leave import vacation_check
from core.text import clean
from core.validation import ValidationError, ValidationIssue, ValidationReport

#: Called with the worded slip inside the printing transaction; if it raises, nothing is recorded.
Renderer = Callable[[SlipDocument], None]


@dataclass(frozen=True, slots=True)
class PrintResult:
    """The slip as recorded after printing, and the document that was (or is to be) printed."""

    slip: LeaveSlip
    document: SlipDocument
    is_copy: bool


def _check_draft(uow: UnitOfWork, ctx: LeaveContext, facts: SlipFacts, *, form: DocumentForm) -> None:
    """The draft still passes section 6 (another slip may overlap it since) and has the right form."""
    slip, policy = facts.slip, ctx.leave.policy
    overlaps = uow.leave_slips.overlapping(slip.employee_id, slip.starts_at, slip.ends_at, exclude_id=slip.id)
    report = validate_leave_slip(slip, decision=facts.decision, overlaps=overlaps, policy=policy)
    vacation = vacation_check(uow, ctx, facts)[1] if slip.kind is LeaveKind.VACATION else ()
    report = ValidationReport(employee_issues(facts.employee) + report.issues + vacation)
    if form is DocumentForm.SLIP:
        report = ValidationReport(
            report.issues + validate_printable(slip, decision=facts.decision, policy=policy).issues
        )
    elif (refusal := slip_form_refusal(facts.decision, policy)) is not None:
        raise RefusedError(refusal)
    if not report.is_valid:
        raise ValidationError(report)


def _issued(facts: SlipFacts) -> LeaveSlip:
    """The slip leaving the draft state, with the post, unit and officials it will always print."""
    unit = facts.unit.name if facts.unit else ""
    return replace(with_officials(facts), position_title=facts.position_title, department_name=unit)


def _print_in(uow: UnitOfWork, slip: LeaveSlip, now: datetime, render: Renderer | None) -> PrintResult:
    ctx = load_context(uow)
    facts = slip_facts(uow, ctx, slip)
    is_copy = slip.status is not SlipStatus.DRAFT
    if is_copy:
        if slip.number is None:
            raise RefusedError(
                _("This leave was given by order {order}; it has no slip to print.").format(
                    order=slip.order_number or "-"
                )
            )
        slip = replace(facts.slip, print_count=slip.print_count + 1)
    else:
        _check_draft(uow, ctx, facts, form=DocumentForm.SLIP)
        number = uow.slip_counters.next_number(now.year)
        slip = replace(_issued(facts), status=SlipStatus.PRINTED, number=number, printed_on=now.date(), print_count=1)
    assert slip.id is not None
    uow.leave_slips.update(slip)
    uow.slip_prints.add(SlipPrint(slip.id, now, is_copy))
    document = build_slip_document(ctx, replace(facts, slip=slip), copy=is_copy)
    if render is not None:
        render(document)
    uow.commit()
    return PrintResult(slip, document, is_copy)


def print_slip(uow: UnitOfWork, slip_id: int, *, now: datetime, render: Renderer | None = None) -> PrintResult:
    """Print a slip: a draft gets the next number of *now*'s year; any later print is a copy.

    Args:
        uow: A fresh unit of work.
        slip_id: The slip to print.
        now: When it is printed (the slip's date, and the print record).
        render: Writes the document (PDF, printer) before the transaction commits, so a
            failed print takes no number. Without it the caller renders ``result.document``.

    Returns:
        The recorded slip and its document, marked ХУУЛБАР on a reprint and ХҮЧИНГҮЙ if void.

    Raises:
        ValidationError: The draft breaks a rule, is given by order (6.5) or lacks the
            chief's pay decision (6.6).
        RefusedError: An order-form leave has no slip to reprint.
        NotFoundError: No such slip.
    """
    with uow:
        return _print_in(uow, require_slip(uow, slip_id), now, render)


def reprint_slip(uow: UnitOfWork, number: SlipNumber, *, now: datetime, render: Renderer | None = None) -> PrintResult:
    """Print a copy of the slip with *number* (the command line's ``print leave-slip``).

    Raises:
        NotFoundError: No slip has that number (a draft has none until it is first printed).
    """
    with uow:
        slip = uow.leave_slips.by_number(number)
        if slip is None:
            raise NotFoundError(
                _(
                    "There is no slip numbered {number}. A draft has no number until it is printed "
                    "from the leave slips screen."
                ).format(number=number)
            )
        return _print_in(uow, slip, now, render)


def _require_status(slip: LeaveSlip, *allowed: SlipStatus) -> None:
    if slip.status not in allowed:
        raise RefusedError(
            _("This cannot be done to a slip whose status is {status}.").format(
                status=_(SLIP_STATUS_LABELS[slip.status])
            )
        )


def sign_slip(uow: UnitOfWork, slip_id: int, *, signed_on: date, signed_by: str = "") -> LeaveSlip:
    """Record that the printed slip came back signed; the approver's name unless another is given.

    Raises:
        RefusedError: The slip is not printed (or already signed, closed, void).
        ValidationError: The signing date is before the printing date.
    """
    with uow:
        ctx = load_context(uow)
        facts = slip_facts(uow, ctx, require_slip(uow, slip_id))
        slip = facts.slip
        _require_status(slip, SlipStatus.PRINTED)
        if slip.printed_on is not None and signed_on < slip.printed_on:
            raise _error("signed_on", _("The slip cannot be signed before it was printed."))
        signed = replace(
            slip, status=SlipStatus.SIGNED, signed_on=signed_on, signed_by=clean(signed_by) or facts.approving.name
        )
        uow.leave_slips.update(signed)
        uow.commit()
    return signed


def record_order(
    uow: UnitOfWork, slip_id: int, *, order_number: str, signed_on: date, signed_by: str = ""
) -> LeaveSlip:
    """Record the signed order that gave an order-form leave (6.5); it then counts as signed.

    Raises:
        RefusedError: The leave is given on a slip, or is no longer a draft.
        ValidationError: No order number, a rule refuses the leave, or the pay decision is missing (6.6).
    """
    with uow:
        ctx = load_context(uow)
        facts = slip_facts(uow, ctx, require_slip(uow, slip_id))
        _require_status(facts.slip, SlipStatus.DRAFT)
        _check_draft(uow, ctx, facts, form=DocumentForm.ORDER)
        if not clean(order_number):
            raise _error("order_number", _("Enter the number of the chief's order."))
        if facts.slip.pay is None:
            raise _error(
                "pay",
                _("Record the chief's decision on pay (regulation {clause}).").format(
                    clause=ctx.leave.policy.pay_clause
                ),
            )
        signed = replace(
            _issued(facts),
            status=SlipStatus.SIGNED,
            order_number=clean(order_number),
            signed_on=signed_on,
            printed_on=signed_on,
            signed_by=clean(signed_by) or facts.approving.name,
        )
        uow.leave_slips.update(signed)
        uow.commit()
    return signed


def void_slip(uow: UnitOfWork, slip_id: int, *, reason: str) -> LeaveSlip:
    """Void a printed or signed slip; its number stays, marked void, and a new slip is made.

    Raises:
        RefusedError: A draft (delete it instead), a closed or an already void slip.
        ValidationError: No reason given.
    """
    with uow:
        slip = require_slip(uow, slip_id)
        if slip.status is SlipStatus.DRAFT:
            raise RefusedError(_("A draft has no number to void; delete it instead."))
        _require_status(slip, SlipStatus.PRINTED, SlipStatus.SIGNED)
        if not clean(reason):
            raise _error("void_reason", _("Write why the slip is void."))
        voided = replace(slip, status=SlipStatus.VOIDED, void_reason=clean(reason))
        uow.leave_slips.update(voided)
        uow.commit()
    return voided


def record_return(uow: UnitOfWork, slip_id: int, *, returned_at: datetime) -> LeaveSlip:
    """Close a signed leave on the employee's return; working time past the end is absence (6.9).

    Raises:
        RefusedError: The leave is not signed (or already closed, or void).
        ValidationError: The return is before the leave's start.
    """
    with uow:
        ctx = load_context(uow)
        slip = require_slip(uow, slip_id)
        _require_status(slip, SlipStatus.SIGNED)
        report = validate_return(slip, returned_at)
        if not report.is_valid:
            raise ValidationError(report)
        overrun = ctx.calendar.working_minutes(slip.ends_at, returned_at)
        closed = replace(slip, status=SlipStatus.CLOSED, returned_at=returned_at, overrun_minutes=overrun)
        uow.leave_slips.update(closed)
        uow.commit()
    return closed


def _error(field: str, message: str) -> ValidationError:
    return ValidationError(ValidationReport((ValidationIssue(field, "required", message),)))
