"""One employee's line of the vacation schedule: the wish, the planned dates, the working days counted live."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from core.i18n import _
from core.vacation.schedule import ScheduleEntry
from core.vacation.schedule_rules import MAX_WISH_DAYS
from core.vacation.schedule_view import EntryPreview
from core.validation import NOTE_MAX, ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit


class VacationEntryForm(QWidget):
    """``read()`` keeps the entry's ids; with ``needs_reason`` the approved schedule's change asks why."""

    def __init__(self, employee_name: str, *, needs_reason: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: ScheduleEntry | None = None
        self.employee_label = QLabel(employee_name, self)
        self.employee_label.setObjectName("employee_label")
        self.wish_starts_on_edit = _date(self, "wish_starts_on_edit")
        self.wish_month_spin = _spin(self, "wish_month_spin", 12)
        self.wish_days_spin = _spin(self, "wish_days_spin", MAX_WISH_DAYS)
        self.wish_note_edit = _line(self, "wish_note_edit")
        self.starts_on_edit = _date(self, "starts_on_edit")
        self.ends_on_edit = _date(self, "ends_on_edit")
        self.days_label = QLabel(self)
        self.days_label.setObjectName("days_label")
        self.note_edit = _line(self, "note_edit")
        self.reason_edit = _line(self, "reason_edit")
        self.reason_edit.setPlaceholderText(_("Why the approved schedule changes (6.11)"))
        self.needs_reason = needs_reason
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.starts_on_edit.edited.connect(self._start_edited)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(_("Employee"), self.employee_label)
        rows = [
            (_("Wished start"), "wish_starts_on", self.wish_starts_on_edit),
            (_("Wished month"), "wish_month", self.wish_month_spin),
            (_("Wished working days"), "wish_days", self.wish_days_spin),
            (_("Wish, note"), "wish_note", self.wish_note_edit),
            (_("Planned from"), "starts_on", self.starts_on_edit),
            (_("Planned to"), "ends_on", self.ends_on_edit),
        ]
        widgets = add_field_rows(form, self._issues, rows)
        form.addRow(_("Working days"), self.days_label)
        later = [(_("Note"), "note", self.note_edit)]
        if self.needs_reason:
            later.append((_("Reason for the change"), "reason", self.reason_edit))
        widgets += add_field_rows(form, self._issues, later)
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.starts_on_edit

    @property
    def reason(self) -> str:
        return self.reason_edit.text()

    def populate(self, entry: ScheduleEntry) -> None:
        self._issues.clear()
        self._entry = entry
        self.wish_starts_on_edit.set_value(entry.wish_starts_on)
        self.wish_month_spin.setValue(entry.wish_month or 0)
        self.wish_days_spin.setValue(entry.wish_days or 0)
        self.wish_note_edit.setText(entry.wish_note)
        self.starts_on_edit.set_value(entry.starts_on)
        self.ends_on_edit.set_value(entry.ends_on)
        self.note_edit.setText(entry.note)
        self.reason_edit.clear()

    def read(self) -> ScheduleEntry:
        assert self._entry is not None, "populate() comes first"
        return replace(
            self._entry,
            wish_starts_on=self.wish_starts_on_edit.value(),
            wish_month=self.wish_month_spin.value() or None,
            wish_days=self.wish_days_spin.value() or None,
            wish_note=self.wish_note_edit.text(),
            starts_on=self.starts_on_edit.value(),
            ends_on=self.ends_on_edit.value(),
            note=self.note_edit.text(),
        )

    def show_preview(self, preview: EntryPreview) -> None:
        """The counted working days beside the entitlement, and the rules' warnings at their fields."""
        days, entitled = preview.entry.working_days, preview.entitled_days
        self.days_label.setText(
            _("{days} working days (entitled to {entitled})").format(days=days, entitled=entitled)
            if preview.entry.planned
            else _("not planned (entitled to {entitled})").format(entitled=entitled)
        )
        self._issues.show(preview.report, focus=False)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _start_edited(self) -> None:
        """A start typed first carries the end along, so the second date starts near the first."""
        start = self.starts_on_edit.value()
        if start is not None and self.ends_on_edit.value() is None:
            self.ends_on_edit.set_value(start)


def _date(parent: QWidget, name: str) -> OptionalDateEdit:
    edit = OptionalDateEdit(parent)
    edit.setObjectName(name)
    return edit


def _spin(parent: QWidget, name: str, maximum: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    spin.setSpecialValueText("—")
    return spin


def _line(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(NOTE_MAX)
    return edit
