"""A vacation leave read against its year: the balance before it and the art. 99 checks.

Called from the leave form's live preview and from saving, inside their unit of work, so the
form shows the same refusal that saving enforces.
"""

from __future__ import annotations

from core.ports import UnitOfWork
from core.services.leave_facts import LeaveContext, SlipFacts
from core.vacation.balance import VacationBalance, first_appointment, vacation_balance
from core.vacation.leave_rules import vacation_issues
from core.validation import ValidationIssue


def balance_before(uow: UnitOfWork, ctx: LeaveContext, facts: SlipFacts) -> VacationBalance:
    """The employee's balance for the slip's vacation year, counting every other vacation but this one.

    Planned days are not read here (the schedule is another action's); the form shows entitled,
    taken and remaining days.
    """
    slip = facts.slip
    year = slip.counted_vacation_year
    stored = uow.leave_slips.vacations(year, employee_id=slip.employee_id)
    others = [s for s in stored if slip.id is None or s.id != slip.id]
    return vacation_balance(
        ctx.vacation,
        facts.employee,
        year,
        on=slip.starts_at.date(),
        first_appointed_on=first_appointment(uow.events.for_employee(slip.employee_id)),
        slips=others,
        planned_days=0,
        minutes_per_day=ctx.leave.schedule.minutes_per_day,
    )


def vacation_check(
    uow: UnitOfWork, ctx: LeaveContext, facts: SlipFacts
) -> tuple[VacationBalance, tuple[ValidationIssue, ...]]:
    """The balance before the slip and what art. 99 says of it as a part of that year."""
    before = balance_before(uow, ctx, facts)
    issues = vacation_issues(ctx.vacation, facts.slip, before, ctx.leave.schedule.minutes_per_day)
    return before, issues
