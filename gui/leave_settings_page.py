"""Leave settings: the office's working day and section 6 as data, saved through the service."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.validation import ValidationError
from gui.forms.leave_settings_form import LeaveSettingsForm
from gui.widgets.field_message import FieldMessage


class LeaveSettingsPage(QWidget):
    """Save (Ctrl+S) checks and stores the settings; printed slips keep the working time they were given."""

    saved = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *,
                 load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.form = LeaveSettingsForm(self)
        self.banner = FieldMessage(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.save_button = QPushButton(_("&Save"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(_("Save the leave settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(_("Undo changes"), self)
        self.revert_button.clicked.connect(self.reload)
        self.defaults_button = QPushButton(_("The regulation's defaults"), self)
        self.defaults_button.setToolTip(_("Fill in the values of the internal regulation (then Save)"))
        self.defaults_button.clicked.connect(lambda: self.form.populate(None))
        note = QLabel(_("A change applies to drafts and new slips; printed slips keep what they say."), self)
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.revert_button, self.defaults_button, self.status_label):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        column = QWidget()
        inner = QVBoxLayout(column)
        inner.addWidget(self.banner)
        inner.addWidget(note)
        inner.addWidget(self.form, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def reload(self) -> None:
        self.form.populate(services.get_leave_settings(self._uow_factory()))
        self.banner.clear_message()
        self.status_label.setText("")

    def save(self) -> bool:
        """Form → service; issues stay beside their fields and nothing is saved."""
        self.banner.clear_message()
        self.status_label.setText("")
        try:
            services.save_leave_settings(self._uow_factory(), self.form.read())
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            self.banner.show_text(_("Nothing was saved: correct the fields marked in red."))
            return False
        self.form.populate(services.get_leave_settings(self._uow_factory()))
        self.status_label.setText(_("Saved."))
        self.saved.emit()
        return True
