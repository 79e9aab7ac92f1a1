"""The office's working day (6.1) and its reading of section 6, each number beside its clause.

Another office changes these values, not the code (house style 16); the service checks them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _
from core.leave.entities import LeaveSettings, WorkSchedule
from core.leave.policy import LeavePolicy
from core.validation import ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.reason_table import ReasonTable
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage

TIME_FIELDS = ("day_starts", "lunch_starts", "lunch_ends", "day_ends")
DAY_FIELDS = ("head_decides_up_to_days", "order_from_days", "paid_up_to_days", "extended_paid_up_to_days")
CLAUSE_FIELDS = ("decision_clause", "pay_clause", "recommendation_clause", "reasons_clause", "childcare_clause",
                 "overrun_clause", "register_clause")


def _to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class LeaveSettingsForm(QWidget):
    """Times, limits in working days, clause numbers and the reasons list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = LeaveSettings()
        self.times = {name: self._time_edit(name) for name in TIME_FIELDS}
        self.days = {name: self._days_edit(name) for name in DAY_FIELDS}
        self.clauses = {name: self._clause_edit(name) for name in CLAUSE_FIELDS}
        self.listed_reason_check = QCheckBox(_("Beyond the paid limit, only the reasons marked below may be paid"),
                                             self)
        self.listed_reason_check.setObjectName("listed_reason_check")
        self.reason_table = ReasonTable(self)
        self.reason_table.setObjectName("reason_table")
        self.day_length_label = QLabel(self)
        self.day_length_label.setObjectName("day_length_label")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        for edit in self.times.values():
            edit.timeChanged.connect(self._update_day_length)
        self.populate(None)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(f"{name}_edit")
        edit.setDisplayFormat("HH:mm")
        edit.setMaximumWidth(110)
        return edit

    def _days_edit(self, name: str) -> QDoubleSpinBox:
        edit = QDoubleSpinBox(self)
        edit.setObjectName(f"{name}_edit")
        edit.setRange(0, 1100)
        edit.setDecimals(2)
        edit.setSingleStep(0.5)
        edit.setSuffix(_(" working days"))
        edit.setMaximumWidth(200)
        return edit

    def _clause_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}_edit")
        edit.setMaxLength(20)
        edit.setMaximumWidth(90)
        return edit

    def _build_layout(self) -> None:
        bind = self._issues.bind
        day = QGroupBox(_("The working day (regulation 6.1)"), self)
        day_form = QFormLayout(day)
        for name, label in zip(TIME_FIELDS, (_("Starts"), _("Lunch starts"), _("Lunch ends"), _("Ends")), strict=True):
            day_form.addRow(label, bind(name, self.times[name]))
        day_form.addRow("", self.day_length_label)
        rules = QGroupBox(_("Section 6: limits and their clauses"), self)
        rules_form = QFormLayout(rules)
        rows = (
            ("decision_clause", _("Who decides: clause")),
            ("head_decides_up_to_days", _("The department head decides up to")),
            ("order_from_days", _("The chief's order (not a slip) from")),
            ("pay_clause", _("Pay: clause")),
            ("paid_up_to_days", _("Paid without the chief's decision up to")),
            ("extended_paid_up_to_days", _("Paid at most, for the listed reasons")),
        )
        for name, label in rows:
            widget = self.clauses.get(name) or self.days[name]
            rules_form.addRow(label, bind(name, widget))
        rules_form.addRow("", self.listed_reason_check)
        clauses = QGroupBox(_("Other clauses cited"), self)
        clause_form = QFormLayout(clauses)
        for name, label in (("recommendation_clause", _("The head's recommendation")),
                            ("reasons_clause", _("Justified reasons")), ("childcare_clause", _("Childcare leave")),
                            ("overrun_clause", _("Late return counted as absence")),
                            ("register_clause", _("Monthly register"))):
            clause_form.addRow(label, bind(name, self.clauses[name]))
        reasons = QGroupBox(_("Reasons offered on the slip"), self)
        reasons_layout = QVBoxLayout(reasons)
        reasons_layout.addWidget(bind("reasons", self.reason_table))
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(day)
        left.addWidget(clauses)
        left.addStretch(1)
        columns.addLayout(left, 2)
        columns.addWidget(rules, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addLayout(columns)
        layout.addWidget(reasons, 1)
        chain_tab_order([*self.times.values(), *(self.clauses[n] for n in CLAUSE_FIELDS[2:]),
                         self.clauses["decision_clause"], self.days["head_decides_up_to_days"],
                         self.days["order_from_days"], self.clauses["pay_clause"], self.days["paid_up_to_days"],
                         self.days["extended_paid_up_to_days"], self.listed_reason_check, self.reason_table])

    @property
    def first_widget(self) -> QWidget:
        return self.times["day_starts"]

    def populate(self, settings: LeaveSettings | None) -> None:
        s = settings or LeaveSettings()
        self._settings = s
        self._issues.clear()
        for name in TIME_FIELDS:
            self.times[name].setTime(QTime(getattr(s.schedule, name)))
        for name in DAY_FIELDS:
            self.days[name].setValue(getattr(s.policy, name))
        for name in CLAUSE_FIELDS:
            self.clauses[name].setText(getattr(s.policy, name))
        self.listed_reason_check.setChecked(s.policy.paid_beyond_limit_needs_listed_reason)
        self.reason_table.set_reasons(s.policy.reasons)
        self._update_day_length()

    def read(self) -> LeaveSettings:
        schedule = WorkSchedule(**{name: _to_time(self.times[name].time()) for name in TIME_FIELDS})
        changes: dict[str, Any] = {name: self.days[name].value() for name in DAY_FIELDS}
        changes |= {name: self.clauses[name].text() for name in CLAUSE_FIELDS}
        changes["paid_beyond_limit_needs_listed_reason"] = self.listed_reason_check.isChecked()
        changes["reasons"] = self.reason_table.reasons()
        policy: LeavePolicy = replace(self._settings.policy, **changes)
        return LeaveSettings(schedule=schedule, policy=policy)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _update_day_length(self) -> None:
        schedule = WorkSchedule(**{name: _to_time(self.times[name].time()) for name in TIME_FIELDS})
        hours, minutes = divmod(max(schedule.minutes_per_day, 0), 60)
        self.day_length_label.setText(_("A working day of {hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes))
        self.changed.emit()
