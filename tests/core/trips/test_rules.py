"""Trip days on the office calendar, overlaps and the days worked away (regulation 6.1, 9.2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.leave.calendar import WorkingCalendar
from core.trips.entities import BusinessTrip, TripChange, TripChangeKind, TripNumber, TripScope, TripStatus
from core.trips.rules import calendar_days, overlapping_trips, trip_days, working_days_away

TRIP = BusinessTrip(
    employee_id=1,
    scope=TripScope.DOMESTIC,
    place="Өвөрхангай аймаг, Арвайхээр",
    purpose="Хяналт шалгалт",
    starts_on=date(2026, 11, 24),
    ends_on=date(2026, 11, 27),
)
ISSUED = replace(TRIP, number=TripNumber(2026, 7), issued_on=date(2026, 11, 20), id=1)


@pytest.mark.parametrize(
    ("start", "end", "calendar", "working", "why"),
    [
        (date(2026, 11, 24), date(2026, 11, 27), 4, 3, "26 November, Republic day, is not a working day"),
        (date(2026, 7, 8), date(2026, 7, 17), 10, 4, "Naadam 10-15 July and a weekend inside the trip"),
        (date(2026, 11, 21), date(2026, 11, 22), 2, 0, "a weekend trip has calendar days, no working days"),
        (date(2026, 11, 23), date(2026, 11, 23), 1, 1, "a one-day trip on a Monday"),
    ],
)
def test_a_trip_counts_calendar_days_and_working_days_without_holidays(
    start: date, end: date, calendar: int, working: int, why: str
) -> None:
    days = trip_days(replace(TRIP, starts_on=start, ends_on=end), WorkingCalendar())
    assert (days.calendar, days.working) == (calendar, working), why


def test_days_follow_the_latest_change_not_the_original_end() -> None:
    extended = replace(ISSUED, changes=(TripChange(TripChangeKind.EXTENSION, date(2026, 11, 30), date(2026, 11, 25)),))
    days = trip_days(extended, WorkingCalendar())
    assert (days.calendar, days.working) == (7, 4)
    assert extended.ends_on == date(2026, 11, 27) and extended.current_end == date(2026, 11, 30)
    assert extended.status is TripStatus.EXTENDED


@pytest.mark.parametrize(
    ("start", "end", "clash"),
    [
        (date(2026, 11, 27), date(2026, 11, 29), True),  # shares the last day
        (date(2026, 11, 20), date(2026, 11, 24), True),  # shares the first day
        (date(2026, 11, 28), date(2026, 11, 30), False),  # the day after
        (date(2026, 11, 20), date(2026, 11, 23), False),  # the day before
    ],
)
def test_overlap_with_another_trip_of_the_employee(start: date, end: date, clash: bool) -> None:
    other = replace(TRIP, starts_on=start, ends_on=end, id=None)
    assert bool(overlapping_trips(other, [ISSUED])) is clash


def test_a_cancelled_trip_or_another_employee_is_no_overlap() -> None:
    cancelled = replace(ISSUED, cancelled_on=date(2026, 11, 21), cancel_reason="Хойшилсон")
    other = replace(TRIP, id=None)
    assert overlapping_trips(other, [cancelled]) == []
    assert overlapping_trips(replace(other, employee_id=2), [ISSUED]) == []


def test_working_days_away_count_issued_trips_only_and_skip_holidays() -> None:
    away = working_days_away(
        [ISSUED, replace(TRIP, employee_id=2, id=2)], date(2026, 11, 1), date(2026, 11, 30), WorkingCalendar()
    )
    assert away == {1: {date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 27)}}


def test_calendar_days_of_a_reversed_period_is_zero() -> None:
    assert calendar_days(date(2026, 1, 2), date(2026, 1, 1)) == 0


@pytest.mark.parametrize(("text", "number"), [("2026-007", TripNumber(2026, 7)), ("2026-12", TripNumber(2026, 12))])
def test_trip_numbers_print_three_digits_and_parse_back(text: str, number: TripNumber) -> None:
    assert TripNumber.parse(text) == number
    assert str(TripNumber(2026, 7)) == "2026-007"


@pytest.mark.parametrize("text", ["2026-000", "26-7", "2026/007", ""])
def test_bad_trip_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        TripNumber.parse(text)
