"""Acting officials (regulation 2.3) as a table."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from core.entities import ActingAssignment, Employee, SigningRole
from core.i18n import N_, _
from core.names import full_name
from gui.list_model import ListTableModel

ROLE_LABELS: dict[SigningRole, str] = {
    SigningRole.CHIEF: N_("Chief of office"),
    SigningRole.DEPARTMENT_HEAD: N_("Head of unit"),
}


class ActingColumn(enum.IntEnum):
    ROLE = 0
    UNIT = 1
    ACTING = 2
    STARTS_ON = 3
    ENDS_ON = 4
    ORDER_NUMBER = 5


ACTING_HEADERS: dict[ActingColumn, str] = {
    ActingColumn.ROLE: N_("Role"),
    ActingColumn.UNIT: N_("Unit"),
    ActingColumn.ACTING: N_("Acting official"),
    ActingColumn.STARTS_ON: N_("From"),
    ActingColumn.ENDS_ON: N_("To"),
    ActingColumn.ORDER_NUMBER: N_("Order no."),
}


class ActingTableModel(ListTableModel):
    columns = ActingColumn
    headers = ACTING_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._units: dict[int, str] = {}
        self._employees: dict[int, Employee] = {}

    def set_names(self, units: Mapping[int, str], employees: Mapping[int, Employee]) -> None:
        self._units, self._employees = dict(units), dict(employees)

    def display(self, item: ActingAssignment, column: Any) -> str:
        if column is ActingColumn.ROLE:
            return _(ROLE_LABELS[item.role])
        if column is ActingColumn.UNIT:
            return self._units.get(item.department_id, "") if item.department_id is not None else ""
        if column is ActingColumn.ACTING:
            employee = self._employees.get(item.acting_employee_id)
            return full_name(employee) if employee else ""
        if column is ActingColumn.STARTS_ON:
            return item.starts_on.isoformat()
        if column is ActingColumn.ENDS_ON:
            return item.ends_on.isoformat()
        return item.order_number
