"""One change of the office calendar: a day made working or a day off, and the decision that did it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.i18n import _
from core.leave.entities import CalendarChange
from core.validation import TITLE_MAX, ValidationReport
from gui.calendar_models import day_kind_text
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date


class CalendarChangeForm(QWidget):
    """``read()`` gives a new :class:`CalendarChange`; the service refuses a second change for a day."""

    submitted = Signal()  # Enter in the decision: add the change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_edit = make_date_edit(self)
        self.day_edit.setObjectName("day_edit")
        self.is_working_combo = ChoiceCombo(self)
        self.is_working_combo.setObjectName("is_working_combo")
        self.is_working_combo.set_choices([(day_kind_text(False), False), (day_kind_text(True), True)])
        self.decision_edit = QLineEdit(self)
        self.decision_edit.setObjectName("decision_edit")
        self.decision_edit.setMaxLength(TITLE_MAX)
        self.decision_edit.setPlaceholderText(_("e.g. Government resolution No. 12 of 2026"))
        self.decision_edit.returnPressed.connect(self.submitted)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        widgets = add_field_rows(form, self._issues, [
            (_("Date"), "day", self.day_edit),
            (_("The day becomes"), "is_working", self.is_working_combo),
            (_("Decision"), "decision", self.decision_edit),
        ])
        message_over_form(self, self.general_message, form, stretch=False)
        chain_tab_order(widgets)
        self.populate(None)

    @property
    def first_widget(self) -> QWidget:
        return self.day_edit

    def populate(self, change: CalendarChange | None, *, day: date | None = None) -> None:
        self._issues.clear()
        shown = change.day if change else day or date.today()
        self.day_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.is_working_combo.set_value(change.is_working if change else False)
        self.decision_edit.setText(change.decision if change else "")

    def read(self) -> CalendarChange:
        return CalendarChange(day=to_date(self.day_edit.date()), is_working=bool(self.is_working_combo.value()),
                              decision=self.decision_edit.text())

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
