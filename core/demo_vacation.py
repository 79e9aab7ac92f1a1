"""The demo office's vacation schedule for the current year (6.11): agreed and approved in March.

Everyone's vacation is planned in turns over the summer, a department at a time, so the
schedule reads like a real one; one entry was moved in May "as the work required", so the
change log has something to show. The vacations the schedule put before "today" were taken, by
the chief's order, so the balances and the leave list show taken days beside planned ones.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from core import services
from core.leave.entities import LeaveKind, LeaveSlip, PayDecision
from core.ports import UnitOfWorkFactory
from core.services.errors import RefusedError
from core.vacation.schedule import ScheduleEntry
from core.validation import ValidationError

#: The first vacation starts on the first Monday of June; then one person a week.
FIRST_WEEK = (6, 1)
#: Three weeks, Monday to Friday: 15 working days unless a holiday falls in them.
LENGTH = timedelta(days=18)
AGREED_DAY, APPROVED_DAY, CHANGED_DAY = 10, 20, (5, 12)
CHANGE_REASON = "Ажлын шаардлагаар: аймгийн төсвийн тодотголын ажилтай давхцсан"
#: The vacations taken by "today": the first this many of the schedule's past entries.
TAKEN_VACATIONS = 8
#: The chief's vacation orders are numbered after the leave orders of the demo (А/41 …).
FIRST_ORDER = 60


def fill_demo_schedule(uow_factory: UnitOfWorkFactory, *, today: date) -> int:
    """Plan, agree and approve the demo year's schedule; returns the number of planned entries."""
    year = today.year
    view = services.prepare_schedule(uow_factory(), year)
    first = _first_monday(date(year, *FIRST_WEEK))
    planned: list[ScheduleEntry] = []
    for week, row in enumerate(view.rows):
        start = first + timedelta(weeks=week % 16)
        entry = replace(row.entry, starts_on=start, ends_on=start + LENGTH, wish_month=start.month, wish_days=15)
        planned.append(services.save_entry(uow_factory(), entry))
    for department_id, _name in view.departments:
        if department_id is not None:
            head = services.department_head_name(uow_factory(), department_id, date(year, 3, AGREED_DAY))
            if head:
                services.agree_department(
                    uow_factory(), year, department_id, agreed_on=date(year, 3, AGREED_DAY), head_name=head
                )
    services.approve_schedule(uow_factory(), year, on=date(year, 3, APPROVED_DAY))
    if planned:
        moved = planned[0]
        assert moved.starts_on is not None and moved.ends_on is not None
        later = timedelta(weeks=17)
        services.change_entry(
            uow_factory(),
            replace(moved, starts_on=moved.starts_on + later, ends_on=moved.ends_on + later),
            reason=CHANGE_REASON,
            on=date(year, *CHANGED_DAY),
        )
    _take_past_vacations(uow_factory, planned[1:], today=today)
    return len(planned)


def _take_past_vacations(uow_factory: UnitOfWorkFactory, planned: list[ScheduleEntry], *, today: date) -> int:
    """Give by order the planned vacations that ended before *today*; returns how many were given.

    An entry the rules refuse (a newcomer who has not yet earned a vacation) is left as planned,
    as the secretary would.
    """
    schedule = services.get_leave_settings(uow_factory()).schedule
    given = 0
    for entry in planned:
        if given == TAKEN_VACATIONS or entry.starts_on is None or entry.ends_on is None or entry.ends_on >= today:
            continue
        slip = LeaveSlip(
            entry.employee_id,
            datetime.combine(entry.starts_on, schedule.day_starts),
            datetime.combine(entry.ends_on, schedule.day_ends),
            kind=LeaveKind.VACATION,
            pay=PayDecision.PAID,
        )
        try:
            saved = services.save_draft(uow_factory(), slip)
        except (RefusedError, ValidationError):
            continue
        assert saved.id is not None
        order = f"А/{FIRST_ORDER + given}"
        services.record_order(
            uow_factory(), saved.id, order_number=order, signed_on=entry.starts_on - timedelta(days=3)
        )
        given += 1
    return given


def _first_monday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)
