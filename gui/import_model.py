"""The rows of an employee sheet before import: every value, and what is wrong with the row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import _, current_language
from core.spreadsheet_columns import COLUMNS
from core.validation import Severity
from gui.list_model import PROBLEM_BACKGROUND
from gui.widgets.field_message import WARNING_COLOUR

if TYPE_CHECKING:
    from core.spreadsheet import ImportPreview, ImportRow

Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    """The sheet's own header for *key*, in the UI language (the sheet's words are data, not ``_()``)."""
    for column in COLUMNS:
        if column.key == key:
            return column.header if current_language() == "mn" else column.english
    return key


def problems_text(row: ImportRow, separator: str = " · ") -> str:
    """The row's issues on one line for the table (the tooltip lists them one per line)."""
    marks = {Severity.ERROR: "", Severity.WARNING: _("Warning: ")}
    return separator.join(f"{marks[i.severity]}{i.message}" for i in row.issues)


PROBLEMS_COLUMN = 1


class ImportPreviewTableModel(QAbstractTableModel):
    """Columns: the sheet row number, its problems (first, so they are seen), then each sheet column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._keys: list[str] = []

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = list(preview.rows) if preview else []
        keys: dict[str, None] = {}
        for row in self._rows:
            keys.update(dict.fromkeys(row.values))
        self._keys = list(keys)
        self.endResetModel()

    def row_at(self, row: int) -> ImportRow:
        return self._rows[row]

    def problems_column(self) -> int:
        return PROBLEMS_COLUMN

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys) + 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PROBLEMS_COLUMN:
            return problems_text(row, "\n")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not row.is_valid:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == PROBLEMS_COLUMN and row.is_valid:
            return QBrush(QColor(WARNING_COLOUR))  # imported, but worth a look
        return None

    def _text(self, row: ImportRow, column: int) -> str:
        if column == 0:
            return str(row.row_number)
        if column == PROBLEMS_COLUMN:
            return problems_text(row)
        return row.values.get(self._keys[column - 2], "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _("Row")
        if section == PROBLEMS_COLUMN:
            return _("Problems")
        if 2 <= section < len(self._keys) + 2:
            return column_title(self._keys[section - 2])
        return None
