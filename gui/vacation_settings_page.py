"""The vacation table section: the office's reading of Labour Law art. 99, saved through the service."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.vacation_settings_form import VacationSettingsForm
from gui.settings_frame import SettingsForm, SettingsFrame


class VacationSettingsPage(SettingsFrame):
    """Save (Ctrl+S) checks and stores the table; vacations already ordered keep their days."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(
            uow_factory,
            parent,
            save_tip=_("Save the vacation table (Ctrl+S)"),
            defaults_label=_("The Labour Law's table"),
            defaults_tip=_("Fill in the values of Labour Law art. 99 (then Save)"),
            note=_(
                "Entitlements are counted with this table; vacations already given keep their days. "
                "Civil servants count their years from the career start date."
            ),
        )
        self.form = VacationSettingsForm(self)
        self.add_band_button = self.form.add_band_button  # gated with the page's own buttons (gui/account.py)
        self.remove_band_button = self.form.remove_band_button
        self._lay_out(self.form, scroll_all=True)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _load(self) -> None:
        self.form.populate(services.get_vacation_policy(self._uow_factory()))

    def _form_to_save(self) -> SettingsForm:
        return self.form

    def _store(self, form: SettingsForm) -> None:
        services.save_vacation_policy(self._uow_factory(), form.read())
