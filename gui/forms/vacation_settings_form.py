"""The office's vacation table: base days, the protected base, and the service bands (Labour Law art. 99).

``populate`` / ``read`` / ``show_issues`` like every form; the service checks the values.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from core.i18n import N_, _
from core.vacation.entitlement import VacationPolicy
from core.vacation.policy_validation import MAX_DAYS, MAX_MONTHS, MAX_YEARS
from core.validation import ValidationError, ValidationReport
from gui.forms.issues import IssueBinder, field_with_message
from gui.forms.service_band_table import ServiceBandTable
from gui.forms.tab_order import chain_tab_order
from gui.widgets.buttons import action_button
from gui.widgets.field_message import FieldMessage

#: (field, label, largest value) of each number, in the order the law states them.
NUMBER_FIELDS = (
    ("base_days", N_("Base vacation (working days)"), MAX_DAYS),
    ("protected_base_days", N_("Base for under-age and disabled employees"), MAX_DAYS),
    ("protected_below_age", N_("Under-age means younger than (years)"), MAX_YEARS),
    ("earned_after_months", N_("Earned after (months of work)"), MAX_MONTHS),
    ("least_long_part_days", N_("A split vacation keeps one part of at least (days)"), MAX_DAYS),
)


class VacationSettingsForm(QWidget):
    """The numbers of art. 99 and the office's table of additional days for years of service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self.numbers = {name: self._spin(name, top) for name, _label, top in NUMBER_FIELDS}
        self.clause_edit = QLineEdit(self)
        self.clause_edit.setObjectName("clause_edit")
        self.clause_edit.setMaxLength(20)
        self.band_table = ServiceBandTable(self)
        self.band_table.setObjectName("band_table")
        self.add_band_button = action_button(
            self, _("&Add a band"), self.band_table.add_row, tip=_("A new row starting after the last band")
        )
        self.remove_band_button = action_button(self, _("&Remove the band"), self.band_table.remove_selected)
        self._layout_widgets()
        self.populate(None)

    def _spin(self, name: str, top: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"{name}_spin")
        spin.setRange(0, top)
        return spin

    def _layout_widgets(self) -> None:
        numbers = QGroupBox(_("Labour Law, art. 99"), self)
        form = QFormLayout(numbers)
        for name, label, _top in NUMBER_FIELDS:
            form.addRow(_(label), self._issues.bind(name, self.numbers[name]))
        form.addRow(_("Regulation clause on vacation"), self._issues.bind("clause", self.clause_edit))
        bands = QGroupBox(_("Additional days for years of service"), self)
        table_box, self.bands_message = field_with_message(self.band_table)
        self.bands_message.setObjectName("bands_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_band_button)
        buttons.addWidget(self.remove_band_button)
        buttons.addStretch(1)
        band_layout = QVBoxLayout(bands)
        band_layout.addWidget(table_box, 1)
        band_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addWidget(numbers)
        layout.addWidget(bands, 1)
        chain_tab_order(
            [*self.numbers.values(), self.clause_edit, self.band_table, self.add_band_button, self.remove_band_button]
        )

    def populate(self, policy: VacationPolicy | None) -> None:
        """Show *policy*, or the Labour Law's table."""
        policy = policy or VacationPolicy()
        self._policy = policy
        self.clear_issues()
        for name, spin in self.numbers.items():
            spin.setValue(getattr(policy, name))
        self.clause_edit.setText(policy.clause)
        self.band_table.set_bands(policy.bands)

    def read(self) -> VacationPolicy:
        """The table as typed.

        Raises:
            ValidationError: A band row whose cells are not whole numbers.
        """
        bands, issues = self.band_table.read()
        if issues:
            raise ValidationError(ValidationReport(tuple(issues)))
        numbers = {name: spin.value() for name, spin in self.numbers.items()}
        return replace(self._policy, **numbers, clause=self.clause_edit.text().strip(), bands=bands)

    def show_issues(self, report: ValidationReport) -> None:
        band_issues = [i for i in report.issues if i.field.startswith("bands.")]
        others = ValidationReport(tuple(i for i in report.issues if i not in band_issues))
        self._issues.show(others)
        rows = [int(i.field.split(".", 1)[1]) for i in band_issues]
        self.band_table.mark_rows(rows)
        self.bands_message.show_issues(
            [
                replace(i, message=_("Row {row}: {message}").format(row=row + 1, message=i.message))
                for row, i in zip(rows, band_issues, strict=True)
            ]
        )

    def clear_issues(self) -> None:
        self._issues.clear()
        self.band_table.mark_rows([])
        self.bands_message.clear_message()
