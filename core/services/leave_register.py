"""The monthly leave register (6.10) the accountant attaches to the payroll.

Every leave given (printed, signed or closed; never drafts or void slips) that meets the
month is listed under its employee, clipped to the month: a leave from 28 October to
4 November counts its October working time in October and the rest in November. Time past a
leave's end (6.9) is listed as absence in the month it fell in.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from core.documents.models import RegisterDocument, RegisterEntry, RegisterPerson, SignatureLine
from core.entities import EmployeeListItem
from core.leave.calendar import WorkingCalendar
from core.leave.entities import LeaveKind, LeaveSlip, PayDecision, SlipStatus, WorkSchedule, month_bounds
from core.leave.policy import OTHER_REASON, LeavePolicy
from core.leave.wording import VACATION_LAW, short_period, vacation_words
from core.names import employee_sort_key, full_name
from core.official_dates import month_phrase
from core.ports import UnitOfWork
from core.services.leave_facts import load_context

#: Leaves that were given: the register never counts a draft or a void slip.
GIVEN = (SlipStatus.PRINTED, SlipStatus.SIGNED, SlipStatus.CLOSED)


def _clipped(calendar: WorkingCalendar, start: datetime, end: datetime, lo: datetime, hi: datetime) -> int:
    first, last = max(start, lo), min(end, hi)
    return calendar.working_minutes(first, last) if last > first else 0


def _reason(slip: LeaveSlip, policy: LeavePolicy) -> str:
    """The reason in words with its clause, so the accountant need not look the clause up."""
    if slip.kind is LeaveKind.CHILDCARE:
        return f"Хүүхэд асрах чөлөө ({policy.childcare_clause})"
    if slip.kind is LeaveKind.VACATION:
        return f"{vacation_words(slip.counted_vacation_year)} ({VACATION_LAW})"
    if slip.reason_code == OTHER_REASON:
        return slip.reason_text
    reason = policy.reason(slip.reason_code)
    return f"{reason.printed} ({reason.code})" if reason else slip.reason_code


def _minutes(slip: LeaveSlip, calendar: WorkingCalendar, lo: datetime, hi: datetime) -> int:
    """The leave's working time inside the month, adding up over the months to the slip's own.

    The months before the leave's last are counted with the calendar; the last month gets
    what the slip says less those parts, so a calendar changed after signing cannot make the
    register disagree with the signed slip.
    """
    if slip.ends_at <= lo or slip.starts_at >= hi:
        return 0
    if slip.ends_at > hi:
        return _clipped(calendar, slip.starts_at, slip.ends_at, lo, hi)
    earlier = _clipped(calendar, slip.starts_at, slip.ends_at, slip.starts_at, lo)
    return max(0, slip.working_minutes - earlier)


def _entry(
    slip: LeaveSlip, calendar: WorkingCalendar, policy: LeavePolicy, lo: datetime, hi: datetime
) -> RegisterEntry:
    minutes = _minutes(slip, calendar, lo, hi)
    overrun = 0
    if slip.returned_at is not None and slip.overrun_minutes:
        overrun = _clipped(calendar, slip.ends_at, slip.returned_at, lo, hi)
    number = str(slip.number) if slip.number else f"Тушаал {slip.order_number}"
    if slip.ends_at <= lo and slip.returned_at is not None:  # only the absence after it falls in the month
        shown = _shown(slip.ends_at, slip.returned_at, calendar.schedule, lo, hi)
    else:
        shown = _shown(slip.starts_at, slip.ends_at, calendar.schedule, lo, hi)
    period = short_period(*shown)
    return RegisterEntry(number, period, minutes, slip.pay is PayDecision.PAID, _reason(slip, policy), overrun)


def _shown(
    starts_at: datetime, ends_at: datetime, schedule: WorkSchedule, lo: datetime, hi: datetime
) -> tuple[datetime, datetime]:
    """The part of a period inside the month, cut at working-day edges rather than at midnight."""
    start = starts_at if starts_at >= lo else datetime.combine(lo.date(), schedule.day_starts)
    last_day = (hi - timedelta(days=1)).date()
    end = ends_at if ends_at <= hi else datetime.combine(last_day, schedule.day_ends)
    return start, end


def _person(item: EmployeeListItem | None, slips: list[LeaveSlip], entries: list[RegisterEntry]) -> RegisterPerson:
    latest = slips[-1]
    name = full_name(item.employee) if item else ""
    position = latest.position_title or (item.position_title if item else "")
    unit = latest.department_name or (item.department_name if item else "")
    return RegisterPerson(name, position, unit, tuple(entries))


def monthly_register(uow: UnitOfWork, year: int, month: int) -> RegisterDocument:
    """The register of *month*: per employee (in Mongolian name order) each leave, with totals.

    Args:
        uow: A fresh unit of work.
        year: e.g. 2026.
        month: 1–12.
    """
    lo, hi = month_bounds(year, month)
    with uow:
        ctx = load_context(uow)
        slips = uow.leave_slips.in_period(lo, hi, statuses=GIVEN)
        people = {item.employee.id: item for item in uow.employees.list_items()}
    by_employee: dict[int, list[LeaveSlip]] = defaultdict(list)
    for slip in sorted(slips, key=lambda s: (s.starts_at, s.id or 0)):
        by_employee[slip.employee_id].append(slip)
    persons = []
    for employee_id, own in by_employee.items():
        entries = [_entry(slip, ctx.calendar, ctx.leave.policy, lo, hi) for slip in own]
        persons.append((people.get(employee_id), own, entries))
    persons.sort(key=lambda row: employee_sort_key(row[0].employee) if row[0] else ("", ""))
    title = f"{year} оны {month_phrase(date(year, month, 1))} чөлөөний бүртгэл"
    return RegisterDocument(
        office_name=ctx.settings.official_name,
        title=title,
        minutes_per_day=ctx.leave.schedule.minutes_per_day,
        people=tuple(_person(*row) for row in persons),
        signatures=(SignatureLine("Бүртгэл хөтөлсөн", "", ""),),
    )
