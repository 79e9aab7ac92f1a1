"""The schedule as screens and documents read it: each entry with its employee, post and entitlement.

Read inside the caller's unit of work, in a fixed number of queries whatever the office's size.
"""

from __future__ import annotations

from datetime import date

from core.entities import Department, Employee
from core.names import employee_sort_key, full_name
from core.ports import UnitOfWork
from core.text import mongolian_sort_key
from core.vacation.balance import counting_day, employed_since
from core.vacation.entitlement import VacationPolicy, entitlement
from core.vacation.schedule import ScheduleChange, VacationSchedule
from core.vacation.schedule_view import ScheduleRow, ScheduleView


def entitled_days(
    policy: VacationPolicy, employee: Employee, year: int, *, first_appointed_on: date | None, today: date | None = None
) -> int:
    """The employee's working days for *year*, counted as the balances count them (core.vacation.balance)."""
    return _entitlement(policy, employee, year, first_appointed_on=first_appointed_on, today=today)[1]


def _entitlement(
    policy: VacationPolicy, employee: Employee, year: int, *, first_appointed_on: date | None, today: date | None
) -> tuple[int, int]:
    result = entitlement(
        policy,
        birth_date=employee.birth_date,
        career_started_on=employee.career_started_on,
        employed_since=employed_since(employee, first_appointed_on),
        on=counting_day(year, today or date.today()),
        has_disability=employee.has_disability,
    )
    return result.years_of_service, result.total_days


def _department_order(department: Department) -> tuple[int, str]:
    return department.sort_order, mongolian_sort_key(department.name)


def build_view(uow: UnitOfWork, year: int, schedule: VacationSchedule | None) -> ScheduleView:
    """The view of *schedule* (inside an open unit of work)."""
    settings = uow.settings.get()
    if schedule is None or schedule.id is None:
        return ScheduleView(year, schedule, settings=settings)
    entries = uow.vacation_schedule.entries(schedule.id)
    changes: dict[int, list[ScheduleChange]] = {}
    for change in uow.vacation_schedule.changes(schedule.id):
        changes.setdefault(change.entry_id, []).append(change)
    employees = {e.id: e for e in uow.employees.list() if e.id is not None}
    positions = {p.id: p for p in uow.positions.list()}
    units = {d.id: d for d in uow.departments.list() if d.id is not None}
    policy = uow.vacation_settings.get()
    firsts = uow.events.first_appointments()
    rows: list[tuple[tuple[tuple[int, str], tuple[str, str], date], ScheduleRow]] = []
    for entry in entries:
        employee = employees.get(entry.employee_id)
        if employee is None:
            continue
        position = positions.get(employee.position_id) if employee.position_id is not None else None
        unit = units.get(entry.department_id) if entry.department_id is not None else None
        years, days = _entitlement(policy, employee, year, first_appointed_on=firsts.get(entry.employee_id), today=None)
        row = ScheduleRow(
            entry,
            full_name(employee),
            position.title if position else "",
            unit.name if unit else "",
            years,
            days,
            tuple(changes.get(entry.id, ())) if entry.id is not None else (),
        )
        unit_key = _department_order(unit) if unit else (-1, "")  # the leadership (no unit) heads the schedule
        rows.append(((unit_key, employee_sort_key(employee), entry.starts_on or date.max), row))
    rows.sort(key=lambda pair: pair[0])
    ordered = tuple(row for _key, row in rows)
    seen: dict[int | None, str] = {}
    for row in ordered:
        seen.setdefault(row.entry.department_id, row.department_name)
    agreements = {a.department_id: a for a in uow.vacation_schedule.agreements(schedule.id)}
    return ScheduleView(year, schedule, ordered, tuple(seen.items()), agreements, settings)
