"""Leave slips before printing: the form's live preview, drafts, and the slip list (section 6).

The slip form calls :func:`leave_preview` as the secretary types, and :func:`save_draft`
when she saves; both run the same rules, so what the form shows is what saving enforces.
Printing, signing and the rest of a slip's life are in :mod:`core.services.leave_lifecycle`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.leave.durations import as_days, format_duration
from core.leave.entities import (
    DocumentForm,
    LeaveKind,
    LeaveSlip,
    LeaveSlipListItem,
    PayDecision,
    SlipFilter,
    SlipStatus,
)
from core.leave.officials import Official
from core.leave.rules import ApplicantRole, LeaveDecision
from core.leave.validation import validate_leave_slip
from core.ports import UnitOfWork
from core.services.errors import RefusedError
from core.services.leave_facts import employee_issues, load_context, require_slip, slip_facts
from core.services.office import order_units
from core.services.submissions import save_once
from core.services.vacation_leave import vacation_check
from core.vacation.balance import VacationBalance
from core.validation import ValidationError, ValidationReport

#: Rows the slip list reads at a time; the list screen asks for the next page as it scrolls.
LIST_PAGE = 500


@dataclass(frozen=True, slots=True)
class LeavePreview:
    """What the slip form shows live: length, section 6's answer with clauses, and problems."""

    slip: LeaveSlip  # as it would be saved: texts cleaned, working time counted, pay in force
    duration: str  # "3 ажлын өдөр 2 цаг"
    days: float  # 3.25 working days
    decision: LeaveDecision  # approver, slip or order, automatic pay, clauses
    applicant: ApplicantRole
    approving: Official  # who signs "Зөвшөөрсөн" on the first day, acting title included
    recommending: Official | None  # the head whose recommendation 6.4 asks for, if any
    report: ValidationReport  # errors refuse saving; warnings (pay decision pending) inform
    #: For an annual vacation: the employee's balance for its year before this leave.
    vacation: VacationBalance | None = None

    @property
    def pay(self) -> PayDecision | None:
        """The pay in force: the rules' answer up to the paid limit, else the chief's decision or None."""
        return self.slip.pay

    @property
    def can_save(self) -> bool:
        """No rule refuses the draft (warnings do not stop saving)."""
        return self.report.is_valid

    @property
    def can_print(self) -> bool:
        """Saved as it is, could it be printed as a numbered slip right away?"""
        return self.can_save and self.decision.form is DocumentForm.SLIP and self.slip.pay is not None


@dataclass(frozen=True, slots=True)
class SlipPage:
    """One page of the slip list and how many slips match the filters in all."""

    items: list[LeaveSlipListItem]
    total: int


def working_calendar(uow: UnitOfWork) -> WorkingCalendar:
    """The office's working calendar: schedule, public holidays and the office's changes."""
    with uow:
        return load_context(uow).calendar


def _preview(uow: UnitOfWork, draft: LeaveSlip) -> LeavePreview:
    ctx = load_context(uow)
    facts = slip_facts(uow, ctx, draft)
    slip = facts.slip
    overlaps = uow.leave_slips.overlapping(slip.employee_id, slip.starts_at, slip.ends_at, exclude_id=slip.id)
    report = validate_leave_slip(slip, decision=facts.decision, overlaps=overlaps, policy=ctx.leave.policy)
    vacation, vacation_problems = vacation_check(uow, ctx, facts) if slip.kind is LeaveKind.VACATION else (None, ())
    report = ValidationReport(employee_issues(facts.employee) + report.issues + vacation_problems)
    per_day = ctx.leave.schedule.minutes_per_day
    return LeavePreview(
        slip,
        format_duration(slip.working_minutes, per_day),
        as_days(slip.working_minutes, per_day),
        facts.decision,
        facts.role,
        facts.approving,
        facts.recommending,
        report,
        vacation,
    )


def leave_preview(uow: UnitOfWork, draft: LeaveSlip) -> LeavePreview:
    """Section 6 applied to the form's current values, without saving anything.

    Raises:
        NotFoundError: The employee is not in the records.
    """
    with uow:
        return _preview(uow, draft)


