"""A read-only table model over a list of entities: columns are an IntEnum, headers ``N_`` strings."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import _

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#fde7e7")


class ListTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` and ``headers`` and implement ``display(item, column)``."""

    columns: type[enum.IntEnum]
    headers: Mapping[Any, str]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def display(self, item: Any, column: Any) -> str:
        raise NotImplementedError

    def is_problem(self, item: Any) -> bool:
        """Rows that need the user's eye get a light red background."""
        return False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(item, self.columns(index.column()))
        if role == Qt.ItemDataRole.BackgroundRole and self.is_problem(item):
            return QBrush(PROBLEM_BACKGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return _(self.headers[self.columns(section)])
        return None
