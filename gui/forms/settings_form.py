"""What printed documents say about the office (business settings, kept in the database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.entities import Employee, OfficeSettings
from core.i18n import _
from core.validation import ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage


class OfficeSettingsForm(QWidget):
    def __init__(self, employees: Sequence[Employee] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = OfficeSettings()
        self.official_name_edit = self._line("official_name_edit")
        self.short_name_edit = self._line("short_name_edit")
        self.city_edit = self._line("city_edit")
        self.chief_employee_combo = ChoiceCombo(self, none_text=_("— not chosen —"))
        self.chief_employee_combo.setObjectName("chief_employee_combo")
        self.set_employees(employees)
        self.chief_title_edit = self._line("chief_title_edit")
        self.superior_title_edit = self._line("superior_title_edit")
        self.superior_name_edit = self._line("superior_name_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Official name"), "official_name", self.official_name_edit),
            (_("Short name"), "short_name", self.short_name_edit),
            (_("City"), "city", self.city_edit),
            (_("Chief of office"), "chief_employee_id", self.chief_employee_combo),
            (_("Chief's title"), "chief_title", self.chief_title_edit),
            (_("Superior's title"), "superior_title", self.superior_title_edit),
            (_("Superior's name"), "superior_name", self.superior_name_edit),
        ])
        message_over_form(self, self.general_message, form, stretch=False)
        chain_tab_order(widgets)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMinimumWidth(420)
        return edit

    @property
    def first_widget(self) -> QWidget:
        return self.official_name_edit

    def set_employees(self, employees: Sequence[Employee]) -> None:
        self.chief_employee_combo.set_employees(employees)

    def populate(self, settings: OfficeSettings | None) -> None:
        s = settings or OfficeSettings()
        self._settings = s
        self._issues.clear()
        self.official_name_edit.setText(s.official_name)
        self.short_name_edit.setText(s.short_name)
        self.city_edit.setText(s.city)
        self.chief_employee_combo.set_value(s.chief_employee_id)
        self.chief_title_edit.setText(s.chief_title)
        self.superior_title_edit.setText(s.superior_title)
        self.superior_name_edit.setText(s.superior_name)

    def read(self) -> OfficeSettings:
        return replace(
            self._settings,
            official_name=self.official_name_edit.text(),
            short_name=self.short_name_edit.text(),
            city=self.city_edit.text(),
            chief_employee_id=self.chief_employee_combo.value(),
            chief_title=self.chief_title_edit.text(),
            superior_title=self.superior_title_edit.text(),
            superior_name=self.superior_name_edit.text(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
