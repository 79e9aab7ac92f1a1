"""The frame every rules page shares: Save (Ctrl+S), Undo changes, the defaults button and one way to refuse."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.validation import ValidationError, ValidationReport
from gui.widgets.field_message import FieldMessage


class SettingsForm(Protocol):
    """What a settings form gives the frame: the values typed, a way to show them and their issues."""

    def read(self) -> Any: ...

    def populate(self, value: Any) -> None: ...

    def show_issues(self, report: ValidationReport) -> None: ...


def scrolled(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """Long forms scroll rather than push the buttons off a 1366x768 screen."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    return scroll


class SettingsFrame(QWidget):
    """A page saves one form at a time; a refused save marks the fields and stores nothing."""

    saved = Signal()

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        parent: QWidget | None,
        *,
        save_tip: str,
        defaults_label: str,
        defaults_tip: str,
        note: str,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.banner = FieldMessage(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.save_button = QPushButton(_("&Save"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(save_tip)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(_("Undo changes"), self)
        self.revert_button.clicked.connect(self.reload)
        self.defaults_button = QPushButton(defaults_label, self)
        self.defaults_button.setToolTip(defaults_tip)
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)

    def _lay_out(self, body: QWidget, *, scroll_all: bool) -> None:
        """``scroll_all`` scrolls the banner and note with the form; otherwise ``body`` scrolls on its own."""
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.revert_button, self.defaults_button, self.status_label):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        if scroll_all:
            column = QWidget()
            inner = QVBoxLayout(column)
            inner.addWidget(self.banner)
            inner.addWidget(self.note)
            inner.addWidget(body, 1)
            layout.addWidget(scrolled(column, self), 1)
        else:
            layout.addWidget(self.banner)
            layout.addWidget(self.note)
            layout.addWidget(body, 1)
        layout.addLayout(buttons)

    def _clear_messages(self) -> None:
        self.banner.clear_message()
        self.status_label.setText("")

    def _load(self) -> None:
        """Fill every form from the stored settings."""
        raise NotImplementedError

    def _form_to_save(self) -> SettingsForm:
        raise NotImplementedError

    def _store(self, form: SettingsForm) -> None:
        """Hand ``form.read()`` to its service, which raises ValidationError to refuse."""
        raise NotImplementedError

    def _refresh(self, form: SettingsForm) -> None:
        """After a save, show what was stored (the service may have normalised it)."""
        self._load()

    def fill_defaults(self) -> None:
        self._form_to_save().populate(None)

    def reload(self) -> None:
        self._load()
        self._clear_messages()

    def save(self) -> bool:
        """Form → service; issues stay beside their fields and rows, and nothing is saved."""
        self._clear_messages()
        form = self._form_to_save()
        try:
            self._store(form)
        except ValidationError as exc:
            form.show_issues(exc.report)
            self.banner.show_text(_("Nothing was saved: correct the fields marked in red."))
            return False
        self._refresh(form)
        self.status_label.setText(_("Saved."))
        self.saved.emit()
        return True
