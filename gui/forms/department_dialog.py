"""Add or edit a unit through ``services.save_department``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import Department
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.department_form import DepartmentForm
from gui.forms.entity_dialog import EntityDialog


class DepartmentDialog(EntityDialog):
    def __init__(self, uow_factory: UnitOfWorkFactory, department: Department | None = None, *,
                 parent_id: int | None = None, parent: QWidget | None = None) -> None:
        units = services.list_departments(uow_factory())
        employees = [item.employee for item in services.list_employee_items(uow_factory())]
        form = DepartmentForm(units, employees)
        super().__init__(form, title=_("New unit") if department is None else _("Edit unit"), parent=parent)
        self._uow_factory = uow_factory
        self.department_form = form
        form.populate(department, parent_id=parent_id)
        self.resize(640, self.sizeHint().height())

    def save(self, entity: Department) -> Department:
        return services.save_department(self._uow_factory(), entity)
