"""The monthly attendance summary as a document's rows, free of reportlab so services import it cheaply."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.documents.models import SignatureLine
from core.leave.durations import as_days, format_duration


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    """One person's month, in working minutes."""

    name: str
    position: str
    department: str
    minutes: tuple[int, int, int, int, int, int, int]  # late, early, absent, justified, overrun, deducted, trip


@dataclass(frozen=True, slots=True)
class AttendanceDocument:
    office_name: str
    title: str  # "2026 оны 11 дүгээр сарын ирцийн нэгтгэл"
    minutes_per_day: int
    lines: tuple[AttendanceLine, ...]
    signatures: tuple[SignatureLine, ...] = field(default_factory=tuple)


def summary_cells(doc: AttendanceDocument, *, as_numbers: bool) -> list[list[Any]]:
    """The table's rows without the header: durations in words, or in working days for a sheet."""

    def shown(minutes: int) -> Any:
        if as_numbers:
            return as_days(minutes, doc.minutes_per_day) if minutes else None
        return format_duration(minutes, doc.minutes_per_day) if minutes else ""

    return [
        [index if as_numbers else str(index), line.name, line.position, line.department, *map(shown, line.minutes)]
        for index, line in enumerate(doc.lines, start=1)
    ]
