"""The office's attendance rules (6.3, 6.9, 13.3.1.3), each number beside its clause, and what a flag proposes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from core.attendance.entities import ATTENDANCE_KIND_LABELS, AttendanceKind
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, SanctionKind
from core.i18n import _
from core.validation import ValidationReport
from gui.discipline_model import KIND_LABELS
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage

CLAUSE_FIELDS = ("absence_clause", "warning_clause", "overrun_clause")


class KindChecks(QWidget):
    """One check box per kind of time (late, left early, absent)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.checks = {kind: QCheckBox(_(label), self) for kind, label in ATTENDANCE_KIND_LABELS.items()}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind, check in self.checks.items():
            check.setObjectName(f"{name}_{kind.value}")
            layout.addWidget(check)
        layout.addStretch(1)

    def set_kinds(self, kinds: Sequence[AttendanceKind]) -> None:
        for kind, check in self.checks.items():
            check.setChecked(kind in kinds)

    def kinds(self) -> tuple[AttendanceKind, ...]:
        return tuple(kind for kind, check in self.checks.items() if check.isChecked())


class AttendancePolicyForm(QWidget):
    """``set_breaches`` offers the discipline settings' list for the proposals a flag makes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.absence_after_days_spin = _spin(self, "absence_after_days_spin", _(" working days"))
        self.lateness_per_week_spin = _spin(self, "lateness_per_week_spin", _(" times"))
        self.accumulated_kinds = KindChecks("accumulated_kinds", self)
        self.warning_kinds = KindChecks("warning_kinds", self)
        self.clauses = {name: _clause_edit(self, name) for name in CLAUSE_FIELDS}
        self.absence_breach_combo = _combo(self, "absence_breach_combo")
        self.warning_breach_combo = _combo(self, "warning_breach_combo")
        self.absence_sanction_combo = _sanction_combo(self, "absence_sanction_combo")
        self.warning_sanction_combo = _sanction_combo(self, "warning_sanction_combo")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.populate(None)

    def _build_layout(self) -> None:
        bind = self._issues.bind
        absence = QGroupBox(_("Lateness that becomes absence (regulation 6.3)"), self)
        absence_form = QFormLayout(absence)
        absence_form.addRow(_("Clause"), bind("absence_clause", self.clauses["absence_clause"]))
        absence_form.addRow(_("Counted as absence from"), bind("absence_after_days", self.absence_after_days_spin))
        absence_form.addRow(_("What adds up"), bind("accumulated_kinds", self.accumulated_kinds))
        absence_form.addRow(_("Proposed breach"), bind("absence_breach", self.absence_breach_combo))
        absence_form.addRow(_("Proposed sanction"), bind("absence_sanction", self.absence_sanction_combo))
        warning = QGroupBox(_("Lateness in a week that calls for a warning (regulation 13.3.1.3)"), self)
        warning_form = QFormLayout(warning)
        warning_form.addRow(_("Clause"), bind("warning_clause", self.clauses["warning_clause"]))
        warning_form.addRow(_("Flagged when more than"), bind("lateness_per_week", self.lateness_per_week_spin))
        warning_form.addRow(_("What is counted"), bind("warning_kinds", self.warning_kinds))
        warning_form.addRow(_("Proposed breach"), bind("warning_breach", self.warning_breach_combo))
        warning_form.addRow(_("Proposed sanction"), bind("warning_sanction", self.warning_sanction_combo))
        overrun = QGroupBox(_("Leave overruns counted as absence"), self)
        QFormLayout(overrun).addRow(_("Clause"), bind("overrun_clause", self.clauses["overrun_clause"]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.general_message, absence, warning, overrun):
            layout.addWidget(widget)
        layout.addStretch(1)
        chain_tab_order(
            [
                self.clauses["absence_clause"],
                self.absence_after_days_spin,
                *self.accumulated_kinds.checks.values(),
                self.absence_breach_combo,
                self.absence_sanction_combo,
                self.clauses["warning_clause"],
                self.lateness_per_week_spin,
                *self.warning_kinds.checks.values(),
                self.warning_breach_combo,
                self.warning_sanction_combo,
                self.clauses["overrun_clause"],
            ]
        )

    @property
    def first_widget(self) -> QWidget:
        return self.clauses["absence_clause"]

    def set_breaches(self, breaches: Sequence[BreachClause]) -> None:
        """The breaches a flag may propose: the discipline settings' list."""
        choices = [(f"{b.code} {b.text}", b.code) for b in breaches]
        for combo in (self.absence_breach_combo, self.warning_breach_combo):
            combo.set_choices(choices)  # keeps the chosen breach while it is still listed

    def populate(self, policy: AttendancePolicy | None) -> None:
        p = policy or AttendancePolicy()
        self._issues.clear()
        self.absence_after_days_spin.setValue(p.absence_after_days)
        self.lateness_per_week_spin.setValue(p.lateness_per_week)
        self.accumulated_kinds.set_kinds(p.accumulated_kinds)
        self.warning_kinds.set_kinds(p.warning_kinds)
        for name in CLAUSE_FIELDS:
            self.clauses[name].setText(getattr(p, name))
        self.absence_breach_combo.set_value(p.absence_breach)
        self.warning_breach_combo.set_value(p.warning_breach)
        self.absence_sanction_combo.set_value(p.absence_sanction)
        self.warning_sanction_combo.set_value(p.warning_sanction)

    def read(self) -> AttendancePolicy:
        return AttendancePolicy(
            absence_after_days=self.absence_after_days_spin.value(),
            absence_clause=self.clauses["absence_clause"].text(),
            accumulated_kinds=self.accumulated_kinds.kinds(),
            lateness_per_week=self.lateness_per_week_spin.value(),
            warning_clause=self.clauses["warning_clause"].text(),
            warning_kinds=self.warning_kinds.kinds(),
            overrun_clause=self.clauses["overrun_clause"].text(),
            absence_breach=self.absence_breach_combo.value() or "",
            absence_sanction=self.absence_sanction_combo.value(),
            warning_breach=self.warning_breach_combo.value() or "",
            warning_sanction=self.warning_sanction_combo.value(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)


def _spin(parent: QWidget, name: str, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, 99)  # wider than the rules allow, so a wrong value is refused with its reason
    spin.setSuffix(suffix)
    spin.setMaximumWidth(200)
    return spin


def _clause_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(f"{name}_edit")
    edit.setMaxLength(20)
    edit.setMaximumWidth(110)
    return edit


def _combo(parent: QWidget, name: str) -> ChoiceCombo:
    combo = ChoiceCombo(parent, none_text=_("— choose —"))
    combo.setObjectName(name)
    combo.setMinimumContentsLength(40)
    return combo


def _sanction_combo(parent: QWidget, name: str) -> ChoiceCombo:
    combo = ChoiceCombo(parent)
    combo.setObjectName(name)
    combo.set_choices((_(label), kind) for kind, label in KIND_LABELS.items())
    combo.set_value(SanctionKind.WARNING)
    return combo
