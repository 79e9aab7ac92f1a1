"""Attendance and discipline rules: two tabs of one settings page, each saved through its service."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.attendance_policy_form import AttendancePolicyForm
from gui.forms.discipline_policy_form import DisciplinePolicyForm
from gui.settings_frame import SettingsForm, SettingsFrame, scrolled


class ConductSettingsPage(SettingsFrame):
    """Save (Ctrl+S) stores the tab shown; recorded sanctions keep their wording and lapse dates."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(
            uow_factory,
            parent,
            save_tip=_("Save the rules of the tab shown (Ctrl+S)"),
            defaults_label=_("The regulation's defaults"),
            defaults_tip=_("Fill in the values of the internal regulation (then Save)"),
            note=_(
                "A change applies from now on: recorded sanctions keep their wording and lapse dates, and "
                "the month's attendance flags are counted again."
            ),
        )
        self.attendance_form = AttendancePolicyForm(self)
        self.discipline_form = DisciplinePolicyForm(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("conduct_tabs")
        self.tabs.addTab(scrolled(self.attendance_form), _("Attendance"))
        self.tabs.addTab(scrolled(self.discipline_form), _("Discipline"))
        self._lay_out(self.tabs, scroll_all=False)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _load(self) -> None:
        self._load_discipline()
        self.attendance_form.populate(services.get_attendance_policy(self._uow_factory()))

    def _load_discipline(self) -> None:
        """The attendance tab offers the discipline tab's breaches, so both follow a discipline save."""
        discipline = services.get_discipline_policy(self._uow_factory())
        self.discipline_form.populate(discipline)
        self.attendance_form.set_breaches(discipline.breaches)

    def _form_to_save(self) -> SettingsForm:
        return self.attendance_form if self.tabs.currentIndex() == 0 else self.discipline_form

    def _store(self, form: SettingsForm) -> None:
        if form is self.attendance_form:
            services.save_attendance_policy(self._uow_factory(), form.read())
        else:
            services.save_discipline_policy(self._uow_factory(), form.read())

    def _refresh(self, form: SettingsForm) -> None:
        """Only the saved tab is refreshed: the other keeps what is being edited there."""
        if form is self.attendance_form:
            self.attendance_form.populate(services.get_attendance_policy(self._uow_factory()))
        else:
            self._load_discipline()