def _editable(uow: UnitOfWork, slip: LeaveSlip) -> None:
    """Only drafts are saved here: a number, a signature or a return comes from its own action."""
    stored = require_slip(uow, slip.id) if slip.id is not None else slip
    if stored.status is SlipStatus.DRAFT and (slip.status is not SlipStatus.DRAFT or slip.number is not None):
        raise RefusedError(_("A leave is saved as a draft; it gets its number when printed."))
    if stored.status is not SlipStatus.DRAFT:
        raise RefusedError(
            _("Slip {number} has been printed and cannot be changed; void it and make a new one.").format(
                number=stored.number
            )
        )


def save_draft(uow: UnitOfWork, slip: LeaveSlip) -> LeaveSlip:
    """Create or change a draft after checking it against section 6.

    The working time is counted from the calendar and kept with the slip; the pay in force
    is stored (the rules' own answer up to the paid limit, the chief's decision beyond it).

    A new slip's form sent again (same submission id) answers with the slip it saved, as it
    is now (it may have been printed since), and saves nothing.

    Raises:
        ValidationError: A rule refuses the draft; each issue names its field and clause.
        RefusedError: The slip has been printed (a printed slip is never edited).
        NotFoundError: The employee or the slip is not in the records.
    """
    with uow:
        return save_once(
            uow,
            slip.id,
            slip.submission_id,
            find=lambda submission_id: uow.leave_slips.by_submission(submission_id),
            save=lambda: _save_checked(uow, slip),
        )


def _save_checked(uow: UnitOfWork, slip: LeaveSlip) -> LeaveSlip:
    """Inside an open unit of work: check the draft, add or update it and commit."""
    _editable(uow, slip)
    preview = _preview(uow, slip)
    if not preview.report.is_valid:
        raise ValidationError(preview.report)
    draft = preview.slip
    saved = uow.leave_slips.add(draft) if draft.id is None else uow.leave_slips.update(draft)
    uow.commit()
    return saved


def delete_draft(uow: UnitOfWork, slip_id: int) -> None:
    """Delete a draft; a slip that has a number is voided instead, never deleted.

    Raises:
        RefusedError: The slip has been printed.
    """
    with uow:
        slip = require_slip(uow, slip_id)
        if slip.status is not SlipStatus.DRAFT:
            raise RefusedError(
                _("Slip {number} has been printed and cannot be deleted; void it instead.").format(number=slip.number)
            )
        uow.leave_slips.delete(slip_id)
        uow.commit()


def get_slip(uow: UnitOfWork, slip_id: int) -> LeaveSlip:
    """The slip, for the form to show.

    Raises:
        NotFoundError: No such slip.
    """
    with uow:
        return require_slip(uow, slip_id)


def _with_subunits(uow: UnitOfWork, filters: SlipFilter) -> SlipFilter:
    """A unit chosen in the filter stands for itself and the sections inside it."""
    if not filters.department_ids:
        return filters
    chosen = set(filters.department_ids)
    for unit in order_units(uow.departments.list()):  # parents come before their children
        if unit.parent_id in chosen and unit.id is not None:
            chosen.add(unit.id)
    return replace(filters, department_ids=tuple(sorted(chosen)))


def list_slips(
    uow: UnitOfWork, filters: SlipFilter | None = None, *, limit: int | None = LIST_PAGE, offset: int = 0
) -> SlipPage:
    """A page of the slip list, newest leave first, with the number of all matching slips.

    Args:
        uow: A fresh unit of work.
        filters: Month, units (with their sections), status, kind, employee and a search
            that matches a slip number ("2026-0042", "42") or part of a name.
        limit: Rows to read; ``None`` reads all.
        offset: Rows to skip, for the next page.
    """
    with uow:
        wanted = _with_subunits(uow, filters or SlipFilter())
        items = uow.leave_slips.list_items(wanted, limit=limit, offset=offset)
        complete = limit is None or (len(items) < limit and (items or not offset))
        total = len(items) + offset if complete else uow.leave_slips.count(wanted)
    return SlipPage(items, total)
