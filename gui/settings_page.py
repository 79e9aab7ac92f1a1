"""Office settings (in the database) and this computer's UI language (in GuiSettings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import services
from core.i18n import LANGUAGES, _
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError, ValidationReport
from gui.forms.settings_form import OfficeSettingsForm
from gui.settings import GuiSettings
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage


class OfficeSettingsPage(QWidget):
    """Save (Ctrl+S) writes the office settings and remembers the language for the next start."""

    saved = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, gui_settings: GuiSettings, language: str,
                 parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._gui_settings = gui_settings
        self._running_language = language
        self.form = OfficeSettingsForm(parent=self)
        self.language_combo = ChoiceCombo(self)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.set_choices((name, code) for code, name in LANGUAGES.items())
        self.restart_label = QLabel(_("Restart Tamga to see the new language."), self)
        self.restart_label.setStyleSheet("color: #8a5a00;")
        self.banner = FieldMessage(self)
        self.status_label = QLabel(self)
        self.save_button = QPushButton(_("&Save"), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(_("Save the settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(_("Undo changes"), self)
        self.revert_button.clicked.connect(self.reload)
        self.language_combo.currentIndexChanged.connect(self._update_restart_notice)
        self._build_layout()
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_layout(self) -> None:
        office = QGroupBox(_("The office, as printed on documents"), self)
        office_layout = QVBoxLayout(office)
        office_layout.addWidget(self.form)
        computer = QGroupBox(_("This computer"), self)
        computer_layout = QFormLayout(computer)
        computer_layout.addRow(_("Language"), self.language_combo)
        computer_layout.addRow("", self.restart_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status_label)
        buttons.addStretch(1)
        column = QWidget(self)
        column.setMaximumWidth(900)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.banner)
        inner.addWidget(office)
        inner.addWidget(computer)
        inner.addLayout(buttons)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)

    def reload_employees(self) -> None:
        """New names for the chief picker, keeping what is typed on the page."""
        self.form.set_employees([i.employee for i in services.list_employee_items(self._uow_factory())])

    def reload(self) -> None:
        self.reload_employees()
        self.form.populate(services.get_settings(self._uow_factory()))
        self.language_combo.set_value(self._gui_settings.language)
        self.banner.clear_message()
        self.status_label.setText("")
        self._update_restart_notice()

    def save(self) -> bool:
        """Form → service; issues stay beside their fields and nothing is saved."""
        self.banner.clear_message()
        self.status_label.setText("")
        try:
            settings = self.form.read()
            services.save_settings(self._uow_factory(), settings)
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            return False
        except (RefusedError, NotFoundError) as exc:
            self.form.show_issues(ValidationReport())
            self.banner.show_text(str(exc))
            return False
        self._gui_settings.language = self.language_combo.value()
        self._gui_settings.sync()
        self.form.populate(services.get_settings(self._uow_factory()))
        self.status_label.setText(_("Saved."))
        self._update_restart_notice()
        self.saved.emit()
        return True

    def _update_restart_notice(self) -> None:
        self.restart_label.setVisible(self.language_combo.value() != self._running_language)
