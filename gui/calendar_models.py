"""The office's calendar changes and the year's public holidays, as tables."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import N_, _
from core.leave.entities import CalendarChange
from gui.leave_labels import weekday_name
from gui.list_model import Index, ListTableModel

WORKING_COLOUR = QColor("#1d4f91")
DAY_OFF_COLOUR = QColor("#b3261e")


class ChangeColumn(enum.IntEnum):
    DAY = 0
    WEEKDAY = 1
    IS_WORKING = 2
    DECISION = 3


CHANGE_HEADERS: dict[ChangeColumn, str] = {
    ChangeColumn.DAY: N_("Date"),
    ChangeColumn.WEEKDAY: N_("Weekday"),
    ChangeColumn.IS_WORKING: N_("The day is"),
    ChangeColumn.DECISION: N_("Decision"),
}


def day_kind_text(is_working: bool) -> str:
    return _("a working day") if is_working else _("a day off")


class CalendarChangeTableModel(ListTableModel):
    columns = ChangeColumn
    headers = CHANGE_HEADERS

    def display(self, item: CalendarChange, column: Any) -> str:
        if column is ChangeColumn.DAY:
            return item.day.isoformat()
        if column is ChangeColumn.WEEKDAY:
            return weekday_name(item.day)
        if column is ChangeColumn.IS_WORKING:
            return day_kind_text(item.is_working)
        return item.decision

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == ChangeColumn.IS_WORKING:
            item: CalendarChange = self.item_at(index.row())
            return QBrush(WORKING_COLOUR if item.is_working else DAY_OFF_COLOUR)
        return super().data(index, role)


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name: str


class HolidayColumn(enum.IntEnum):
    DAY = 0
    WEEKDAY = 1
    NAME = 2


HOLIDAY_HEADERS: dict[HolidayColumn, str] = {
    HolidayColumn.DAY: N_("Date"),
    HolidayColumn.WEEKDAY: N_("Weekday"),
    HolidayColumn.NAME: N_("Public holiday"),
}


class HolidayTableModel(ListTableModel):
    columns = HolidayColumn
    headers = HOLIDAY_HEADERS

    def display(self, item: Holiday, column: Any) -> str:
        if column is HolidayColumn.DAY:
            return item.day.isoformat()
        if column is HolidayColumn.WEEKDAY:
            return weekday_name(item.day)
        return item.name
