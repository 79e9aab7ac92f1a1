"""The office's payment and award kinds as one table: clause, wording, sum or share, how often, offered.

The rows are the regulation's kinds, always all of them: a kind is dropped by unticking
"Offered", never deleted, so its recorded payments keep their group in the register.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from core.i18n import N_, _
from core.payments.catalogue import Frequency, PaymentKind, PaymentPolicy
from core.validation import ValidationReport
from gui.forms.issues import IssueBinder
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage

CLAUSE, TEXT, AMOUNT, UP_TO, PERCENT, USUAL, FREQUENCY, OFFERED = range(8)
FREQUENCY_LABELS = {
    Frequency.ANY: N_("Any time"),
    Frequency.ONCE_A_YEAR: N_("Once a year"),
    Frequency.ONCE_EVER: N_("Once only"),
}
#: Wider than the rules allow, so a typo is refused with the rule's reason rather than clipped.
SPIN_AMOUNT_MAX = 999_999_999
SPIN_PERCENT_MAX = 9999


def _spin(parent: QWidget, maximum: int, suffix: str) -> QSpinBox:
    """0 shows as "—": the kind has no such sum or share."""
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSpecialValueText("—")
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin


def _check(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class PaymentPolicyForm(QWidget):
    """Kinds without money (honours) keep their sums empty; every issue names the kind's code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: tuple[PaymentKind, ...] = ()
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("kinds_table")
        self.table.setHorizontalHeaderLabels(
            [
                _("Clause"),
                _("The regulation's wording"),
                _("Sum or ceiling, ₮"),
                _("Up to"),
                _("Share of base salary, %"),
                _("Usual %"),
                _("How often"),
                _("Offered"),
            ]
        )
        self.table.verticalHeader().hide()
        # Rows follow the wrapped wording as the window is resized, not the widths at load time.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addWidget(self._issues.bind("kinds", self.table), 1)
        self.populate(None)

    @property
    def first_widget(self) -> QWidget:
        return self.table

    def populate(self, policy: PaymentPolicy | None) -> None:
        self._issues.clear()
        self._kinds = (policy or PaymentPolicy()).kinds
        self.table.setRowCount(0)
        for kind in self._kinds:
            self._add_row(kind)

    def _add_row(self, kind: PaymentKind) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CLAUSE, QTableWidgetItem(kind.clause))
        self.table.setItem(row, TEXT, QTableWidgetItem(kind.text))
        self.table.setItem(row, UP_TO, _check(kind.up_to))
        self.table.setItem(row, OFFERED, _check(kind.offered))
        for column, value, maximum, suffix in (
            (AMOUNT, kind.amount, SPIN_AMOUNT_MAX, " ₮"),
            (PERCENT, kind.salary_percent, SPIN_PERCENT_MAX, " %"),
            (USUAL, kind.default_percent, SPIN_PERCENT_MAX, " %"),
        ):
            spin = _spin(self.table, maximum, suffix)
            spin.setObjectName(f"{column}_{kind.code}")
            spin.setValue(value or 0)
            spin.setEnabled(kind.monetary)  # an honour carries no money (12.1, 12.3)
            self.table.setCellWidget(row, column, spin)
        combo = ChoiceCombo(self.table)
        combo.set_choices((_(label), frequency) for frequency, label in FREQUENCY_LABELS.items())
        combo.set_value(kind.frequency)
        self.table.setCellWidget(row, FREQUENCY, combo)

    def row_of(self, code: str) -> int:
        return next(row for row, kind in enumerate(self._kinds) if kind.code == code)

    def spin(self, row: int, column: int) -> QSpinBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _read_row(self, row: int, kind: PaymentKind) -> PaymentKind:
        combo = self.table.cellWidget(row, FREQUENCY)
        assert isinstance(combo, ChoiceCombo)
        return replace(
            kind,
            clause=self._text(row, CLAUSE),
            text=self._text(row, TEXT),
            amount=self.spin(row, AMOUNT).value() or None,
            up_to=self._checked(row, UP_TO),
            salary_percent=self.spin(row, PERCENT).value() or None,
            default_percent=self.spin(row, USUAL).value() or None,
            frequency=combo.value(),
            offered=self._checked(row, OFFERED),
        )

    def read(self) -> PaymentPolicy:
        """The kinds as typed; their relatives and award flag stay as loaded."""
        return PaymentPolicy(tuple(self._read_row(row, kind) for row, kind in enumerate(self._kinds)))

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
