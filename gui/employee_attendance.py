"""The employee's attendance on their own tab: a month's entries with the running 6.3 total and the flags."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.attendance.entities import ATTENDANCE_KIND_LABELS
from core.attendance.rules import RunningTotal
from core.i18n import N_, _
from core.leave.durations import format_duration
from core.ports import UnitOfWorkFactory
from gui.attendance_flags import answer_text
from gui.list_model import ListTableModel
from gui.views import configure_list_view, wrapped_label
from gui.widgets.period_pickers import month_combo, year_spin


class EntryColumn(enum.IntEnum):
    DAY = 0
    KIND = 1
    TIME = 2
    REASON = 3
    JUSTIFIED = 4
    TOTAL = 5


class RunningTotalTableModel(ListTableModel):
    """Entries counted as absence for pay deduction (6.3) are shaded."""

    columns = EntryColumn
    headers = {
        EntryColumn.DAY: N_("Date"),
        EntryColumn.KIND: N_("Kind"),
        EntryColumn.TIME: N_("Time missed"),
        EntryColumn.REASON: N_("Reason"),
        EntryColumn.JUSTIFIED: N_("Justified"),
        EntryColumn.TOTAL: N_("Unjustified so far"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.minutes_per_day = 480

    def is_problem(self, item: RunningTotal) -> bool:
        return item.counts_as_absence

    def display(self, item: RunningTotal, column: EntryColumn) -> str:
        entry = item.entry
        if column is EntryColumn.DAY:
            return entry.day.isoformat()
        if column is EntryColumn.KIND:
            return _(ATTENDANCE_KIND_LABELS[entry.kind])
        if column is EntryColumn.TIME:
            return format_duration(entry.minutes, self.minutes_per_day)
        if column is EntryColumn.REASON:
            return entry.reason if entry.slip_id is None else _("Leave overrun (6.9)")
        if column is EntryColumn.JUSTIFIED:
            return _("Yes") if entry.justified else _("No")
        total = format_duration(item.total_minutes, self.minutes_per_day)
        return _("{total}: absence, deducted (6.3)").format(total=total) if item.counts_as_absence else total


class EmployeeAttendance(QWidget):
    """Read-only: entries are made on the office's day sheet; this month first, any month on request."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        employee_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._employee_id = employee_id
        today = today or date.today()
        self.year_spin = year_spin(self, today.year)
        self.month_combo = month_combo(self, today.month)
        self.model = RunningTotalTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("attendance_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        header = self.view.horizontalHeader()  # a month of one person: measuring the rows is cheap
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total_label")
        self.flags_label = wrapped_label(self, "flags_label")
        self._build_layout()
        self.year_spin.valueChanged.connect(lambda _value: self.reload())
        self.month_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.reload()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Month:"), self))
        top.addWidget(self.month_combo)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.flags_label)

    def month(self) -> tuple[int, int]:
        return self.year_spin.value(), self.month_combo.value() or 1

    def reload(self) -> None:
        year, month = self.month()
        rows = services.employee_attendance(self._uow_factory(), self._employee_id, year=year, month=month)
        policy = services.get_attendance_policy(self._uow_factory())
        self.model.minutes_per_day = services.get_leave_settings(self._uow_factory()).schedule.minutes_per_day
        self.model.set_items(rows)
        total = rows[-1].total_minutes if rows else 0
        self.total_label.setText(
            _(
                "Unjustified late and absent time this month: {total} (counted as absence from "
                "{days} working days, regulation {clause})"
            ).format(
                total=format_duration(total, self.model.minutes_per_day),
                days=policy.absence_after_days,
                clause=policy.absence_clause,
            )
        )
        cases = [
            c
            for c in services.month_flag_cases(self._uow_factory(), year=year, month=month)
            if c.key.employee_id == self._employee_id
        ]
        self.flags_label.setText(
            "\n".join(
                _("{clause} (from {day}): {answer}").format(
                    clause=c.key.clause, day=c.since.isoformat(), answer=answer_text(c.answer)
                )
                for c in cases
            )
            or _("No attendance flag this month.")
        )
