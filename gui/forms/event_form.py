"""A step in an employee's career made by an order: release, dismissal, re-appointment…"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.entities import (
    EMPLOYEE_STATUS_LABELS,
    EVENT_KIND_LABELS,
    Department,
    Employee,
    EmploymentEvent,
    EventKind,
    Position,
)
from core.i18n import _
from core.names import full_name
from core.services.employees import ALLOWED_EVENTS, POSITION_EVENTS
from core.validation import ValidationReport
from gui.forms.field_rows import add_field_rows
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.position_labels import position_choices
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit, make_date_edit, to_date


class EventForm(QWidget):
    """Only the steps that may follow the employee's current status are offered."""

    def __init__(self, employee: Employee, positions: Sequence[Position] = (),
                 departments: Sequence[Department] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert employee.id is not None
        self._employee = employee
        self.kind_combo = ChoiceCombo(self)
        self.kind_combo.setObjectName("kind_combo")
        allowed = ALLOWED_EVENTS[employee.status]
        self.kind_combo.set_choices((_(EVENT_KIND_LABELS[k]), k) for k in EventKind if k in allowed)
        self.effective_on_edit = make_date_edit(self)
        self.effective_on_edit.setObjectName("effective_on_edit")
        self.position_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.position_combo.setObjectName("position_combo")
        self.position_combo.set_choices(position_choices(positions, departments))
        self.order_number_edit = QLineEdit(self)
        self.order_number_edit.setObjectName("order_number_edit")
        self.order_number_edit.setPlaceholderText(_("e.g. А/125"))
        self.order_date_edit = OptionalDateEdit(self)
        self.order_date_edit.setObjectName("order_date_edit")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.kind_combo.currentIndexChanged.connect(self._update_position_state)
        self.populate(None)

    def _build_layout(self) -> None:
        status = _(EMPLOYEE_STATUS_LABELS[self._employee.status])
        heading = QLabel(_("{name} — now: {status}").format(name=full_name(self._employee), status=status), self)
        heading.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Step"), "kind", self.kind_combo),
            (_("Effective from"), "effective_on", self.effective_on_edit),
            (_("Position"), "position_id", self.position_combo),
            (_("Order no."), "order_number", self.order_number_edit),
            (_("Order date"), "order_date", self.order_date_edit),
            (_("Note"), "note", self.note_edit),
        ])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.general_message)
        layout.addLayout(form)
        layout.addStretch(1)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.kind_combo

    def populate(self, event: EmploymentEvent | None) -> None:
        self._issues.clear()
        self.kind_combo.set_value(event.kind if event else None)
        self.effective_on_edit.setDate(QDate(event.effective_on if event else date.today()))
        self.position_combo.set_value(event.position_id if event else self._employee.position_id)
        self.order_number_edit.setText(event.order_number if event else "")
        self.order_date_edit.set_value(event.order_date if event else None)
        self.note_edit.setText(event.note if event else "")
        self._update_position_state()

    def read(self) -> EmploymentEvent:
        assert self._employee.id is not None
        kind: EventKind = self.kind_combo.value()
        return EmploymentEvent(
            employee_id=self._employee.id,
            kind=kind,
            effective_on=to_date(self.effective_on_edit.date()),
            position_id=self.position_combo.value() if kind in POSITION_EVENTS else None,
            order_number=self.order_number_edit.text(),
            order_date=self.order_date_edit.value(),
            note=self.note_edit.text(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _update_position_state(self) -> None:
        self.position_combo.setEnabled(self.kind_combo.value() in POSITION_EVENTS)
