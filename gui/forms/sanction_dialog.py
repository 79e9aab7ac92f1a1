"""Record a sanction through ``services.record_sanction``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.discipline.entities import Sanction
from core.entities import EmployeeStatus
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.sanction_form import SanctionForm


class SanctionDialog(EntityDialog):
    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        employees = [i.employee for i in services.list_employee_items(uow_factory())
                     if i.employee.status is EmployeeStatus.ACTIVE]
        form = SanctionForm(employees)
        super().__init__(form, title=_("New sanction"), parent=parent)
        self._uow_factory = uow_factory
        self.sanction_form = form
        self.resize(760, self.sizeHint().height())

    def save(self, entity: Sanction) -> Sanction:
        return services.record_sanction(self._uow_factory(), entity)
