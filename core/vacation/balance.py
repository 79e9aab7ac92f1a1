"""One employee's vacation for one year: what the law gives, what was taken, planned and left.

Pure: the service hands in the records it read once for the whole office, so the balances of
every employee are counted without a query per person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from core.entities import Employee, EmploymentEvent, EventKind
from core.leave.entities import LeaveKind, LeaveSlip, SlipNumber, SlipStatus
from core.vacation.entitlement import Entitlement, VacationPolicy, entitlement


@dataclass(frozen=True, slots=True)
class TakenPart:
    """One vacation leave counted against the year: its dates, length and the order that gave it."""

    starts_on: date
    ends_on: date
    days: int
    order_number: str = ""
    number: SlipNumber | None = None
    status: SlipStatus = SlipStatus.DRAFT
    slip_id: int | None = None


@dataclass(frozen=True, slots=True)
class VacationBalance:
    """The year's working days of vacation of one employee."""

    employee_id: int
    year: int
    entitlement: Entitlement
    taken_days: int
    planned_days: int
    parts: tuple[TakenPart, ...] = ()
    #: The day the entitlement was counted on (years of service, the 6 months' work).
    counted_on: date | None = None

    @property
    def entitled_days(self) -> int:
        return self.entitlement.total_days

    @property
    def remaining_days(self) -> int:
        """Days still to be given this year; negative only if the table was cut after a vacation."""
        return self.entitled_days - self.taken_days


def counting_day(year: int, day: date) -> date:
    """*day* moved into *year*: the entitlement of a past year as at its end, a future one as at its start."""
    return min(max(day, date(year, 1, 1)), date(year, 12, 31))


def first_appointment(events: Iterable[EmploymentEvent]) -> date | None:
    """The earliest appointment among one employee's history events."""
    return min((e.effective_on for e in events if e.kind is EventKind.APPOINTED), default=None)


def employed_since(employee: Employee, first_appointed_on: date | None) -> date | None:
    """Start of work at the office: the first appointment in the history, else the appointment date."""
    return first_appointed_on or employee.appointed_on


def whole_days(minutes: int, minutes_per_day: int) -> int:
    """A vacation's working minutes as days; vacations are counted in whole working days."""
    return round(minutes / minutes_per_day) if minutes_per_day > 0 else 0


def counts_against(slip: LeaveSlip, year: int) -> bool:
    """A non-void vacation leave taken for *year*."""
    return (
        slip.kind is LeaveKind.VACATION and slip.status is not SlipStatus.VOIDED and slip.counted_vacation_year == year
    )


def taken_part(slip: LeaveSlip, minutes_per_day: int) -> TakenPart:
    return TakenPart(
        starts_on=slip.starts_at.date(),
        ends_on=slip.ends_at.date(),
        days=whole_days(slip.working_minutes, minutes_per_day),
        order_number=slip.order_number,
        number=slip.number,
        status=slip.status,
        slip_id=slip.id,
    )


def vacation_balance(
    policy: VacationPolicy,
    employee: Employee,
    year: int,
    *,
    on: date,
    first_appointed_on: date | None,
    slips: Iterable[LeaveSlip],
    planned_days: int,
    minutes_per_day: int,
) -> VacationBalance:
    """The balance of *employee* for *year*, with the entitlement counted on *on* (moved into the year).

    Args:
        slips: Leaves of this employee; only the non-void vacations for *year* are counted.
        planned_days: Days of the year's schedule (6.11) not taken yet.
    """
    counted_on = counting_day(year, on)
    entitled = entitlement(
        policy,
        birth_date=employee.birth_date,
        career_started_on=employee.career_started_on,
        employed_since=employed_since(employee, first_appointed_on),
        on=counted_on,
        has_disability=employee.has_disability,
    )
    parts = tuple(
        sorted((taken_part(s, minutes_per_day) for s in slips if counts_against(s, year)), key=lambda p: p.starts_on)
    )
    assert employee.id is not None
    return VacationBalance(
        employee_id=employee.id,
        year=year,
        entitlement=entitled,
        taken_days=sum(part.days for part in parts),
        planned_days=planned_days,
        parts=parts,
        counted_on=counted_on,
    )
