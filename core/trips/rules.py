"""How long a trip is, and which trips and leaves it meets (regulation 6.1, 9.2).

The trip's days are counted on its current period (an extension or a recall moves the end),
calendar days as the certificate prints them and working days on the office's calendar, so a
trip across a public holiday does not count the holiday as a day worked away.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from core.leave.calendar import WorkingCalendar
from core.trips.entities import BusinessTrip, TripStatus

#: Trips that no longer hold any day of anyone's calendar.
_INACTIVE = frozenset({TripStatus.CANCELLED})


@dataclass(frozen=True, slots=True)
class TripDays:
    calendar: int
    working: int


def calendar_days(start: date, end: date) -> int:
    """Days from *start* to *end*, both included; 0 when the end comes first."""
    return max(0, (end - start).days + 1)


def trip_days(trip: BusinessTrip, calendar: WorkingCalendar) -> TripDays:
    """Calendar and working days of the trip's current period."""
    end = trip.current_end
    return TripDays(calendar_days(trip.starts_on, end), calendar.working_days_between(trip.starts_on, end))


def is_active(trip: BusinessTrip) -> bool:
    """Whether the trip still takes days: anything but a cancelled one."""
    return trip.status not in _INACTIVE


def meets(trip: BusinessTrip, start: date, end: date) -> bool:
    """Whether the trip's current period shares a day with [*start*, *end*]."""
    return trip.starts_on <= end and start <= trip.current_end


def overlapping_trips(
    trip: BusinessTrip, others: Iterable[BusinessTrip], *, end: date | None = None
) -> list[BusinessTrip]:
    """The employee's other active trips sharing a day with *trip* (ending on *end* if given)."""
    last = end or trip.current_end
    return [
        other
        for other in others
        if other.employee_id == trip.employee_id
        and (trip.id is None or other.id != trip.id)
        and is_active(other)
        and meets(other, trip.starts_on, last)
    ]


def days_away(trip: BusinessTrip, start: date, end: date) -> Iterator[date]:
    """The days of an issued, active trip that fall in [*start*, *end*]; none for a draft."""
    if trip.number is None or not is_active(trip):
        return
    day = max(trip.starts_on, start)
    last = min(trip.current_end, end)
    while day <= last:
        yield day
        day += timedelta(days=1)


def working_days_away(
    trips: Iterable[BusinessTrip], start: date, end: date, calendar: WorkingCalendar
) -> dict[int, set[date]]:
    """Each employee's working days spent on issued trips in [*start*, *end*] (6.1: work away, not absence)."""
    away: dict[int, set[date]] = {}
    for trip in trips:
        days = {day for day in days_away(trip, start, end) if calendar.is_working_day(day)}
        if days:
            away.setdefault(trip.employee_id, set()).update(days)
    return away
