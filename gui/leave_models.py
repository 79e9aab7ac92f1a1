"""The leave slip list as a table model, read from the service a page at a time.

With 200,000 slips the screen never holds them all: the service filters in SQL and returns
500 rows and the number of matches; the view asks for the next page (``fetchMore``) as the
user scrolls down. Changing a filter reads the first page again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.i18n import N_, _
from core.leave.durations import format_duration
from core.leave.entities import (
    LEAVE_KIND_LABELS,
    PAY_LABELS,
    SLIP_STATUS_LABELS,
    LeaveSlipListItem,
    SlipStatus,
)
from core.services import SlipPage
from gui.leave_labels import item_number_text, period_text

Index = QModelIndex | QPersistentModelIndex
#: Reads the page that starts at the given offset, with the same filters as the first one.
PageReader = Callable[[int], SlipPage]

VOID_COLOUR = QColor("#7a7f87")
DRAFT_COLOUR = QColor("#1d4f91")


class SlipColumn(enum.IntEnum):
    NUMBER = 0
    EMPLOYEE = 1
    UNIT = 2
    PERIOD = 3
    DURATION = 4
    KIND = 5
    PAY = 6
    STATUS = 7


SLIP_HEADERS: dict[SlipColumn, str] = {
    SlipColumn.NUMBER: N_("Number"),
    SlipColumn.EMPLOYEE: N_("Employee"),
    SlipColumn.UNIT: N_("Unit"),
    SlipColumn.PERIOD: N_("Period"),
    SlipColumn.DURATION: N_("Working time"),
    SlipColumn.KIND: N_("Kind"),
    SlipColumn.PAY: N_("Pay"),
    SlipColumn.STATUS: N_("Status"),
}


class LeaveSlipTableModel(QAbstractTableModel):
    """Rows are the pages read so far, newest leave first (the service's order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[LeaveSlipListItem] = []
        self._total = 0
        self._read_page: PageReader | None = None
        self._minutes_per_day = 480

    def set_minutes_per_day(self, minutes: int) -> None:
        """The office's working day, which turns minutes into "3 ажлын өдөр 2 цаг"."""
        self._minutes_per_day = max(minutes, 1)

    @property
    def minutes_per_day(self) -> int:
        return self._minutes_per_day

    def set_page(self, page: SlipPage, read_page: PageReader | None = None) -> None:
        """Show the first page; *read_page* reads the following ones when the view scrolls."""
        self.beginResetModel()
        self._items = list(page.items)
        self._total = page.total
        self._read_page = read_page
        self.endResetModel()

    def total(self) -> int:
        """Slips matching the filters, read or not."""
        return self._total

    def item_at(self, row: int) -> LeaveSlipListItem:
        return self._items[row]

    def row_of(self, slip_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == slip_id), None)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self._read_page is not None and len(self._items) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._read_page is None:
            return
        page = self._read_page(len(self._items))
        if not page.items:
            self._total = len(self._items)
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
        self._items.extend(page.items)
        self._total = max(page.total, len(self._items))
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SlipColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(item, SlipColumn(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.status is SlipStatus.VOIDED:
                return QBrush(VOID_COLOUR)
            if item.status is SlipStatus.DRAFT:
                return QBrush(DRAFT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and item.status is SlipStatus.VOIDED:
            font = QFont()
            font.setStrikeOut(index.column() == SlipColumn.NUMBER)
            font.setItalic(True)
            return font
        return None

    def display(self, item: LeaveSlipListItem, column: SlipColumn) -> str:
        if column is SlipColumn.NUMBER:
            return item_number_text(item)
        if column is SlipColumn.EMPLOYEE:
            return item.employee_name
        if column is SlipColumn.UNIT:
            return item.department_name
        if column is SlipColumn.PERIOD:
            return period_text(item.starts_at, item.ends_at)
        if column is SlipColumn.DURATION:
            return format_duration(item.working_minutes, self._minutes_per_day)
        if column is SlipColumn.KIND:
            return _(LEAVE_KIND_LABELS[item.kind])
        if column is SlipColumn.PAY:
            return _(PAY_LABELS[item.pay]) if item.pay is not None else "—"
        return _(SLIP_STATUS_LABELS[item.status])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(SlipColumn):
                return _(SLIP_HEADERS[SlipColumn(section)])
        return None
