"""The office's service bands (years of service → additional vacation days) as an editable table.

Rows are typed as text so a half-typed number is reported beside the table instead of being
silently turned into 0; the service checks order, gaps and overlaps.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from core.i18n import _
from core.vacation.entitlement import ServiceBand
from core.validation import ValidationIssue
from gui.widgets.field_message import ERROR_COLOUR

ERROR_BACKGROUND = "#fbe9e7"


def band_field(row: int) -> str:
    """The issue field of a band row, as ``core.vacation.policy_validation`` names it."""
    return f"bands.{row}"


class ServiceBandTable(QTableWidget):
    """From (years), to (years; empty for no end), additional working days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([_("From (years)"), _("To (years)"), _("Additional days")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(200)

    def set_bands(self, bands: Sequence[ServiceBand]) -> None:
        self.setRowCount(0)
        for band in bands:
            self.add_row(band)

    def add_row(self, band: ServiceBand | None = None) -> None:
        """Append a band; a new empty one starts after the last band's end."""
        if band is None:
            band = ServiceBand(self._next_start(), None, 0)
        row = self.rowCount()
        self.insertRow(row)
        texts = (str(band.from_years), "" if band.to_years is None else str(band.to_years), str(band.extra_days))
        for column, text in enumerate(texts):
            self.setItem(row, column, QTableWidgetItem(text))
        self.setCurrentCell(row, 0)

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def read(self) -> tuple[tuple[ServiceBand, ...], list[ValidationIssue]]:
        """The bands typed, and an issue per row whose cells are not whole numbers."""
        bands: list[ServiceBand] = []
        issues: list[ValidationIssue] = []
        for row in range(self.rowCount()):
            start, end, extra = (self._text(row, column) for column in range(3))
            if not (start.isdigit() and extra.isdigit() and (end == "" or end.isdigit())):
                message = _("Years and days are whole numbers; leave “to” empty for the last band.")
                issues.append(ValidationIssue(band_field(row), "not_number", message))
                continue
            bands.append(ServiceBand(int(start), int(end) if end else None, int(extra)))
        return tuple(bands), issues

    def mark_rows(self, rows: Sequence[int]) -> None:
        """Tint the rows in error; clear the others."""
        for row in range(self.rowCount()):
            colour = QBrush(QColor(ERROR_BACKGROUND)) if row in rows else QBrush()
            for column in range(3):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(colour)
                    item.setToolTip(_("See the message under the table") if row in rows else "")
        self.setStyleSheet(f"QTableWidget {{ border: 1px solid {ERROR_COLOUR}; }}" if rows else "")

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _next_start(self) -> int:
        if not self.rowCount():
            return 0
        last_end = self._text(self.rowCount() - 1, 1)
        return int(last_end) + 1 if last_end.isdigit() else 0
