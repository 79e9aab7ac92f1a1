"""Record a sanction (``services.record_sanction``) or decide a proposal (``services.decide_sanction``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from core import services
from core.discipline.entities import Sanction
from core.entities import EmployeeStatus
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.sanction_form import SanctionForm


class SanctionDialog(EntityDialog):
    """With *proposal*, the chief's decision: the proposal prefilled, the order number and date to add."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *,
                 proposal: Sanction | None = None) -> None:
        wanted = proposal.employee_id if proposal else None
        employees = [i.employee for i in services.list_employee_items(uow_factory())
                     if i.employee.status is EmployeeStatus.ACTIVE or i.employee.id == wanted]
        form = SanctionForm(employees, services.get_discipline_policy(uow_factory()))
        title = _("Decide on a proposed sanction") if proposal else _("New sanction")
        super().__init__(form, title=title, parent=parent)
        self._uow_factory = uow_factory
        self._proposal = proposal
        self.sanction_form = form
        if proposal is not None:
            form.populate(proposal)
            form.employee_combo.setEnabled(False)  # a proposal answers one person's flag
            form.order_number_edit.setFocus()
        self.resize(760, self.sizeHint().height())

    def save(self, entity: Sanction) -> Sanction:
        if self._proposal is None:
            return services.record_sanction(self._uow_factory(), entity)
        return services.decide_sanction(self._uow_factory(), replace(entity, id=self._proposal.id))
