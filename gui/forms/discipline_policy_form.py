"""The office's discipline rules: the breach pick list (11.1, 13.1, 13.3–13.5), cut ceilings and periods."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.discipline.entities import LAW_MAX_CUT_MONTHS, LAW_MAX_CUT_PERCENT, BreachClause, DisciplinePolicy
from core.i18n import _
from core.validation import ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.buttons import action_button
from gui.widgets.field_message import FieldMessage
from gui.widgets.row_table import RowTable

CODE, TEXT = range(2)
NUMBER_FIELDS = ("max_cut_percent", "max_cut_months", "warning_months", "dismissal_months")


class BreachTable(RowTable):
    """The breach list as rows of clause and wording: add, remove, reword."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([_("Clause"), _("The regulation's wording")], parent, name="breaches_table")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self._lay_out(
            action_button(self, _("Add a breach"), self.add_empty_row),
            action_button(
                self,
                _("Remove the breach"),
                self.remove_current,
                tip=_("Sanctions already recorded keep their wording"),
            ),
        )

    def set_breaches(self, breaches: Sequence[BreachClause]) -> None:
        self.table.setRowCount(0)
        for breach in breaches:
            self.add_row(breach)

    def add_row(self, breach: BreachClause) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CODE, QTableWidgetItem(breach.code))
        self.table.setItem(row, TEXT, QTableWidgetItem(breach.text))

    def add_empty_row(self) -> None:
        self.add_row(BreachClause("", ""))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, CODE)
        item = self.table.item(row, CODE)
        if item is not None:
            self.table.editItem(item)

    def breaches(self) -> tuple[BreachClause, ...]:
        text = self.cell_text
        return tuple(BreachClause(text(row, CODE), text(row, TEXT)) for row in range(self.table.rowCount()))


class DisciplinePolicyForm(QWidget):
    """Ceilings are capped by the law (Civil Service Law art. 48); the service says so if exceeded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = {
            "max_cut_percent": _spin(self, "max_cut_percent_spin", " %"),
            "max_cut_months": _spin(self, "max_cut_months_spin", _(" months")),
            "warning_months": _spin(self, "warning_months_spin", _(" months")),
            "dismissal_months": _spin(self, "dismissal_months_spin", _(" months")),
        }
        self.breach_table = BreachTable(self)
        self.breach_table.setObjectName("breach_table")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.populate(None)

    def _build_layout(self) -> None:
        bind = self._issues.bind
        limits = QGroupBox(_("Sanctions and how long they count"), self)
        form = QFormLayout(limits)
        labels = (
            _("Salary cut at most (the law: {limit} %)").format(limit=LAW_MAX_CUT_PERCENT),
            _("Salary cut for at most (the law: {limit} months)").format(limit=LAW_MAX_CUT_MONTHS),
            _("A warning counts for"),
            _("A dismissal counts, after re-appointment, for"),
        )
        for name, label in zip(NUMBER_FIELDS, labels, strict=True):
            form.addRow(label, bind(name, self.numbers[name]))
        breaches = QGroupBox(_("Breaches offered in the register (regulation 11.1, 13.1, 13.3–13.5)"), self)
        breaches_layout = QVBoxLayout(breaches)
        breaches_layout.addWidget(bind("breaches", self.breach_table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addWidget(limits)
        layout.addWidget(breaches, 1)
        chain_tab_order(
            [
                *self.numbers.values(),
                self.breach_table.table,
                self.breach_table.add_button,
                self.breach_table.remove_button,
            ]
        )

    @property
    def first_widget(self) -> QWidget:
        return self.numbers["max_cut_percent"]

    def populate(self, policy: DisciplinePolicy | None) -> None:
        p = policy or DisciplinePolicy()
        self._issues.clear()
        for name in NUMBER_FIELDS:
            self.numbers[name].setValue(getattr(p, name))
        self.breach_table.set_breaches(p.breaches)

    def read(self) -> DisciplinePolicy:
        values = {name: spin.value() for name, spin in self.numbers.items()}
        return DisciplinePolicy(breaches=self.breach_table.breaches(), **values)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)


def _spin(parent: QWidget, name: str, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, 999)  # wider than the law, so a raised ceiling is refused with the law's reason
    spin.setSuffix(suffix)
    spin.setMaximumWidth(160)
    return spin
