"""Add or edit an acting official through ``services.save_acting``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import ActingAssignment, EmployeeStatus
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.acting_form import ActingForm
from gui.forms.entity_dialog import EntityDialog


class ActingDialog(EntityDialog):
    def __init__(self, uow_factory: UnitOfWorkFactory, assignment: ActingAssignment | None = None,
                 parent: QWidget | None = None) -> None:
        units = services.list_departments(uow_factory())
        employees = [i.employee for i in services.list_employee_items(uow_factory())
                     if i.employee.status is EmployeeStatus.ACTIVE
                     or (assignment is not None and i.employee.id == assignment.acting_employee_id)]
        form = ActingForm(units, employees)
        title = _("New acting official") if assignment is None else _("Edit acting official")
        super().__init__(form, title=title, parent=parent)
        self._uow_factory = uow_factory
        self.acting_form = form
        form.populate(assignment)
        self.resize(600, self.sizeHint().height())

    def save(self, entity: ActingAssignment) -> ActingAssignment:
        return services.save_acting(self._uow_factory(), entity)
