"""A business trip's draft: who, where, why, when; the Governor's agreement for a trip abroad (9.4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from core.entities import Employee
from core.i18n import _
from core.trips.entities import BusinessTrip, TripScope
from core.trips.validation import ADVANCE_MAX, COUNTRY_MAX, PLACE_MAX, PURPOSE_MAX, REFERENCE_MAX
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.trips_model import SCOPE_LABELS
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit, make_date_edit, to_date


class TripForm(QWidget):
    """New trips and drafts; an issued trip changes only by an extension or a recall."""

    def __init__(self, employees: Sequence[Employee] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trip: BusinessTrip | None = None
        self.employee_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.employee_combo.set_employees(employees)
        self.scope_combo = ChoiceCombo(self)
        self.scope_combo.set_choices((_(label), scope) for scope, label in SCOPE_LABELS.items())
        self.country_edit = _line(self, COUNTRY_MAX, _("e.g. ОХУ"))
        self.place_edit = _line(self, PLACE_MAX, _("Aimag and soum, or the city"))
        self.purpose_edit = _line(self, PURPOSE_MAX)
        self.starts_on_edit = make_date_edit(self)
        self.ends_on_edit = make_date_edit(self)
        self.governor_agreed_on_edit = OptionalDateEdit(self)
        self.governor_reference_edit = _line(self, REFERENCE_MAX, _("Letter or decision no."))
        self.advance_amount_spin = QSpinBox(self)
        self.advance_amount_spin.setRange(0, ADVANCE_MAX)
        self.advance_amount_spin.setSingleStep(10_000)
        self.advance_amount_spin.setGroupSeparatorShown(True)
        self.advance_amount_spin.setSuffix(" ₮")
        self.advance_amount_spin.setSpecialValueText(_("none"))
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._name_widgets()
        self._build_layout()
        self.scope_combo.currentIndexChanged.connect(self._update_states)
        self.populate(None)

    def _name_widgets(self) -> None:
        for name in (
            "employee_combo",
            "scope_combo",
            "country_edit",
            "place_edit",
            "purpose_edit",
            "starts_on_edit",
            "ends_on_edit",
            "governor_agreed_on_edit",
            "governor_reference_edit",
            "advance_amount_spin",
        ):
            getattr(self, name).setObjectName(name)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(
            form,
            self._issues,
            [
                (_("Employee"), "employee_id", self.employee_combo),
                (_("Trip"), "scope", self.scope_combo),
                (_("Country"), "country", self.country_edit),
                (_("Place"), "place", self.place_edit),
                (_("Purpose"), "purpose", self.purpose_edit),
                (_("From"), "starts_on", self.starts_on_edit),
                (_("To"), "ends_on", self.ends_on_edit),
                (_("Governor agreed on (9.4)"), "governor_agreed_on", self.governor_agreed_on_edit),
                (_("Governor's agreement no."), "governor_reference", self.governor_reference_edit),
                (_("Advance paid (9.3)"), "advance_amount", self.advance_amount_spin),
            ],
        )
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.employee_combo

    def populate(self, trip: BusinessTrip | None) -> None:
        self._issues.clear()
        self._trip = trip
        start = trip.starts_on if trip else date.today() + timedelta(days=1)
        self.employee_combo.set_value(trip.employee_id if trip else None)
        self.scope_combo.set_value(trip.scope if trip else TripScope.DOMESTIC)
        self.country_edit.setText(trip.country if trip else "")
        self.place_edit.setText(trip.place if trip else "")
        self.purpose_edit.setText(trip.purpose if trip else "")
        self.starts_on_edit.setDate(QDate(start.year, start.month, start.day))
        end = trip.ends_on if trip else start
        self.ends_on_edit.setDate(QDate(end.year, end.month, end.day))
        self.governor_agreed_on_edit.set_value(trip.governor_agreed_on if trip else None)
        self.governor_reference_edit.setText(trip.governor_reference if trip else "")
        self.advance_amount_spin.setValue((trip.advance_amount if trip else None) or 0)
        self._update_states()

    def read(self) -> BusinessTrip:
        """Raises ValidationError when no employee is chosen (the record needs one)."""
        employee_id = self.employee_combo.value()
        if employee_id is None:
            issue = ValidationIssue("employee_id", "required", _("This field is required."))
            raise ValidationError(ValidationReport((issue,)))
        scope: TripScope = self.scope_combo.value()
        abroad = scope is TripScope.ABROAD
        values = BusinessTrip(
            employee_id=employee_id,
            scope=scope,
            place=self.place_edit.text(),
            purpose=self.purpose_edit.text(),
            starts_on=to_date(self.starts_on_edit.date()),
            ends_on=to_date(self.ends_on_edit.date()),
            country=self.country_edit.text() if abroad else "",
            governor_agreed_on=self.governor_agreed_on_edit.value(),
            governor_reference=self.governor_reference_edit.text(),
            advance_amount=self.advance_amount_spin.value() or None,
        )
        if self._trip is None:
            return values
        return replace(values, id=self._trip.id, submission_id=self._trip.submission_id)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _update_states(self) -> None:
        self.country_edit.setEnabled(self.scope_combo.value() is TripScope.ABROAD)


def _line(parent: QWidget, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(limit)
    edit.setPlaceholderText(placeholder)
    return edit
