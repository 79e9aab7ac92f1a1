"""The section-7 deadline table (7.1–7.6) and the reminder horizon, edited in place.

The rows are the regulation's deadlines: an office moves a date or rewords a line, it does not
add steps the contract register could not track, so rows are neither added nor removed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _
from core.performance.policy import Deadline, PerformancePolicy
from core.validation import ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage

CLAUSE, MONTH, FIRST_DAY, LAST_DAY, WHO, WHAT, NEXT_YEAR = range(7)
_NUMBER_COLUMNS = {MONTH: (1, 12), FIRST_DAY: (1, 31), LAST_DAY: (1, 31)}


class DeadlineTable(QTableWidget):
    """One row per deadline; the month and days are spin boxes, next year's contract a check box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        headers = [_("Clause"), _("Month"), _("From day"), _("To day"), _("Who"), _("What"), _("Next year's contract")]
        super().__init__(0, len(headers), parent)
        self.setObjectName("deadline_table")
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for column in (CLAUSE, MONTH, FIRST_DAY, LAST_DAY, NEXT_YEAR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(WHO, 180)
        # Two lines per row hold the longest wording at this screen's width; a spin box stays its own height.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 12)
        self._steps: list[Deadline] = []

    def set_deadlines(self, deadlines: Sequence[Deadline]) -> None:
        self.setRowCount(0)
        self._steps = list(deadlines)
        for row, deadline in enumerate(deadlines):
            self.insertRow(row)
            self.setItem(row, CLAUSE, QTableWidgetItem(deadline.clause))
            for column, value in (
                (MONTH, deadline.month),
                (FIRST_DAY, deadline.first_day),
                (LAST_DAY, deadline.last_day),
            ):
                low, high = _NUMBER_COLUMNS[column]
                spin = QSpinBox(self)
                spin.setRange(low, high)
                spin.setValue(value)
                spin.setObjectName(f"deadline_{row}_{column}")
                self.setCellWidget(row, column, spin)
            self.setItem(row, WHO, QTableWidgetItem(deadline.who))
            self.setItem(row, WHAT, QTableWidgetItem(deadline.what))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if deadline.year_offset else Qt.CheckState.Unchecked)
            self.setItem(row, NEXT_YEAR, check)

    def spin(self, row: int, column: int) -> QSpinBox:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def deadlines(self) -> tuple[Deadline, ...]:
        """The rows as typed; each keeps the contract step of the deadline it was loaded from."""
        rows = []
        for row, loaded in enumerate(self._steps):
            check = self.item(row, NEXT_YEAR)
            next_year = check is not None and check.checkState() == Qt.CheckState.Checked
            rows.append(
                replace(
                    loaded,
                    clause=self._text(row, CLAUSE),
                    month=self.spin(row, MONTH).value(),
                    first_day=self.spin(row, FIRST_DAY).value(),
                    last_day=self.spin(row, LAST_DAY).value(),
                    who=self._text(row, WHO),
                    what=self._text(row, WHAT),
                    year_offset=1 if next_year else 0,
                )
            )
        return tuple(rows)


class DeadlinePolicyForm(QWidget):
    """A row's problem is named by its number in the message above the table (the service checks)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder_spin = QSpinBox(self)
        self.reminder_spin.setObjectName("reminder_days_spin")
        self.reminder_spin.setRange(0, 999)  # wider than allowed, so the service says why
        self.reminder_spin.setSuffix(_(" days"))
        self.reminder_spin.setMaximumWidth(160)
        self.deadline_table = DeadlineTable(self)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._policy = PerformancePolicy()
        bind = self._issues.bind
        reminder = QGroupBox(_("Reminder on the main window"), self)
        form = QFormLayout(reminder)
        form.addRow(_("Show deadlines coming within"), bind("reminder_days", self.reminder_spin))
        table = QGroupBox(_("Performance contract deadlines (regulation 7.1–7.6)"), self)
        table_layout = QVBoxLayout(table)
        table_layout.addWidget(bind("deadlines", self.deadline_table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addWidget(table, 1)
        layout.addWidget(reminder)
        chain_tab_order([self.deadline_table, self.reminder_spin])
        self.populate(None)

    def populate(self, policy: PerformancePolicy | None) -> None:
        self._policy = policy or PerformancePolicy()
        self._issues.clear()
        self.deadline_table.set_deadlines(self._policy.deadlines)
        self.reminder_spin.setValue(self._policy.reminder_days)

    def read(self) -> PerformancePolicy:
        """The ratings and bonus are not edited here: they stay as loaded."""
        return replace(
            self._policy, deadlines=self.deadline_table.deadlines(), reminder_days=self.reminder_spin.value()
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
