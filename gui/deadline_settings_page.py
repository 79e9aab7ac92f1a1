"""Contract deadlines and reminders: the section-7 calendar and the "due soon" numbers, two tabs of one page."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.deadline_policy_form import DeadlinePolicyForm
from gui.forms.due_policy_form import DuePolicyForm
from gui.settings_frame import SettingsForm, SettingsFrame, scrolled


class DeadlineSettingsPage(SettingsFrame):
    """Save (Ctrl+S) stores the tab shown; recorded contract steps keep their dates."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(
            uow_factory,
            parent,
            save_tip=_("Save the settings of the tab shown (Ctrl+S)"),
            defaults_label=_("The regulation's defaults"),
            defaults_tip=_("Fill in the values of the internal regulation (then Save)"),
            note=_(
                "A change applies from now on: the deadline calendar, the reminder and the due-soon list "
                "are computed again; recorded contract steps keep their dates."
            ),
        )
        self.deadline_form = DeadlinePolicyForm(self)
        self.due_form = DuePolicyForm(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("deadline_settings_tabs")
        self.tabs.addTab(scrolled(self.deadline_form), _("Contract deadlines"))
        self.tabs.addTab(scrolled(self.due_form), _("Due soon"))
        self._lay_out(self.tabs, scroll_all=False)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _load(self) -> None:
        self.deadline_form.populate(services.get_performance_policy(self._uow_factory()))
        self.due_form.populate(services.get_due_policy(self._uow_factory()))

    def _form_to_save(self) -> SettingsForm:
        return self.deadline_form if self.tabs.currentIndex() == 0 else self.due_form

    def _store(self, form: SettingsForm) -> None:
        if form is self.deadline_form:
            services.save_performance_policy(self._uow_factory(), self.deadline_form.read())
        else:
            services.save_due_policy(self._uow_factory(), self.due_form.read())

    def _refresh(self, form: SettingsForm) -> None:
        """Only the saved tab is refreshed: the other keeps what is being edited there."""
        if form is self.deadline_form:
            self.deadline_form.populate(services.get_performance_policy(self._uow_factory()))
        else:
            self.due_form.populate(services.get_due_policy(self._uow_factory()))
