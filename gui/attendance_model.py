"""The office's day sheet as a table: one row per person at work, the day's minutes by kind."""

from __future__ import annotations

import enum
from typing import Any

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.i18n import N_, _
from core.services import DaySheetRow
from gui.list_model import ListTableModel


class DaySheetColumn(enum.IntEnum):
    NAME = 0
    UNIT = 1
    LATE = 2
    LEFT_EARLY = 3
    ABSENT = 4
    REASON = 5
    JUSTIFIED = 6


#: Widths that fit the sheet, its flags and the entry form in a 1366 × 768 window (the reason stretches).
COLUMN_WIDTHS: dict[DaySheetColumn, int] = {
    DaySheetColumn.NAME: 120,
    DaySheetColumn.UNIT: 120,
    DaySheetColumn.LATE: 60,
    DaySheetColumn.LEFT_EARLY: 60,
    DaySheetColumn.ABSENT: 60,
    DaySheetColumn.JUSTIFIED: 60,
}

_KIND_OF = {
    DaySheetColumn.LATE: AttendanceKind.LATE,
    DaySheetColumn.LEFT_EARLY: AttendanceKind.LEFT_EARLY,
    DaySheetColumn.ABSENT: AttendanceKind.ABSENT,
}


def entry_of(row: DaySheetRow, kind: AttendanceKind) -> AttendanceEntry | None:
    """The row's entry of *kind*, if one was logged."""
    return next((entry for entry in row.entries if entry.kind == kind), None)


class DaySheetTableModel(ListTableModel):
    columns = DaySheetColumn
    headers = {
        DaySheetColumn.NAME: N_("Name"),
        DaySheetColumn.UNIT: N_("Unit"),
        DaySheetColumn.LATE: N_("Late, min"),
        DaySheetColumn.LEFT_EARLY: N_("Left early, min"),
        DaySheetColumn.ABSENT: N_("Absent, min"),
        DaySheetColumn.REASON: N_("Reason"),
        DaySheetColumn.JUSTIFIED: N_("Justified"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: People the month's rules flag (6.3 absence, 13.3.1.3 warning): their rows are shaded.
        self.flagged: set[int] = set()

    def is_problem(self, item: DaySheetRow) -> bool:
        return item.employee_id in self.flagged

    def display(self, item: DaySheetRow, column: DaySheetColumn) -> str:
        if column == DaySheetColumn.NAME:
            return item.name
        if column == DaySheetColumn.UNIT:
            return item.department_name
        if column in _KIND_OF:
            entry = entry_of(item, _KIND_OF[column])
            return str(entry.minutes) if entry else ""
        if column == DaySheetColumn.REASON:
            return "; ".join(entry.reason for entry in item.entries if entry.reason)
        justified = {entry.justified for entry in item.entries}
        return "" if not justified else _("Yes") if justified == {True} else _("No")
