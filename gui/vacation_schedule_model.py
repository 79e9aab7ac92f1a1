"""The year's vacation schedule (6.11) as a table: one row per entry, grouped by department."""

from __future__ import annotations

import enum
from collections import defaultdict
from datetime import date
from typing import Any

from core.i18n import N_, _
from core.vacation.schedule import DepartmentAgreement
from core.vacation.schedule_view import ScheduleRow, ScheduleView
from gui.list_model import ListTableModel


class ScheduleColumn(enum.IntEnum):
    EMPLOYEE = 0
    DEPARTMENT = 1
    WISH = 2
    PLANNED = 3
    WORKING_DAYS = 4
    ENTITLED = 5
    AGREEMENT = 6
    STATUS = 7


SCHEDULE_HEADERS: dict[ScheduleColumn, str] = {
    ScheduleColumn.EMPLOYEE: N_("Employee"),
    ScheduleColumn.DEPARTMENT: N_("Unit"),
    ScheduleColumn.WISH: N_("Wish"),
    ScheduleColumn.PLANNED: N_("Planned"),
    ScheduleColumn.WORKING_DAYS: N_("Working days"),
    ScheduleColumn.ENTITLED: N_("Entitled"),
    ScheduleColumn.AGREEMENT: N_("Head's agreement"),
    ScheduleColumn.STATUS: N_("Status"),
}


def period_text(start: date | None, end: date | None) -> str:
    """ "2026-08-03 – 2026-08-14", or empty while not planned."""
    return f"{start.isoformat()} – {end.isoformat()}" if start and end else ""


def wish_text(row: ScheduleRow) -> str:
    """What the employee asked for, in one short line."""
    entry = row.entry
    parts = []
    if entry.wish_starts_on is not None:
        parts.append(_("from {day}").format(day=entry.wish_starts_on.isoformat()))
    elif entry.wish_month is not None:
        parts.append(_("month {month}").format(month=entry.wish_month))
    if entry.wish_days:
        parts.append(_("{days} days").format(days=entry.wish_days))
    if entry.wish_note:
        parts.append(entry.wish_note)
    return ", ".join(parts)


class ScheduleTableModel(ListTableModel):
    """Rows of :class:`ScheduleRow`; an employee planned beyond the entitlement is shaded."""

    columns = ScheduleColumn
    headers = SCHEDULE_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._agreements: dict[int, DepartmentAgreement] = {}
        self._approved = False
        self._planned: dict[int, int] = {}

    def set_view(self, view: ScheduleView, rows: list[ScheduleRow]) -> None:
        """Show *rows* (the view's, perhaps filtered); totals and agreements come from the whole view."""
        self._agreements = dict(view.agreements)
        self._approved = view.approved
        planned: dict[int, int] = defaultdict(int)
        for row in view.rows:
            planned[row.entry.employee_id] += row.entry.working_days
        self._planned = dict(planned)
        self.set_items(rows)

    def is_problem(self, item: ScheduleRow) -> bool:
        return self._planned.get(item.entry.employee_id, 0) > item.entitled_days

    def display(self, item: ScheduleRow, column: Any) -> str:
        entry = item.entry
        if column is ScheduleColumn.EMPLOYEE:
            return item.name
        if column is ScheduleColumn.DEPARTMENT:
            return item.department_name
        if column is ScheduleColumn.WISH:
            return wish_text(item)
        if column is ScheduleColumn.PLANNED:
            return period_text(entry.starts_on, entry.ends_on)
        if column is ScheduleColumn.WORKING_DAYS:
            return str(entry.working_days) if entry.planned else ""
        if column is ScheduleColumn.ENTITLED:
            return str(item.entitled_days)
        if column is ScheduleColumn.AGREEMENT:
            return self.agreement_text(item)
        return self.status_text(item)

    def agreement_text(self, item: ScheduleRow) -> str:
        department_id = item.entry.department_id
        agreement = self._agreements.get(department_id) if department_id is not None else None
        if agreement is None:
            return ""
        return _("{name}, {day}").format(name=agreement.head_name, day=agreement.agreed_on.isoformat())

    def status_text(self, item: ScheduleRow) -> str:
        if item.changes:
            return _("Changed {count}×").format(count=len(item.changes))
        if not item.entry.planned:
            return _("Not planned")
        return _("Approved") if self._approved else _("Draft")
