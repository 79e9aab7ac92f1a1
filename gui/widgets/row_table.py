"""A list typed in place as table rows, over its Add and Remove buttons (the breach list, leave reasons)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class RowTable(QWidget):
    """Subclasses say what a row holds and make the two buttons; the frame lays them out and removes rows."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *, name: str) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def _lay_out(self, add_button: QPushButton, remove_button: QPushButton) -> None:
        """The table fills the space, flush with the form around it; the buttons sit below, left."""
        self.add_button = add_button
        self.remove_button = remove_button
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def cell_text(self, row: int, column: int) -> str:
        """A cell never typed into has no item: it reads as empty."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
