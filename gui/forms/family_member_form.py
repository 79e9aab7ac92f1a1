"""A relative of an employee: relation, name, birth date and an optional registration number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.i18n import _
from core.payments.family import RELATION_LABELS, FamilyMember, Relation
from core.payments.validation import FAMILY_NAME_MAX
from core.validation import ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date


class FamilyMemberForm(QWidget):
    def __init__(self, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._employee_id = employee_id
        self._member: FamilyMember | None = None
        self.relation_combo = ChoiceCombo(self)
        self.relation_combo.setObjectName("relation_combo")
        self.relation_combo.set_choices((_(label), relation) for relation, label in RELATION_LABELS.items())
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMaxLength(FAMILY_NAME_MAX)
        self.birth_date_edit = make_date_edit(self)
        self.birth_date_edit.setObjectName("birth_date_edit")
        self.registration_number_edit = QLineEdit(self)
        self.registration_number_edit.setObjectName("registration_number_edit")
        self.registration_number_edit.setMaxLength(12)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        form = QFormLayout()
        widgets = add_field_rows(
            form,
            self._issues,
            [
                (_("Relation"), "relation", self.relation_combo),
                (_("Name"), "name", self.name_edit),
                (_("Birth date"), "birth_date", self.birth_date_edit),
                (_("Registration no. (optional)"), "registration_number", self.registration_number_edit),
            ],
        )
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)
        self.populate(None)

    @property
    def first_widget(self) -> QWidget:
        return self.relation_combo

    def populate(self, member: FamilyMember | None) -> None:
        self._issues.clear()
        self._member = member
        self.relation_combo.set_value(member.relation if member else Relation.CHILD)
        self.name_edit.setText(member.name if member else "")
        self.birth_date_edit.setDate(QDate(member.birth_date if member else date.today()))
        self.registration_number_edit.setText(member.registration_number if member else "")

    def read(self) -> FamilyMember:
        return FamilyMember(
            employee_id=self._employee_id,
            relation=self.relation_combo.value(),
            name=self.name_edit.text(),
            birth_date=to_date(self.birth_date_edit.date()),
            registration_number=self.registration_number_edit.text(),
            id=self._member.id if self._member else None,
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
