"""A leave's length as printed: "3 ажлын өдөр", "4 цаг", "1 ажлын өдөр 2 цаг 30 минут"."""

from __future__ import annotations


def format_duration(minutes: int, minutes_per_day: int) -> str:
    """Working days and hours in Mongolian; hours are fractions of the office's working day."""
    days, rest = divmod(max(minutes, 0), minutes_per_day)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} ажлын өдөр")
    if hours:
        parts.append(f"{hours} цаг")
    if mins:
        parts.append(f"{mins} минут")
    return " ".join(parts) or "0 цаг"


def as_days(minutes: int, minutes_per_day: int) -> float:
    """Working days as a decimal (for registers and sums): 1 day 4 hours of an 8-hour day → 1.5."""
    return round(minutes / minutes_per_day, 2)
