"""An acting official for the chief or a unit head, from–to, by an order (regulation 2.3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.entities import ActingAssignment, Department, Employee, SigningRole
from core.i18n import _
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.acting_model import ROLE_LABELS
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date


class ActingForm(QWidget):
    """The unit is asked for only when a unit head is away."""

    def __init__(self, units: Sequence[Department] = (), employees: Sequence[Employee] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assignment: ActingAssignment | None = None
        self.role_combo = ChoiceCombo(self)
        self.role_combo.setObjectName("role_combo")
        self.role_combo.set_choices((_(label), role) for role, label in ROLE_LABELS.items())
        self.department_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.department_combo.setObjectName("department_combo")
        self.department_combo.set_units(units)
        self.acting_employee_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.acting_employee_combo.setObjectName("acting_employee_combo")
        self.acting_employee_combo.set_employees(employees)
        self.starts_on_edit = make_date_edit(self)
        self.starts_on_edit.setObjectName("starts_on_edit")
        self.ends_on_edit = make_date_edit(self)
        self.ends_on_edit.setObjectName("ends_on_edit")
        self.order_number_edit = QLineEdit(self)
        self.order_number_edit.setObjectName("order_number_edit")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.role_combo.currentIndexChanged.connect(self._update_unit_state)
        self.populate(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Who is away"), "role", self.role_combo),
            (_("Unit"), "department_id", self.department_combo),
            (_("Acting official"), "acting_employee_id", self.acting_employee_combo),
            (_("From"), "starts_on", self.starts_on_edit),
            (_("To (inclusive)"), "ends_on", self.ends_on_edit),
            (_("Order no."), "order_number", self.order_number_edit),
            (_("Note"), "note", self.note_edit),
        ])
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.role_combo

    def populate(self, assignment: ActingAssignment | None) -> None:
        self._assignment = assignment
        self._issues.clear()
        a = assignment
        self.role_combo.set_value(a.role if a else SigningRole.CHIEF)
        self.department_combo.set_value(a.department_id if a else None)
        self.acting_employee_combo.set_value(a.acting_employee_id if a else None)
        self.starts_on_edit.setDate(QDate(a.starts_on if a else date.today()))
        self.ends_on_edit.setDate(QDate(a.ends_on if a else date.today()))
        self.order_number_edit.setText(a.order_number if a else "")
        self.note_edit.setText(a.note if a else "")
        self._update_unit_state()

    def read(self) -> ActingAssignment:
        """Raises ValidationError when no acting official is chosen (the record needs one)."""
        acting_id = self.acting_employee_combo.value()
        if acting_id is None:
            issue = ValidationIssue("acting_employee_id", "required", _("This field is required."))
            raise ValidationError(ValidationReport((issue,)))
        role: SigningRole = self.role_combo.value()
        typed = {
            "role": role,
            "department_id": self.department_combo.value() if role is SigningRole.DEPARTMENT_HEAD else None,
            "acting_employee_id": acting_id,
            "starts_on": to_date(self.starts_on_edit.date()),
            "ends_on": to_date(self.ends_on_edit.date()),
            "order_number": self.order_number_edit.text(),
            "note": self.note_edit.text(),
        }
        return replace(self._assignment, **typed) if self._assignment else ActingAssignment(**typed)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _update_unit_state(self) -> None:
        self.department_combo.setEnabled(self.role_combo.value() is SigningRole.DEPARTMENT_HEAD)
