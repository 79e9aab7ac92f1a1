"""The payment and award kinds section (regulation 10.7, 12.1–12.7), saved through its service (issue 8)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.payment_policy_form import PaymentPolicyForm
from gui.settings_frame import SettingsForm, SettingsFrame


class PaymentSettingsPage(SettingsFrame):
    """Save (Ctrl+S) checks and stores the kinds; payments already recorded keep their sums."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(
            uow_factory,
            parent,
            save_tip=_("Save the payment and award kinds (Ctrl+S)"),
            defaults_label=_("The regulation's defaults"),
            defaults_tip=_("Fill in the values of the internal regulation (then Save)"),
            note=_(
                "A changed sum or ceiling applies to new entries only: recorded payments keep their sums. "
                "A kind not offered is refused for new entries and stays in the register."
            ),
        )
        self.form = PaymentPolicyForm(self)
        self._lay_out(self.form, scroll_all=False)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _load(self) -> None:
        self.form.populate(services.get_payment_policy(self._uow_factory()))

    def _form_to_save(self) -> SettingsForm:
        return self.form

    def _store(self, form: SettingsForm) -> None:
        services.save_payment_policy(self._uow_factory(), form.read())
