"""Working days and hours: weekends, Mongolian public holidays and the office's own changes.

Public holidays come from the ``holidays`` package (Mongolia, in Mongolian, lunar days
included); the office calendar (a government swap, a day closed by the Governor) is applied
on top, and wins. Holidays on a weekend are not moved (domain §6).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from core.leave.entities import CalendarChange, WorkSchedule, minute_of_day


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """Mongolia's non-working public holidays of *year*, with their Mongolian names."""
    import holidays  # 0.1 s to import: paid when a leave is first counted, not at start-up

    return dict(holidays.country_holidays("MN", years=year, language="mn").items())


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass(frozen=True)
class WorkingCalendar:
    schedule: WorkSchedule = field(default_factory=WorkSchedule)
    changes: dict[date, CalendarChange] = field(default_factory=dict)

    @classmethod
    def with_changes(cls, schedule: WorkSchedule, changes: Iterable[CalendarChange]) -> WorkingCalendar:
        return cls(schedule=schedule, changes={change.day: change for change in changes})

    def holiday_name(self, day: date) -> str | None:
        return public_holidays(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        change = self.changes.get(day)
        if change is not None:
            return change.is_working
        return day.weekday() < 5 and self.holiday_name(day) is None

    def days(self, start: date, end: date) -> Iterator[date]:
        day = start
        while day <= end:
            yield day
            day += timedelta(days=1)

    def working_days_between(self, start: date, end: date) -> int:
        """Whole working days from *start* to *end*, both included."""
        return sum(1 for day in self.days(start, end) if self.is_working_day(day))

    def working_minutes_on(self, day: date, start: time | None = None, end: time | None = None) -> int:
        """Working minutes of *day* between *start* and *end* (the whole day when omitted), lunch excluded."""
        if not self.is_working_day(day):
            return 0
        s = self.schedule
        lo = max(minute_of_day(s.day_starts), minute_of_day(start) if start else 0)
        hi = min(minute_of_day(s.day_ends), minute_of_day(end) if end else 24 * 60)
        if hi <= lo:
            return 0
        return (hi - lo) - _overlap(lo, hi, minute_of_day(s.lunch_starts), minute_of_day(s.lunch_ends))

    def working_minutes(self, starts_at: datetime, ends_at: datetime) -> int:
        """Working minutes from *starts_at* to *ends_at*: the measure of a leave's length."""
        if ends_at <= starts_at:
            return 0
        first, last = starts_at.date(), ends_at.date()
        if first == last:
            return self.working_minutes_on(first, starts_at.time(), ends_at.time())
        total = self.working_minutes_on(first, starts_at.time(), None)
        total += sum(
            self.working_minutes_on(day) for day in self.days(first + timedelta(days=1), last - timedelta(days=1))
        )
        return total + self.working_minutes_on(last, None, ends_at.time())
