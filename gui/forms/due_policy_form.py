"""The "due soon" numbers: how far ahead the list looks, the jubilee ages (12.5), the years of
service (12.7), the gift days and the children's age limit (12.6)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from core.i18n import _
from core.payments.due_soon import DuePolicy
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage

NUMBER_FIELDS = ("horizon_days", "service_years", "child_max_age")
_GIFT_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def _spin(parent: QWidget, name: str, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, 999)  # wider than allowed, so the service says why
    spin.setSuffix(suffix)
    spin.setMaximumWidth(160)
    return spin


def _items(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class DuePolicyForm(QWidget):
    """Lists are typed comma-separated ("50, 60"; "01-01, 06-01"); a typo is refused beside its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = {
            "horizon_days": _spin(self, "horizon_days_spin", _(" days")),
            "service_years": _spin(self, "service_years_spin", _(" years")),
            "child_max_age": _spin(self, "child_max_age_spin", _(" years")),
        }
        self.ages_edit = QLineEdit(self)
        self.ages_edit.setObjectName("jubilee_ages_edit")
        self.gift_days_edit = QLineEdit(self)
        self.gift_days_edit.setObjectName("gift_days_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._policy = DuePolicy()
        bind = self._issues.bind
        form = QFormLayout(self)
        form.addRow(self.general_message)
        form.addRow(_("The list shows what falls due within"), bind("horizon_days", self.numbers["horizon_days"]))
        form.addRow(_("Jubilee ages (12.5), e.g. 50, 60"), bind("jubilee_ages", self.ages_edit))
        form.addRow(_("Years of continuous service (12.7)"), bind("service_years", self.numbers["service_years"]))
        form.addRow(_("Gift days (12.6), month-day, e.g. 01-01, 06-01"), bind("gift_days", self.gift_days_edit))
        form.addRow(_("Gifts for children aged 0 to"), bind("child_max_age", self.numbers["child_max_age"]))
        chain_tab_order(
            [
                self.numbers["horizon_days"],
                self.ages_edit,
                self.numbers["service_years"],
                self.gift_days_edit,
                self.numbers["child_max_age"],
            ]
        )
        self.populate(None)

    def populate(self, policy: DuePolicy | None) -> None:
        self._policy = policy or DuePolicy()
        self._issues.clear()
        for name in NUMBER_FIELDS:
            self.numbers[name].setValue(getattr(self._policy, name))
        self.ages_edit.setText(", ".join(str(age) for age in self._policy.jubilee_ages))
        self.gift_days_edit.setText(", ".join(f"{m:02d}-{d:02d}" for m, d in self._policy.gift_days))

    def read(self) -> DuePolicy:
        """Raises ValidationError for a list that is not numbers, before the service checks the values."""
        issues = []
        ages = _items(self.ages_edit.text())
        if not all(age.isdigit() for age in ages):
            issues.append(ValidationIssue("jubilee_ages", "format", _("Enter whole numbers separated by commas.")))
        days = [_GIFT_DAY.match(day) for day in _items(self.gift_days_edit.text())]
        if not all(days):
            message = _("Enter each gift day as month-day of a day every year has (01-01, 06-01).")
            issues.append(ValidationIssue("gift_days", "format", message))
        if issues:
            raise ValidationError(ValidationReport(tuple(issues)))
        return DuePolicy(
            jubilee_ages=tuple(int(age) for age in ages),
            gift_days=tuple((int(m[1]), int(m[2])) for m in days if m is not None),
            pension_ages=self._policy.pension_ages,
            **{name: spin.value() for name, spin in self.numbers.items()},
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
