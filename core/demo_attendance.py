"""The demo month's attendance log (6.1–6.3) and the discipline it leads to (13.3.1).

The month is *today*'s, or the one before while fewer than ten working days of it have gone by,
so the log is never written ahead of time and always has room for a whole week. The storekeeper
is late four times in one week (13.3.1.3, answered by a warning proposal the chief has yet to
decide); the guard runs up three working days of unjustified time (6.3, left for the secretary
to act on). The watchman has a warning in force from an order two months back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.rules import week_start
from core.discipline.entities import Sanction, SanctionKind
from core.entities import Employee
from core.leave.calendar import WorkingCalendar
from core.names import short_name
from core.ports import UnitOfWorkFactory

#: Fewer working days than this gone by in *today*'s month: the log is the previous month's.
MIN_DAYS_GONE = 10
LATE, EARLY, ABSENT = AttendanceKind.LATE, AttendanceKind.LEFT_EARLY, AttendanceKind.ABSENT
#: The storekeeper's four late mornings of one week, in minutes.
LATE_WEEK = (12, 25, 8, 40)
#: Days before a 6.3 total: (kind, share of the working day in minutes, or 0 for the whole day).
ACCUMULATED = ((ABSENT, 0), (LATE, 150), (ABSENT, 0), (LATE, 90), (ABSENT, 240))
WARNING_DAYS_AGO = 63


def demo_month(calendar: WorkingCalendar, today: date) -> tuple[int, int]:
    """The (year, month) the demo logs: *today*'s, or the previous one early in a month."""
    first = today.replace(day=1)
    if calendar.working_days_between(first, today) >= MIN_DAYS_GONE:
        return today.year, today.month
    before = first - timedelta(days=1)
    return before.year, before.month


def _working_days(calendar: WorkingCalendar, year: int, month: int, today: date) -> list[date]:
    first = date(year, month, 1)
    last = min(date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1), today)
    return [day for day in calendar.days(first, last) if calendar.is_working_day(day)]


def fill_demo_attendance(uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], *, today: date) -> int:
    """Log the month, propose the 13.3.1.3 warning and record the watchman's; returns the entry count."""
    calendar = services.working_calendar(uow_factory())
    year, month = demo_month(calendar, today)
    days = _working_days(calendar, year, month, today)
    clerk = short_name(hired["tzu_senior"][0])
    storekeeper, guard, watchman = hired["storekeeper"][0], hired["guard"][0], hired["watchman"][0]
    week = next(
        group for monday in sorted({week_start(d) for d in days}) if len(group := _week(days, monday)) >= len(LATE_WEEK)
    )
    entries = [_entry(storekeeper, day, LATE, minutes) for day, minutes in zip(week, LATE_WEEK, strict=False)]
    for day, (kind, minutes) in zip(days[-len(ACCUMULATED) :], ACCUMULATED, strict=True):
        entries.append(_entry(guard, day, kind, minutes or calendar.working_minutes_on(day)))
    entries += [
        _entry(hired["tzu_spec"][1], days[2], LATE, 25),
        _entry(watchman, days[4], LATE, 15),
        _entry(hired["cleaner"][0], days[5], EARLY, 120, "Хүүхдээ эмнэлэгт үзүүлсэн, тодорхойлолттой"),
        _entry(hired["nb_spec"][0], days[7], ABSENT, calendar.working_minutes_on(days[7]), "Эмнэлгийн хуудастай"),
    ]
    for entry in entries:
        services.record_attendance(uow_factory(), replace(entry, recorded_by=clerk))
    for case in services.month_flag_cases(uow_factory(), year=year, month=month):
        if case.key.employee_id == storekeeper.id and not case.is_absence:
            services.propose_sanction(uow_factory(), case.key, today=today)
    _warning(uow_factory, watchman, today)
    return len(entries)


def _week(days: list[date], monday: date) -> list[date]:
    return [day for day in days if week_start(day) == monday]


def _entry(person: Employee, day: date, kind: AttendanceKind, minutes: int, reason: str = "") -> AttendanceEntry:
    assert person.id is not None
    return AttendanceEntry(person.id, day, kind, minutes, reason=reason, justified=bool(reason))


def _warning(uow_factory: UnitOfWorkFactory, person: Employee, today: date) -> None:
    """13.3.1.2: a warning by the chief's order, in force for the policy's year (12.10 holds awards back)."""
    assert person.id is not None
    ordered = today - timedelta(days=WARNING_DAYS_AGO)
    sanction = Sanction(
        person.id,
        "13.3.1.2",
        "",
        SanctionKind.WARNING,
        order_number="А/098",
        order_date=ordered,
        starts_on=ordered,
        note="Аймгийн хэмжээний зөвлөгөөний бэлтгэлийг хугацаанд нь хангаагүй",
    )
    services.record_sanction(uow_factory(), sanction)
