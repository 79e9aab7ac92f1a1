"""The payments and awards register (regulation 10.7, 12.1–12.7) as a table."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from core.entities import Employee
from core.i18n import N_, _
from core.names import full_name
from core.payments.entities import Payment
from core.payments.family import RELATION_LABELS
from core.payments.money import format_tugrik
from gui.list_model import ListTableModel


class PaymentColumn(enum.IntEnum):
    EMPLOYEE = 0
    KIND = 1
    RELATIVE = 2
    AMOUNT = 3
    ORDER = 4
    STATE = 5


PAYMENT_HEADERS: dict[PaymentColumn, str] = {
    PaymentColumn.EMPLOYEE: N_("Employee"),
    PaymentColumn.KIND: N_("Kind"),
    PaymentColumn.RELATIVE: N_("Relative"),
    PaymentColumn.AMOUNT: N_("Amount"),
    PaymentColumn.ORDER: N_("Order"),
    PaymentColumn.STATE: N_("State"),
}


class PaymentTableModel(ListTableModel):
    """Payments, newest order first; annulled ones are shaded and say why."""

    columns = PaymentColumn
    headers = PAYMENT_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._employees: dict[int, Employee] = {}

    def set_employees(self, employees: Mapping[int, Employee]) -> None:
        self._employees = dict(employees)

    def is_problem(self, item: Any) -> bool:
        return bool(item.annulled)

    def display(self, item: Payment, column: Any) -> str:
        if column is PaymentColumn.EMPLOYEE:
            employee = self._employees.get(item.employee_id)
            return full_name(employee) if employee else ""
        if column is PaymentColumn.KIND:
            return f"{item.clause} {item.kind_text}"
        if column is PaymentColumn.RELATIVE:
            return _(RELATION_LABELS[item.relation]) if item.relation else ""
        if column is PaymentColumn.AMOUNT:
            return format_tugrik(item.amount) if item.amount is not None else ""
        if column is PaymentColumn.ORDER:
            return f"{item.order_number}, {item.order_date.isoformat()}" if item.order_date else item.order_number
        if item.annulled:
            return _("Annulled: {reason}").format(reason=item.annul_reason)
        return _("Granted")
