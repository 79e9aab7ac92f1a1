"""Record a support payment or award through ``services.record_payment``."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import EmployeeStatus
from core.i18n import _
from core.payments.entities import Payment
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.payment_form import PaymentForm


class PaymentDialog(EntityDialog):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, prefill: Payment | None = None, parent: QWidget | None = None
    ) -> None:
        employees = [
            i.employee
            for i in services.list_employee_items(uow_factory())
            if i.employee.status is EmployeeStatus.ACTIVE
        ]
        form = PaymentForm(
            employees,
            lambda employee_id: services.list_family(uow_factory(), employee_id),
            services.get_payment_policy(uow_factory()),
        )
        super().__init__(form, title=_("New payment or award"), parent=parent)
        self._uow_factory = uow_factory
        self.payment_form = form
        self.submission_id = str(uuid.uuid4())
        if prefill is not None:
            form.populate(prefill)
        self.resize(820, self.sizeHint().height())

    def save(self, entity: Payment) -> Payment:
        return services.record_payment(self._uow_factory(), replace(entity, submission_id=self.submission_id))
