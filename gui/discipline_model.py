"""The sanctions register (regulation section 13) as a table."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from core.discipline.entities import Sanction, SanctionKind, SanctionStatus
from core.discipline.rules import counts_on
from core.entities import Employee
from core.i18n import N_, _
from core.names import full_name
from gui.list_model import Index, ListTableModel

KIND_LABELS: dict[SanctionKind, str] = {
    SanctionKind.WARNING: N_("Warning"),
    SanctionKind.SALARY_CUT: N_("Salary cut"),
    SanctionKind.DISMISSAL: N_("Dismissal"),
}


class SanctionColumn(enum.IntEnum):
    EMPLOYEE = 0
    BREACH = 1
    KIND = 2
    ORDER = 3
    STARTS_ON = 4
    LAPSES_ON = 5
    STATE = 6


SANCTION_HEADERS: dict[SanctionColumn, str] = {
    SanctionColumn.EMPLOYEE: N_("Employee"),
    SanctionColumn.BREACH: N_("Breach"),
    SanctionColumn.KIND: N_("Sanction"),
    SanctionColumn.ORDER: N_("Order"),
    SanctionColumn.STARTS_ON: N_("From"),
    SanctionColumn.LAPSES_ON: N_("In force until"),
    SanctionColumn.STATE: N_("State"),
}


def kind_text(sanction: Sanction) -> str:
    """"Salary cut 20% for 6 months", or the kind's name."""
    if sanction.kind is SanctionKind.SALARY_CUT:
        return _("Salary cut of {percent} percent for {months} months").format(
            percent=sanction.cut_percent, months=sanction.cut_months
        )
    return _(KIND_LABELS[sanction.kind])


class SanctionTableModel(ListTableModel):
    """Sanctions with their state on ``today``: in force (shaded), lapsed or annulled."""

    columns = SanctionColumn
    headers = SANCTION_HEADERS

    def __init__(self, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._employees: dict[int, Employee] = {}
        self.today = today or date.today()

    def set_employees(self, employees: Mapping[int, Employee]) -> None:
        self._employees = dict(employees)

    def is_problem(self, item: Any) -> bool:
        return counts_on(item, self.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Proposals and rejected proposals in italics: no order made them sanctions."""
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            if self.item_at(index.row()).status is not SanctionStatus.DECIDED:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)

    def display(self, item: Sanction, column: Any) -> str:
        if column is SanctionColumn.EMPLOYEE:
            employee = self._employees.get(item.employee_id)
            return full_name(employee) if employee else ""
        if column is SanctionColumn.BREACH:
            return f"{item.breach_code} {item.breach_text}" if item.breach_code != "other" else item.breach_text
        if column is SanctionColumn.KIND:
            return kind_text(item)
        if column is SanctionColumn.ORDER:
            return f"{item.order_number}, {item.order_date.isoformat()}" if item.order_date else item.order_number
        if column is SanctionColumn.STARTS_ON:
            return item.starts_on.isoformat()
        if column is SanctionColumn.LAPSES_ON:
            return item.lapses_on.isoformat() if item.lapses_on else ""
        return self.state_text(item)

    def state_text(self, item: Sanction) -> str:
        if item.annulled:
            return _("Annulled: {reason}").format(reason=item.annul_reason)
        if item.status is SanctionStatus.PROPOSED:
            return _("Proposed: awaits the chief's decision")
        if item.status is SanctionStatus.REJECTED:
            return _("Proposal rejected: {reason}").format(reason=item.reject_reason)
        state = _("In force") if counts_on(item, self.today) else _("Lapsed")
        return _("{state}, repeated breach (13.1)").format(state=state) if item.repeated else state
