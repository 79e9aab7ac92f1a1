"""Vacation balances: entitlement, taken, planned and remaining days per employee and year.

The whole office's balances come from four reads (the table, the employees, their first
appointments, the year's vacations) whatever its size, so the list of 500 balances stays
within the 200 ms the issue asks for.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from core.entities import EmployeeStatus
from core.leave.entities import LeaveSlip
from core.ports import UnitOfWork
from core.services.leave_facts import require_employee
from core.services.vacation_schedule import planned_days
from core.vacation.balance import VacationBalance, first_appointment
from core.vacation.balance import vacation_balance as balance_of


def vacation_balance(uow: UnitOfWork, employee_id: int, year: int, *, on: date | None = None) -> VacationBalance:
    """One employee's balance for *year*, the entitlement counted on *on* (today by default).

    Raises:
        NotFoundError: The employee is not in the records.
    """
    planned = planned_days(uow, year).get(employee_id, 0)
    with uow:
        employee = require_employee(uow, employee_id)
        return balance_of(
            uow.vacation_settings.get(),
            employee,
            year,
            on=on or date.today(),
            first_appointed_on=first_appointment(uow.events.for_employee(employee_id)),
            slips=uow.leave_slips.vacations(year, employee_id=employee_id),
            planned_days=planned,
            minutes_per_day=uow.leave_settings.get().schedule.minutes_per_day,
        )


def vacation_balances(uow: UnitOfWork, year: int, *, on: date | None = None) -> list[VacationBalance]:
    """The balances of every working employee for *year*, in the order of the employee ids."""
    planned = planned_days(uow, year)
    with uow:
        policy = uow.vacation_settings.get()
        per_day = uow.leave_settings.get().schedule.minutes_per_day
        employees = uow.employees.list(status=EmployeeStatus.ACTIVE)
        firsts = uow.events.first_appointments()
        slips: dict[int, list[LeaveSlip]] = defaultdict(list)
        for slip in uow.leave_slips.vacations(year):
            slips[slip.employee_id].append(slip)
    day = on or date.today()
    return [
        balance_of(
            policy,
            employee,
            year,
            on=day,
            first_appointed_on=firsts.get(employee.id),
            slips=slips.get(employee.id, ()),
            planned_days=planned.get(employee.id, 0),
            minutes_per_day=per_day,
        )
        for employee in employees
        if employee.id is not None
    ]
