"""The reasons list of section 6 (6.8.1–6.8.5, 6.6's own, "other") as an editable table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from core.i18n import _
from core.leave.policy import LeaveReason
from gui.widgets.buttons import action_button
from gui.widgets.row_table import RowTable

CODE, LABEL, PRINTED, EXTENDED = range(4)
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored label, kept when its translation is shown unchanged


class ReasonTable(RowTable):
    """``reasons()`` reads the rows back; a label left as shown keeps its translatable source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [_("Clause"), _("Shown in the form"), _("Printed on the slip"), _("Paid beyond the limit")]
        super().__init__(headers, parent, name="reasons_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PRINTED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EXTENDED, QHeaderView.ResizeMode.ResizeToContents)
        self._lay_out(
            action_button(self, _("Add a reason"), lambda: self.add_row(LeaveReason("", "", ""))),
            action_button(self, _("Remove the reason"), self.remove_current),
        )

    def tab_widgets(self) -> list[QWidget]:
        return [self.table, self.add_button, self.remove_button]

    def set_reasons(self, reasons: Sequence[LeaveReason]) -> None:
        self.table.setRowCount(0)
        for reason in reasons:
            self.add_row(reason)

    def add_row(self, reason: LeaveReason) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CODE, QTableWidgetItem(reason.code))
        label = QTableWidgetItem(_(reason.label) if reason.label else "")
        label.setData(LABEL_ROLE, reason.label)
        self.table.setItem(row, LABEL, label)
        self.table.setItem(row, PRINTED, QTableWidgetItem(reason.printed))
        extended = QTableWidgetItem()
        extended.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        extended.setCheckState(Qt.CheckState.Checked if reason.extended_pay else Qt.CheckState.Unchecked)
        self.table.setItem(row, EXTENDED, extended)

    def reasons(self) -> tuple[LeaveReason, ...]:
        return tuple(self._reason(row) for row in range(self.table.rowCount()))

    def _reason(self, row: int) -> LeaveReason:
        def text(column: int) -> str:
            return self.cell_text(row, column)

        label_item = self.table.item(row, LABEL)
        source = label_item.data(LABEL_ROLE) if label_item is not None else None
        shown = text(LABEL)
        label = source if isinstance(source, str) and source and _(source) == shown else shown
        extended = self.table.item(row, EXTENDED)
        return LeaveReason(
            text(CODE),
            label,
            text(PRINTED),
            extended_pay=extended is not None and extended.checkState() == Qt.CheckState.Checked,
        )
