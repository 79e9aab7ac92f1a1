"""The employee record as a form: ``populate`` / ``read`` / ``show_issues`` (house style 5–6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from core.entities import (
    CONTRACT_KIND_LABELS,
    GENDER_LABELS,
    SERVICE_KIND_LABELS,
    ContractKind,
    Department,
    Employee,
    Gender,
    Position,
    ServiceKind,
)
from core.i18n import _
from core.registration import RegistrationNumberError, parse_registration_number
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.position_labels import position_choices
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit


class EmployeeForm(QWidget):
    """Person, contact and appointment fields; issues appear under the field they name."""

    def __init__(
        self,
        positions: Sequence[Position] = (),
        departments: Sequence[Department] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._employee: Employee | None = None
        self._birth_date_touched = False
        self._gender_touched = False
        self._create_widgets()
        self.set_positions(positions, departments)
        self._layout_widgets()
        self.registration_number_edit.textEdited.connect(self._fill_from_registration)
        self.birth_date_edit.edited.connect(self._touch_birth_date)
        self.gender_combo.activated.connect(self._touch_gender)
        self.populate(None)

    def _create_widgets(self) -> None:
        self.patronymic_edit = self._line("patronymic_edit")
        self.given_name_edit = self._line("given_name_edit")
        self.surname_edit = self._line("surname_edit")
        self.registration_number_edit = self._line("registration_number_edit", _("e.g. УБ99112345"))
        self.birth_date_edit = OptionalDateEdit(self)
        self.gender_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.gender_combo.set_choices((_(label), gender) for gender, label in GENDER_LABELS.items())
        self.phone_edit = self._line("phone_edit", _("e.g. 99112233"))
        self.email_edit = self._line("email_edit", _("e.g. name@example.mn"))
        self.address_edit = self._line("address_edit")
        self.position_combo = ChoiceCombo(self, none_text=_("— no position —"))
        self.appointed_on_edit = OptionalDateEdit(self)
        self.career_started_on_edit = OptionalDateEdit(self)
        self.service_kind_combo = ChoiceCombo(self)
        self.service_kind_combo.set_choices((_(label), kind) for kind, label in SERVICE_KIND_LABELS.items())
        self.contract_kind_combo = ChoiceCombo(self)
        self.contract_kind_combo.set_choices((_(label), kind) for kind, label in CONTRACT_KIND_LABELS.items())
        self.contract_ends_on_edit = OptionalDateEdit(self)
        self.has_disability_check = QCheckBox(_("Has a disability (longer base vacation)"), self)
        self.has_disability_check.setObjectName("has_disability_check")
        for name in ("birth_date_edit", "gender_combo", "position_combo", "appointed_on_edit",
                     "career_started_on_edit", "service_kind_combo", "contract_kind_combo", "contract_ends_on_edit"):
            getattr(self, name).setObjectName(name)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(220)
        return edit

    def _layout_widgets(self) -> None:
        person = self._group(_("Person"), (
            ("patronymic", _("Father's/mother's name"), self.patronymic_edit),
            ("given_name", _("Given name"), self.given_name_edit),
            ("surname", _("Clan name"), self.surname_edit),
            ("registration_number", _("Registration number"), self.registration_number_edit),
            ("birth_date", _("Birth date"), self.birth_date_edit),
            ("gender", _("Gender"), self.gender_combo),
            ("phone", _("Phone"), self.phone_edit),
            ("email", _("E-mail"), self.email_edit),
            ("address", _("Address"), self.address_edit),
        ))
        work = self._group(_("Appointment"), (
            ("position_id", _("Position"), self.position_combo),
            ("appointed_on", _("Appointed on"), self.appointed_on_edit),
            ("career_started_on", _("Career started on"), self.career_started_on_edit),
            ("service_kind", _("Kind of service"), self.service_kind_combo),
            ("contract_kind", _("Contract"), self.contract_kind_combo),
            ("contract_ends_on", _("Contract ends on"), self.contract_ends_on_edit),
            ("has_disability", _("Disability"), self.has_disability_check),
        ))
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(work, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_message)
        outer.addLayout(columns)
        chain_tab_order([
            self.patronymic_edit, self.given_name_edit, self.surname_edit, self.registration_number_edit,
            self.birth_date_edit, self.gender_combo, self.phone_edit, self.email_edit, self.address_edit,
            self.position_combo, self.appointed_on_edit, self.career_started_on_edit, self.service_kind_combo,
            self.contract_kind_combo, self.contract_ends_on_edit, self.has_disability_check,
        ])

    def _group(self, title: str, rows: Sequence[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title, self)
        layout = QFormLayout(group)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, widget in rows:
            layout.addRow(label, self._issues.bind(field, widget))
        group.setLayout(layout)
        return group

    def set_positions(self, positions: Sequence[Position], departments: Sequence[Department]) -> None:
        self.position_combo.set_choices(position_choices(positions, departments))

    @property
    def first_widget(self) -> QWidget:
        return self.patronymic_edit

    def populate(self, employee: Employee | None) -> None:
        """Show *employee*, or an empty form for a new one; clears earlier messages."""
        self._employee = employee
        self._issues.clear()
        e = employee
        self.patronymic_edit.setText(e.patronymic if e else "")
        self.given_name_edit.setText(e.given_name if e else "")
        self.surname_edit.setText(e.surname if e else "")
        self.registration_number_edit.setText(e.registration_number if e else "")
        self.birth_date_edit.set_value(e.birth_date if e else None)
        self.gender_combo.set_value(e.gender if e else None)
        self.phone_edit.setText(e.phone if e else "")
        self.email_edit.setText(e.email if e else "")
        self.address_edit.setText(e.address if e else "")
        self.position_combo.set_value(e.position_id if e else None)
        self.appointed_on_edit.set_value(e.appointed_on if e else None)
        self.career_started_on_edit.set_value(e.career_started_on if e else None)
        self.service_kind_combo.set_value(e.service_kind if e else ServiceKind.CAREER)
        self.contract_kind_combo.set_value(e.contract_kind if e else ContractKind.INDEFINITE)
        self.contract_ends_on_edit.set_value(e.contract_ends_on if e else None)
        self.has_disability_check.setChecked(e.has_disability if e else False)
        self._birth_date_touched = self._gender_touched = employee is not None

    def read(self) -> Employee:
        """The record as typed.

        Raises:
            ValidationError: when the birth date or gender is not chosen, since an
                ``Employee`` cannot exist without them.
        """
        birth_date, gender = self.birth_date_edit.value(), self.gender_combo.value()
        self._require(birth_date, gender)
        assert birth_date is not None and gender is not None
        typed = {
            "patronymic": self.patronymic_edit.text(),
            "given_name": self.given_name_edit.text(),
            "surname": self.surname_edit.text(),
            "registration_number": self.registration_number_edit.text(),
            "birth_date": birth_date,
            "gender": gender,
            "phone": self.phone_edit.text(),
            "email": self.email_edit.text(),
            "address": self.address_edit.text(),
            "position_id": self.position_combo.value(),
            "appointed_on": self.appointed_on_edit.value(),
            "career_started_on": self.career_started_on_edit.value(),
            "service_kind": self.service_kind_combo.value(),
            "contract_kind": self.contract_kind_combo.value(),
            "contract_ends_on": self.contract_ends_on_edit.value(),
            "has_disability": self.has_disability_check.isChecked(),
        }
        return replace(self._employee, **typed) if self._employee else Employee(**typed)

    def _require(self, birth_date: date | None, gender: Gender | None) -> None:
        missing = [
            ValidationIssue(field, "required", _("This field is required."))
            for field, value in (("birth_date", birth_date), ("gender", gender))
            if value is None
        ]
        if missing:
            raise ValidationError(ValidationReport(tuple(missing)))

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _touch_birth_date(self) -> None:
        self._birth_date_touched = True

    def _touch_gender(self) -> None:
        self._gender_touched = True

    def _fill_from_registration(self, text: str) -> None:
        """The РД carries the birth date and a gender hint: fill them unless the user set them."""
        try:
            info = parse_registration_number(text)
        except RegistrationNumberError:
            return
        if not self._birth_date_touched:
            self.birth_date_edit.set_value(info.birth_date)
        if not self._gender_touched:
            self.gender_combo.set_value(info.gender_hint)
