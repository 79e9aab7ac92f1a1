"""A date field that can say "not set": a tick box switches the date on, unticked reads ``None``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from core.i18n import _

DATE_FORMAT = "yyyy-MM-dd"
EARLIEST = QDate(1900, 1, 1)
LATEST = QDate(2100, 12, 31)


def to_date(value: QDate) -> date:
    """A QDate as a Python date (``toPython`` is typed as returning ``object``)."""
    return date(value.year(), value.month(), value.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A QDateEdit with the app's format, a calendar pop-up and a wide range."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(EARLIEST, LATEST)
    return edit


class OptionalDateEdit(QWidget):
    """No silent default: an unset date shows "not set" until the user ticks the box."""

    edited = Signal()  # the user changed the value (not populate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_check = QCheckBox(self)
        self.set_check.setToolTip(_("Tick to enter the date; untick to leave it empty"))
        self.date_edit = make_date_edit(self)
        self.date_edit.setSpecialValueText(_("not set"))
        self.date_edit.setMinimumWidth(130)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_check)
        layout.addWidget(self.date_edit, 1)
        self._last = QDate.currentDate()
        self.set_check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.setFocusProxy(self.set_check)
        self._apply_unset()

    def value(self) -> date | None:
        if not self.set_check.isChecked():
            return None
        return to_date(self.date_edit.date())

    def set_value(self, value: date | None) -> None:
        """Show *value* without counting it as the user's edit."""
        self.blockSignals(True)
        self.set_check.blockSignals(True)
        self.set_check.setChecked(value is not None)
        self.set_check.blockSignals(False)
        if value is None:
            self._apply_unset()
        else:
            self._last = QDate(value)
            self.date_edit.setEnabled(True)
            self.date_edit.setDate(QDate(value))
        self.blockSignals(False)

    def tab_widgets(self) -> list[QWidget]:
        return [self.set_check, self.date_edit]

    def _apply_unset(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(self.date_edit.minimumDate())
        self.date_edit.blockSignals(False)
        self.date_edit.setEnabled(False)

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.date_edit.setEnabled(True)
            self.date_edit.setDate(self._last)
            self.date_edit.setFocus()
        else:
            self._apply_unset()
        self.edited.emit()

    def _on_date_changed(self, value: QDate) -> None:
        if self.set_check.isChecked():
            self._last = value
            self.edited.emit()
