"""The few facts one step of a slip's life records: signed on, void because, returned at, order no."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.validation import TITLE_MAX, ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.leave_slip_form import to_datetime, to_qdatetime
from gui.forms.tab_order import chain_tab_order
from gui.leave_labels import DATE_TIME_FORMAT
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date

StepValue = date | datetime | str
W = TypeVar("W", bound=QWidget)


class SlipStepForm(QWidget):
    """Fields are added by the caller (``add_date`` …); ``read()`` returns them by the service's argument names."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, QWidget] = {}
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: bold;")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.general_message)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def add_date(self, field: str, label: str, value: date) -> QDateEdit:
        edit = make_date_edit(self)
        edit.setDate(QDate(value.year, value.month, value.day))
        return self._add(field, label, edit)

    def add_date_time(self, field: str, label: str, value: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setDateTime(to_qdatetime(value))
        return self._add(field, label, edit)

    def add_text(self, field: str, label: str, *, placeholder: str = "", max_length: int = TITLE_MAX) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        edit.setMinimumWidth(320)
        return self._add(field, label, edit)

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        self._form.addRow(note)
        return note

    def _add(self, field: str, label: str, widget: W) -> W:
        widget.setObjectName(f"{field}_edit")
        self._form.addRow(label, self._issues.bind(field, widget))
        self._fields[field] = widget
        chain_tab_order(list(self._fields.values()))
        return widget

    def field(self, name: str) -> QWidget:
        """The widget of one field (the dialog's tests fill it)."""
        return self._fields[name]

    @property
    def first_widget(self) -> QWidget:
        return next(iter(self._fields.values()), self.summary_label)

    def read(self) -> dict[str, StepValue]:
        values: dict[str, StepValue] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, QDateEdit):  # a QDateTimeEdit too, so asked first
                values[name] = to_date(widget.date())
            elif isinstance(widget, QDateTimeEdit):
                values[name] = to_datetime(widget.dateTime())
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return values

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
