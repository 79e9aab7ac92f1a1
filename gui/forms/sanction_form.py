"""A disciplinary sanction: the breach from the regulation's list, the sanction, the order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionKind
from core.entities import Employee
from core.i18n import _
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.discipline_model import KIND_LABELS
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date


class SanctionForm(QWidget):
    """New sanctions only: a recorded one is annulled, never edited."""

    def __init__(self, employees: Sequence[Employee] = (), policy: DisciplinePolicy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = policy or DisciplinePolicy()
        self.employee_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.employee_combo.setObjectName("employee_combo")
        self.employee_combo.set_employees(employees)
        self.breach_code_combo = ChoiceCombo(self)
        self.breach_code_combo.setObjectName("breach_code_combo")
        choices = [(f"{b.code} {b.text}", b.code) for b in policy.breaches] + [(_("Other (describe)"), OTHER_BREACH)]
        self.breach_code_combo.set_choices(choices)
        self.breach_text_edit = QLineEdit(self)
        self.breach_text_edit.setObjectName("breach_text_edit")
        self.kind_combo = ChoiceCombo(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.set_choices((_(label), kind) for kind, label in KIND_LABELS.items())
        # Wider than the law's limits, so a typed 21 is refused with the reason, not silently clamped.
        self.cut_percent_spin = _spin(self, "cut_percent_spin", 100, suffix=" %")
        self.cut_months_spin = _spin(self, "cut_months_spin", 24)
        self.order_number_edit = QLineEdit(self)
        self.order_number_edit.setObjectName("order_number_edit")
        self.order_date_edit = make_date_edit(self)
        self.order_date_edit.setObjectName("order_date_edit")
        self.starts_on_edit = make_date_edit(self)
        self.starts_on_edit.setObjectName("starts_on_edit")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.breach_code_combo.currentIndexChanged.connect(self._update_states)
        self.kind_combo.currentIndexChanged.connect(self._update_states)
        self.populate(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Employee"), "employee_id", self.employee_combo),
            (_("Breach"), "breach_code", self.breach_code_combo),
            (_("Breach (other)"), "breach_text", self.breach_text_edit),
            (_("Sanction"), "kind", self.kind_combo),
            (_("Salary cut, percent"), "cut_percent", self.cut_percent_spin),
            (_("Salary cut, months"), "cut_months", self.cut_months_spin),
            (_("Order no."), "order_number", self.order_number_edit),
            (_("Order date"), "order_date", self.order_date_edit),
            (_("In force from"), "starts_on", self.starts_on_edit),
            (_("Note"), "note", self.note_edit),
        ])
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.employee_combo

    def populate(self, sanction: Sanction | None) -> None:
        self._issues.clear()
        s = sanction
        today = date.today()
        self.employee_combo.set_value(s.employee_id if s else None)
        if s is None:
            self.breach_code_combo.setCurrentIndex(0)
        else:
            self.breach_code_combo.set_value(s.breach_code)
        self.breach_text_edit.setText(s.breach_text if s and s.breach_code == OTHER_BREACH else "")
        self.kind_combo.set_value(s.kind if s else SanctionKind.WARNING)
        self.cut_percent_spin.setValue((s.cut_percent if s else None) or 10)
        self.cut_months_spin.setValue((s.cut_months if s else None) or 3)
        self.order_number_edit.setText(s.order_number if s else "")
        self.order_date_edit.setDate(QDate(s.order_date if s and s.order_date else today))
        self.starts_on_edit.setDate(QDate(s.starts_on if s else today))
        self.note_edit.setText(s.note if s else "")
        self._update_states()

    def read(self) -> Sanction:
        """Raises ValidationError when no employee is chosen (the record needs one)."""
        employee_id = self.employee_combo.value()
        if employee_id is None:
            issue = ValidationIssue("employee_id", "required", _("This field is required."))
            raise ValidationError(ValidationReport((issue,)))
        kind: SanctionKind = self.kind_combo.value()
        is_cut = kind is SanctionKind.SALARY_CUT
        code: str = self.breach_code_combo.value()
        return Sanction(
            employee_id=employee_id,
            breach_code=code,
            breach_text=self.breach_text_edit.text() if code == OTHER_BREACH else "",
            kind=kind,
            order_number=self.order_number_edit.text(),
            order_date=to_date(self.order_date_edit.date()),
            starts_on=to_date(self.starts_on_edit.date()),
            cut_percent=self.cut_percent_spin.value() if is_cut else None,
            cut_months=self.cut_months_spin.value() if is_cut else None,
            note=self.note_edit.text(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _update_states(self) -> None:
        self.breach_text_edit.setEnabled(self.breach_code_combo.value() == OTHER_BREACH)
        is_cut = self.kind_combo.value() is SanctionKind.SALARY_CUT
        self.cut_percent_spin.setEnabled(is_cut)
        self.cut_months_spin.setEnabled(is_cut)


def _spin(parent: QWidget, name: str, maximum: int, *, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    return spin
