"""The monthly leave register (6.10) as a table: each person's leaves, their subtotal, the office total.

Rows are built from the service's :class:`RegisterDocument`, whose totals are the ones the PDF
and the .xlsx print; the model only lays them out.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.documents.models import RegisterDocument
from core.i18n import N_, _
from core.leave.durations import format_duration
from gui.list_model import Index, ListTableModel

RowKind = Literal["entry", "subtotal", "total"]
SUBTOTAL_BACKGROUND = QColor("#eef1f5")
TOTAL_BACKGROUND = QColor("#dde3ea")


class RegisterColumn(enum.IntEnum):
    ORDINAL = 0
    NAME = 1
    POSITION = 2
    UNIT = 3
    NUMBER = 4
    PERIOD = 5
    PAID = 6
    UNPAID = 7
    REASON = 8
    OVERRUN = 9


REGISTER_HEADERS: dict[RegisterColumn, str] = {
    RegisterColumn.ORDINAL: N_("No."),
    RegisterColumn.NAME: N_("Name"),
    RegisterColumn.POSITION: N_("Position"),
    RegisterColumn.UNIT: N_("Unit"),
    RegisterColumn.NUMBER: N_("Slip or order"),
    RegisterColumn.PERIOD: N_("Period"),
    RegisterColumn.PAID: N_("Paid"),
    RegisterColumn.UNPAID: N_("Unpaid"),
    RegisterColumn.REASON: N_("Reason"),
    RegisterColumn.OVERRUN: N_("Absence after leave (6.9)"),
}


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One shown row; minutes are None where the cell stays blank."""

    kind: RowKind
    texts: dict[RegisterColumn, str]
    paid: int | None = None
    unpaid: int | None = None
    overrun: int | None = None


def register_rows(document: RegisterDocument) -> Iterator[RegisterRow]:
    """Each person's leaves (name on the first row only), their subtotal, then the office total."""
    for ordinal, person in enumerate(document.people, start=1):
        for index, entry in enumerate(person.entries):
            first = index == 0
            texts = {
                RegisterColumn.ORDINAL: str(ordinal) if first else "",
                RegisterColumn.NAME: person.name if first else "",
                RegisterColumn.POSITION: person.position if first else "",
                RegisterColumn.UNIT: person.department if first else "",
                RegisterColumn.NUMBER: entry.number,
                RegisterColumn.PERIOD: entry.period,
                RegisterColumn.REASON: entry.reason,
            }
            yield RegisterRow("entry", texts, entry.minutes if entry.paid else None,
                              None if entry.paid else entry.minutes, entry.overrun_minutes or None)
        yield RegisterRow("subtotal", {RegisterColumn.NAME: _("Subtotal")}, person.paid_minutes or None,
                          person.unpaid_minutes or None, person.overrun_minutes or None)
    overrun = sum(person.overrun_minutes for person in document.people)
    yield RegisterRow("total", {RegisterColumn.NAME: _("Office total")}, document.paid_minutes,
                      document.unpaid_minutes, overrun)


class RegisterTableModel(ListTableModel):
    columns = RegisterColumn
    headers = REGISTER_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._minutes_per_day = 480

    def set_document(self, document: RegisterDocument) -> None:
        self._minutes_per_day = max(document.minutes_per_day, 1)
        self.set_items(register_rows(document))

    def display(self, item: RegisterRow, column: Any) -> str:
        minutes = {RegisterColumn.PAID: item.paid, RegisterColumn.UNPAID: item.unpaid,
                   RegisterColumn.OVERRUN: item.overrun}
        if column in minutes:
            value = minutes[column]
            return "" if value is None else format_duration(value, self._minutes_per_day)
        return item.texts.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: RegisterRow = self.item_at(index.row())
        if item.kind != "entry":
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTAL_BACKGROUND if item.kind == "total" else SUBTOTAL_BACKGROUND)
        return super().data(index, role)
