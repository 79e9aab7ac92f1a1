"""Add or edit an employee; an existing one also shows onboarding (4.10) and the history."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QWidget

from core import services
from core.entities import Employee, Onboarding
from core.i18n import _
from core.names import full_name
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from gui.employee_attendance import EmployeeAttendance
from gui.employee_family import EmployeeFamily
from gui.employee_job_description import EmployeeJobDescription
from gui.employee_sanctions import EmployeeSanctions
from gui.employee_trips import EmployeeTrips
from gui.employee_vacation import EmployeeVacation
from gui.forms.employee_form import EmployeeForm
from gui.forms.entity_dialog import EntityDialog, StayOpen
from gui.forms.onboarding_form import OnboardingForm
from gui.history_model import EventTableModel
from gui.views import configure_list_view


class EmployeeDialog(EntityDialog):
    """Save runs ``services.save_employee``; changed onboarding dates are saved first."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee: Employee | None = None,
                 parent: QWidget | None = None) -> None:
        positions = services.list_positions(uow_factory())
        departments = services.list_departments(uow_factory())
        form = EmployeeForm(positions, departments)
        tabs = QTabWidget()
        tabs.setTabBarAutoHide(True)  # a new employee has only the details
        tabs.addTab(form, _("Details"))
        title = _("New employee") if employee is None else _("Employee: {name}").format(name=full_name(employee))
        super().__init__(form, title=title, body=tabs, parent=parent)
        self._uow_factory = uow_factory
        #: One id per opened form: sent again after a crash, the same new employee saves once.
        self.submission_id = str(uuid.uuid4()) if employee is None or employee.id is None else None
        self.tabs = tabs
        self.employee_form = form
        self.onboarding_form: OnboardingForm | None = None
        self.history_view: QTableView | None = None
        form.populate(employee)
        if employee is not None and employee.id is not None:
            self.tabs.addTab(EmployeeFamily(uow_factory, employee.id), _("Family"))
            self.tabs.addTab(EmployeeJobDescription(uow_factory, employee.id), _("Job description"))
            self._add_onboarding_tab(employee.id)
            self._add_history_tab(employee.id, {p.id: p.title for p in positions if p.id is not None})
            self.tabs.addTab(EmployeeVacation(uow_factory, employee.id), _("Vacation"))
            self.tabs.addTab(EmployeeAttendance(uow_factory, employee.id), _("Attendance"))
            self.tabs.addTab(EmployeeTrips(uow_factory, employee.id), _("Business trips"))
            self.tabs.addTab(EmployeeSanctions(uow_factory, employee.id), _("Sanctions"))
        self.resize(1180, 620)  # nine tabs side by side, still inside a 1366×768 screen

    def _add_onboarding_tab(self, employee_id: int) -> None:
        self.onboarding_form = OnboardingForm()
        self._show_onboarding(services.get_onboarding(self._uow_factory(), employee_id))
        self.tabs.addTab(self.onboarding_form, _("Introduction to documents"))

    def _show_onboarding(self, onboarding: Onboarding) -> None:
        assert self.onboarding_form is not None
        self.onboarding_form.populate(onboarding)
        note = ""
        if onboarding.job_description_id is not None:
            try:
                read = services.get_job_description(self._uow_factory(), onboarding.job_description_id)
            except (RefusedError, NotFoundError) as exc:  # an unreadable version must not keep the dialog shut
                note = str(exc)
            else:
                effective = read.general.effective_on
                note = _("version {version}, in force from {day}").format(
                    version=read.version, day=effective.isoformat() if effective else "—"
                )
        self.onboarding_form.set_version_note(note)

    def _add_history_tab(self, employee_id: int, titles: dict[int, str]) -> None:
        model = EventTableModel(titles, self)
        model.set_items(services.employee_history(self._uow_factory(), employee_id))
        view = QTableView()
        view.setObjectName("history_view")
        view.setModel(model)
        configure_list_view(view)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.history_view = view
        self.tabs.addTab(view, _("Appointment history"))

    def save(self, entity: Employee) -> Employee:
        self._save_onboarding()
        if entity.id is None:
            entity = replace(entity, submission_id=self.submission_id)
        return services.save_employee(self._uow_factory(), entity)

    def _save_onboarding(self) -> None:
        form = self.onboarding_form
        if form is None or not form.is_changed():
            return
        onboarding: Onboarding = form.read()
        try:
            saved = services.save_onboarding(self._uow_factory(), onboarding)
        except RefusedError as exc:
            form.show_refusal(str(exc))
            self.tabs.setCurrentWidget(form)
            raise StayOpen from exc
        self._show_onboarding(saved)
