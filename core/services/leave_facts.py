"""What the leave use cases read inside one open unit of work, assembled once per action.

Every leave service (the form's live preview, saving, printing, the documents) asks the same
questions of a slip: how long is it in working time, what does section 6 say, who is the
applicant in the office, who approves and who recommends. :func:`slip_facts` answers them
in one place so the preview on screen and the printed slip can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from core.entities import Department, Employee, EmployeeStatus, OfficeSettings
from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.leave.entities import Approver, LeaveKind, LeaveSettings, LeaveSlip, SlipStatus
from core.leave.officials import (
    OfficeView,
    Official,
    applicant_role,
    approving_official,
    needed_employee_ids,
    recommending_official,
)
from core.leave.rules import ApplicantRole, LeaveDecision, decide_leave
from core.ports import UnitOfWork
from core.services.errors import NotFoundError
from core.text import clean
from core.units import unit_chain
from core.vacation.entitlement import VacationPolicy
from core.validation import ValidationIssue


@dataclass(frozen=True, slots=True)
class LeaveContext:
    """The office-wide records every leave rule reads."""

    settings: OfficeSettings
    leave: LeaveSettings
    calendar: WorkingCalendar
    units: dict[int, Department]
    #: The office key (``uow.signing_key``) that seals printed slips; empty seals nothing.
    signing_key: bytes = field(default=b"", repr=False)
    #: The office's vacation table (Labour Law art. 99), for vacation leaves.
    vacation: VacationPolicy = field(default_factory=VacationPolicy)


@dataclass(frozen=True, slots=True)
class SlipFacts:
    """One slip with everything the rules and documents say about it."""

    slip: LeaveSlip  # normalised: texts cleaned, working time counted (drafts), pay in force
    employee: Employee
    position_title: str
    unit: Department | None
    role: ApplicantRole
    decision: LeaveDecision
    approving: Official
    recommending: Official | None


def load_context(uow: UnitOfWork) -> LeaveContext:
    """Settings, the leave settings with the office calendar, and the units (inside ``with uow``)."""
    leave = uow.leave_settings.get()
    calendar = WorkingCalendar.with_changes(leave.schedule, uow.calendar.list())
    units = {unit.id: unit for unit in uow.departments.list() if unit.id is not None}
    return LeaveContext(uow.settings.get(), leave, calendar, units, uow.signing_key, uow.vacation_settings.get())


def normalised(slip: LeaveSlip) -> LeaveSlip:
    """Texts as they enter core: NFC, trimmed (house style 18); a vacation always names its year."""
    vacation_year = slip.counted_vacation_year if slip.kind is LeaveKind.VACATION else None
    return replace(
        slip,
        vacation_year=vacation_year,
        reason_text=clean(slip.reason_text),
        recommended_by=clean(slip.recommended_by),
        void_reason=clean(slip.void_reason),
        signed_by=clean(slip.signed_by),
        order_number=clean(slip.order_number),
    )


def require_employee(uow: UnitOfWork, employee_id: int) -> Employee:
    """The employee, or :class:`NotFoundError` (deleted meanwhile, or a bad id)."""
    employee = uow.employees.get(employee_id)
    if employee is None:
        raise NotFoundError(_("The employee is not in the records."))
    return employee


#: Statuses of people no longer in the office's service: no leave is given to them.
_GONE = (EmployeeStatus.RELEASED, EmployeeStatus.DISMISSED)


def employee_issues(employee: Employee) -> tuple[ValidationIssue, ...]:
    """A leave for someone released or dismissed is refused (shown on the employee field)."""
    if employee.status not in _GONE:
        return ()
    message = _("This employee has left the office (released or dismissed); leave cannot be given.")
    return (ValidationIssue("employee_id", "employee_left", message),)


def require_slip(uow: UnitOfWork, slip_id: int) -> LeaveSlip:
    """The slip, or :class:`NotFoundError`, so every action names the missing slip the same way."""
    slip = uow.leave_slips.get(slip_id)
    if slip is None:
        raise NotFoundError(_("The leave slip is not in the records (deleted meanwhile?)."))
    return slip


def _post(uow: UnitOfWork, ctx: LeaveContext, employee: Employee) -> tuple[str, Department | None]:
    position = uow.positions.get(employee.position_id) if employee.position_id is not None else None
    if position is None:
        return "", None
    unit = ctx.units.get(position.department_id) if position.department_id is not None else None
    return position.title, unit


def _decide(slip: LeaveSlip, role: ApplicantRole, ctx: LeaveContext) -> LeaveDecision:
    policy = ctx.leave.policy
    return decide_leave(
        minutes=slip.working_minutes,
        minutes_per_day=ctx.leave.schedule.minutes_per_day,
        kind=slip.kind,
        reason_code=slip.reason_code,
        reason_text=slip.reason_text,
        pay=slip.pay,
        applicant=role,
        policy=policy,
        vacation_clause=ctx.vacation.clause,
    )


def _counted(slip: LeaveSlip, ctx: LeaveContext) -> LeaveSlip:
    """A draft's working time from today's calendar; a printed slip keeps what it says."""
    if slip.status is not SlipStatus.DRAFT:
        return slip
    return replace(slip, working_minutes=ctx.calendar.working_minutes(slip.starts_at, slip.ends_at))


def _office_view(uow: UnitOfWork, ctx: LeaveContext, chain: list[Department]) -> OfficeView:
    assignments = uow.acting.list()
    wanted = needed_employee_ids(chain, ctx.settings, assignments)
    employees = {i: e for i in wanted if (e := uow.employees.get(i)) is not None}
    return OfficeView(ctx.settings, ctx.units, assignments, employees)


def slip_facts(uow: UnitOfWork, ctx: LeaveContext, slip: LeaveSlip) -> SlipFacts:
    """Count, decide and name the officials of *slip* (inside ``with uow``).

    The approver is whoever holds the role on the leave's first day (domain §7); the
    recommending head is named on the day of the recommendation when it is recorded. A slip
    past the draft names the officials it was first printed with (:func:`with_officials`).

    Raises:
        NotFoundError: The slip's employee is not in the records.
    """
    employee = require_employee(uow, slip.employee_id)
    position_title, unit = _post(uow, ctx, employee)
    chain = unit_chain(ctx.units, unit.id if unit else None)
    role = applicant_role(employee.id, chain, ctx.settings)
    slip = _counted(normalised(slip), ctx)
    decision = _decide(slip, role, ctx)
    if decision.automatic_pay is not None and slip.status is SlipStatus.DRAFT:
        slip = replace(slip, pay=decision.automatic_pay)  # a printed slip keeps the pay it was given
    view = _office_view(uow, ctx, chain)
    start = slip.starts_at.date()
    approving = approving_official(decision.approver, start, employee_id=employee.id, chain=chain, view=view)
    recommending = recommending_official(
        decision.approver, slip.recommended_on or start, employee_id=employee.id, chain=chain, view=view
    )
    if slip.status is not SlipStatus.DRAFT and slip.approver_title:
        approving = Official(slip.approver_title, slip.approver_name)
        recommending = Official(slip.recommender_title, slip.recommender_name) if slip.recommender_title else None
        if slip.approver_role in Approver.__members__.values():
            decision = replace(decision, approver=Approver(slip.approver_role))
    return SlipFacts(slip, employee, position_title, unit, role, decision, approving, recommending)


def with_officials(facts: SlipFacts) -> LeaveSlip:
    """The slip carrying its approver and recommending head as printed, for every later copy."""
    recommending = facts.recommending
    return replace(
        facts.slip,
        approver_role=facts.decision.approver.value,
        approver_title=facts.approving.title,
        approver_name=facts.approving.name,
        recommender_title=recommending.title if recommending else "",
        recommender_name=recommending.name if recommending else "",
    )
