"""The demo office's leave in the current year: slips in every state, through the services.

Numbers run from YYYY-0001 in printing order. The plan covers the whole year; a leave that
has not started by *today* is at most printed (nobody signs or returns in advance), so the
demo stays believable whatever day it is made on. Dates are picked among working days, so
a plan line never lands on a holiday; two of them straddle Tsagaan Sar and Naadam.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from core import services
from core.entities import Employee
from core.leave.calendar import WorkingCalendar, public_holidays
from core.leave.entities import CalendarChange, LeaveSlip, PayDecision, SlipStatus
from core.ports import UnitOfWorkFactory

#: Day swaps the Government announced (domain §6); other years have none in the demo.
KNOWN_CHANGES: dict[int, tuple[CalendarChange, ...]] = {
    2026: (
        CalendarChange(date(2026, 2, 17), False, "Засгийн газрын 2026 оны тогтоол: амралтын өдөр"),
        CalendarChange(date(2026, 2, 28), True, "Засгийн газрын 2026 оны тогтоол: ажлын өдөр"),
    ),
}
DRAFT, PRINTED, SIGNED, CLOSED, VOIDED = (
    SlipStatus.DRAFT,
    SlipStatus.PRINTED,
    SlipStatus.SIGNED,
    SlipStatus.CLOSED,
    SlipStatus.VOIDED,
)


@dataclass(frozen=True, slots=True)
class _Plan:
    """One demo leave: who, when (the nth working day of a month), how long, why, how far it got."""

    post: str
    month: int
    nth_day: int
    days: int = 1  # working days
    hours: tuple[str, str] | None = None  # ("10:00", "12:00") for a leave of a few hours in one day
    reason: str = "6.8.1"
    text: str = ""
    state: SlipStatus = CLOSED
    late_minutes: int = 0  # 6.9: came back this much after the next working day began
    pay: PayDecision | None = None  # the chief's decision, beyond 5 days


PLAN: tuple[_Plan, ...] = (
    _Plan("nb_spec", 1, 6, days=3, late_minutes=150),
    _Plan("fin_spec", 1, 8, hours=("10:00", "12:00"), reason="6.8.5", text="Сургуулийн эцэг эхийн хурал"),
    _Plan("audit_spec", 1, 12, state=VOIDED, reason="6.8.3"),
    _Plan("audit_spec", 1, 13, reason="6.8.3", text="Байранд орох"),
    _Plan("law_spec", 2, 0, reason="other", text="Цагаан сараар эцэг эхийндээ очих"),  # straddles Tsagaan Sar
    _Plan("inv_spec", 3, 4, hours=("14:00", "17:00"), reason="other", text="Нотариатаар баримт батлуулах"),
    _Plan("tzu_senior", 4, 7, days=2, reason="6.8.2"),
    _Plan("archive_spec", 5, 11, hours=("09:00", "13:00"), reason="6.8.5"),
    _Plan("tzu_senior", 7, 0, reason="6.8.1"),  # straddles Naadam
    _Plan("nb_senior", 8, 3, days=8, reason="6.8.1", text="Эхийгээ эмчлүүлэх", pay=PayDecision.PAID),
    _Plan("driver", 9, 9, state=SIGNED, reason="6.8.4", text="Гэрийн дээвэр салхинд сэмэрсэн"),
    _Plan("law_senior", 10, 5, days=2, state=PRINTED, reason="6.8.1"),
    _Plan("fin_spec", 11, 10, hours=("09:00", "11:00"), state=DRAFT, reason="6.8.5"),
    _Plan("common_head", 12, 2, state=DRAFT, reason="6.8.3"),
)
#: Two working days around a public holiday: (plan month, the holiday's name as ``holidays`` writes it).
STRADDLED = {2: "Цагаан сар", 7: "наадам"}


def _working_days(calendar: WorkingCalendar, start: date, count: int) -> list[date]:
    days: list[date] = []
    day = start
    while len(days) < count:
        if calendar.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _around(calendar: WorkingCalendar, year: int, name: str) -> tuple[date, date]:
    """The working days just before and just after the holiday named *name*."""
    days = sorted(d for d, title in public_holidays(year).items() if name.casefold() in title.casefold())
    before = days[0] - timedelta(days=1)
    while not calendar.is_working_day(before):
        before -= timedelta(days=1)
    return before, _working_days(calendar, days[-1], 1)[0]


def _period(plan: _Plan, calendar: WorkingCalendar, year: int) -> tuple[datetime, datetime]:
    schedule = calendar.schedule
    if plan.month in STRADDLED and plan.nth_day == 0:
        first, last = _around(calendar, year, STRADDLED[plan.month])
        return datetime.combine(first, schedule.day_starts), datetime.combine(last, schedule.day_ends)
    days = _working_days(calendar, date(year, plan.month, 1), plan.nth_day + plan.days - 1)
    first, last = days[plan.nth_day - 1], days[-1]
    if plan.hours is not None:
        start, end = (time.fromisoformat(t) for t in plan.hours)
        return datetime.combine(first, start), datetime.combine(first, end)
    return datetime.combine(first, schedule.day_starts), datetime.combine(last, schedule.day_ends)


def _state(plan: _Plan, starts_at: datetime, today: date) -> SlipStatus:
    if starts_at.date() > today and plan.state in (SIGNED, CLOSED):
        return PRINTED
    return plan.state


def _draft(
    uow_factory: UnitOfWorkFactory, plan: _Plan, person: Employee, period: tuple[datetime, datetime], printed_on: date
) -> LeaveSlip:
    assert person.id is not None
    slip = LeaveSlip(person.id, *period, reason_code=plan.reason, reason_text=plan.text, pay=plan.pay)
    recommending = services.leave_preview(uow_factory(), slip).recommending
    if recommending is not None:  # 6.4: the head's recommendation, on the day the slip was made
        slip = replace(slip, recommended_by=recommending.name, recommended_on=printed_on)
    return services.save_draft(uow_factory(), slip)


def _back(calendar: WorkingCalendar, slip: LeaveSlip, late_minutes: int) -> datetime:
    """When the employee came back, *late_minutes* late: at the end of a few hours' leave, else next morning."""
    if slip.ends_at.time() < calendar.schedule.day_ends:
        return slip.ends_at + timedelta(minutes=late_minutes)
    (day,) = _working_days(calendar, slip.ends_at.date() + timedelta(days=1), 1)
    return datetime.combine(day, calendar.schedule.day_starts) + timedelta(minutes=late_minutes)


