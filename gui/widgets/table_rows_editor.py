"""A small table of rows typed in place (professions with their codes, subordinates with counts).

A column is text or a whole number; a number cell gets Qt's spin box editor because its
item holds an ``int``. Issues name a row ("relations.subordinates.1"): the row is coloured
and its tooltip and the message under the table say why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _
from core.validation import Severity, ValidationIssue
from gui.widgets.buttons import action_button
from gui.widgets.field_message import ERROR_COLOUR, WARNING_COLOUR, FieldMessage

Cell = str | int
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ERROR_BACKGROUND = QColor("#fde7e7")
WARNING_BACKGROUND = QColor("#fdf3dc")


class TableRowsEditor(QWidget):
    """``set_rows`` / ``rows``; *defaults* is the row an Add button appends (its types fix the columns')."""

    changed = Signal()

    def __init__(self, headers: Sequence[str], defaults: Sequence[Cell], parent: QWidget | None = None, *,
                 stretch: int = 0, visible_rows: int = 3) -> None:
        super().__init__(parent)
        self._defaults = tuple(defaults)
        self._loading = False
        self._read_only = False
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * visible_rows + 6)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self.add_button = action_button(self, _("Add row"), self.add_row)
        self.remove_button = action_button(self, _("Remove row"), self.remove_current)
        self.message = FieldMessage(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._update_buttons()

    def tab_widgets(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    # -- values ----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for values in rows:
            self._append(values)
        self._loading = False
        self._update_buttons()

    def rows(self) -> list[tuple[Cell, ...]]:
        return [tuple(self._value(row, column) for column in range(self.table.columnCount()))
                for row in range(self.table.rowCount())]

    def _value(self, row: int, column: int) -> Cell:
        item = self.table.item(row, column)
        if isinstance(self._defaults[column], int):
            value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
            return value if isinstance(value, int) else 0
        return item.text() if item is not None else ""

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._loading = True
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setFlags(READ_ONLY if read_only else EDITABLE)
        self._loading = False
        self._update_buttons()

    # -- editing ---------------------------------------------------------------------------------

    def add_row(self) -> int:
        """An empty row at the end, its first cell opened for typing."""
        was_loading, self._loading = self._loading, True
        row = self._append(self._defaults)
        self._loading = was_loading
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self.changed.emit()

    def _append(self, values: Sequence[Cell]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, value)
            item.setFlags(READ_ONLY if self._read_only else EDITABLE)
            self.table.setItem(row, column, item)
        return row

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and self.table.currentRow() >= 0)

    # -- issues ----------------------------------------------------------------------------------

    def show_issues(self, whole: Sequence[ValidationIssue], by_row: Mapping[int, Sequence[ValidationIssue]]) -> None:
        """*by_row* is keyed by the table's row (callers map core's indexes to rows first)."""
        self._loading = True
        shown = list(whole)
        for row in range(self.table.rowCount()):
            issues = by_row.get(row, ())
            is_error = any(i.severity is Severity.ERROR for i in issues)
            background = QBrush(ERROR_BACKGROUND if is_error else WARNING_BACKGROUND) if issues else QBrush()
            tip = "\n".join(i.message for i in issues)
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(background)
                    item.setToolTip(tip)
            shown.extend(ValidationIssue(i.field, i.code, _("Row {number}: {message}").format(
                number=row + 1, message=i.message), i.severity) for i in issues)
        self._loading = False
        shown.extend(i for row, issues in by_row.items() if not 0 <= row < self.table.rowCount() for i in issues)
        self.message.show_issues(shown)
        colour = ERROR_COLOUR if self.message.severity is Severity.ERROR else WARNING_COLOUR
        self.table.setStyleSheet(f"QTableWidget {{ border: 1px solid {colour}; }}" if shown else "")
