"""Leave settings: the office's working day and section 6 as data, saved through the service."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.leave_settings_form import LeaveSettingsForm
from gui.settings_frame import SettingsForm, SettingsFrame


class LeaveSettingsPage(SettingsFrame):
    """Save (Ctrl+S) checks and stores the settings; printed slips keep the working time they were given."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(
            uow_factory,
            parent,
            save_tip=_("Save the leave settings (Ctrl+S)"),
            defaults_label=_("The regulation's defaults"),
            defaults_tip=_("Fill in the values of the internal regulation (then Save)"),
            note=_("A change applies to drafts and new slips; printed slips keep what they say."),
        )
        self.form = LeaveSettingsForm(self)
        self._lay_out(self.form, scroll_all=True)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _load(self) -> None:
        self.form.populate(services.get_leave_settings(self._uow_factory()))

    def _form_to_save(self) -> SettingsForm:
        return self.form

    def _store(self, form: SettingsForm) -> None:
        services.save_leave_settings(self._uow_factory(), form.read())
