"""Calendar arithmetic the rules share (ages, years of service)."""

from __future__ import annotations

from datetime import date


def add_years(day: date, years: int) -> date:
    """The same day *years* later; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def full_years_between(start: date, end: date) -> int:
    """Completed years from *start* to *end* (an age, or years of service)."""
    years = end.year - start.year
    return years - 1 if (end.month, end.day) < (start.month, start.day) else years


def is_yearly_day(month: int, day: int) -> bool:
    """Whether month/day exists in every year: a yearly date (a deadline, a gift day) must, so 29 February fails."""
    try:
        date(2025, month, day)  # a common year
    except ValueError:
        return False
    return True
