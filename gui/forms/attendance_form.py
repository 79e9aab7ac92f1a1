"""One attendance entry of the chosen person and day: kind, minutes, reason, justified."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from core.attendance.entities import ATTENDANCE_KIND_LABELS, AttendanceEntry, AttendanceKind
from core.i18n import _
from core.validation import NOTE_MAX, ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage

#: Longest entry: a whole day and then some; the service checks it against the real working day.
MINUTES_MAX = 24 * 60


class AttendanceForm(QWidget):
    """``populate(entry, employee_id=, day=)`` then ``read()``; Enter in minutes or reason submits."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = AttendanceEntry(employee_id=0, day=date.today(), kind=AttendanceKind.LATE, minutes=0)
        self.kind_combo = ChoiceCombo(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.set_choices([(_(label), kind) for kind, label in ATTENDANCE_KIND_LABELS.items()])
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(0, MINUTES_MAX)
        self.minutes_spin.lineEdit().returnPressed.connect(self.submitted)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setMaxLength(NOTE_MAX)
        self.reason_edit.returnPressed.connect(self.submitted)
        self.justified_check = QCheckBox(_("Justified (a reason the regulation accepts)"), self)
        self.justified_check.setObjectName("justified_check")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Kind"), "kind", self.kind_combo),
            (_("Minutes"), "minutes", self.minutes_spin),
            (_("Reason"), "reason", self.reason_edit),
            ("", "justified", self.justified_check),
        ])
        message_over_form(self, self.general_message, form, stretch=False)
        chain_tab_order(widgets)

    def populate(self, entry: AttendanceEntry | None, *, employee_id: int, day: date, kind: AttendanceKind) -> None:
        """Show *entry* (a correction) or a blank entry of *kind* for the person and day."""
        self._issues.clear()
        self._base = entry or AttendanceEntry(employee_id=employee_id, day=day, kind=kind, minutes=0)
        self.kind_combo.blockSignals(True)
        self.kind_combo.set_value(self._base.kind)
        self.kind_combo.blockSignals(False)
        self.minutes_spin.setValue(self._base.minutes)
        self.reason_edit.setText(self._base.reason)
        self.justified_check.setChecked(self._base.justified)

    def read(self) -> AttendanceEntry:
        return replace(
            self._base,
            kind=AttendanceKind(self.kind_combo.value()),
            minutes=self.minutes_spin.value(),
            reason=self.reason_edit.text(),
            justified=self.justified_check.isChecked(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