def _advance(uow_factory: UnitOfWorkFactory, slip: LeaveSlip, plan: _Plan, state: SlipStatus, day: date) -> None:
    """Take a saved draft as far as *state*: printed (or ordered), signed, void or closed."""
    slip_id, now = slip.id or 0, datetime.combine(day, time(10, 0))
    if plan.days >= 5:
        services.record_order(uow_factory(), slip_id, order_number=f"А/{40 + plan.month}", signed_on=day)
    else:
        services.print_slip(uow_factory(), slip_id, now=now)
        if state is VOIDED:
            services.void_slip(uow_factory(), slip_id, reason="Огноо буруу бичигдсэн; шинээр олгов")
            return
        if state in (SIGNED, CLOSED):
            services.sign_slip(uow_factory(), slip_id, signed_on=day)
    if state is CLOSED:
        back = _back(services.working_calendar(uow_factory()), slip, plan.late_minutes)
        services.record_return(uow_factory(), slip_id, returned_at=back)


def fill_demo_leave(uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], *, today: date) -> int:
    """Add the year's leave for the demo staff (*hired*: post key → holders); returns the slip count."""
    for change in KNOWN_CHANGES.get(today.year, ()):
        services.add_calendar_change(uow_factory(), change)
    calendar = services.working_calendar(uow_factory())
    rows = []
    for plan in PLAN:
        period = _period(plan, calendar, today.year)
        printed_on = max(min(period[0].date() - timedelta(days=3), today), date(today.year, 1, 1))
        rows.append((printed_on, period, plan))
    for printed_on, period, plan in sorted(rows, key=lambda row: (row[0], row[1])):
        slip = _draft(uow_factory, plan, hired[plan.post][0], period, printed_on)
        state = _state(plan, period[0], today)
        if state is not DRAFT:
            _advance(uow_factory, slip, plan, state, printed_on)
    return len(PLAN)
