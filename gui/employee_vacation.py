"""The employee's annual vacation on their own tab: the year's entitlement and why, taken, planned, left."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.i18n import N_, _, ngettext
from core.leave.entities import SLIP_STATUS_LABELS
from core.ports import UnitOfWorkFactory
from core.vacation.balance import TakenPart, VacationBalance
from core.vacation.entitlement import Entitlement
from gui.views import wrapped_label
from gui.widgets.period_pickers import year_spin

PART_HEADERS = (N_("From"), N_("To"), N_("Working days"), N_("Order / slip"))


def entitlement_text(entitlement: Entitlement) -> str:
    """ "18 working days: 15 base days + 3 for 7 full years of service", or why there are none."""
    if not entitlement.earned:
        return _("Not earned yet: vacation is earned after the first months of work (Labour Law, art. 99).")
    base = (
        _("{days} base days for under-age or disabled employees") if entitlement.protected else _("{days} base days")
    ).format(days=entitlement.base_days)
    years = ngettext(
        "{years} full year of service", "{years} full years of service", entitlement.years_of_service
    ).format(years=entitlement.years_of_service)
    if not entitlement.extra_days:
        return _("{total} working days: {base}; no additional days for {years}").format(
            total=entitlement.total_days, base=base, years=years
        )
    return _("{total} working days: {base} + {extra} additional days for {years}").format(
        total=entitlement.total_days, base=base, extra=entitlement.extra_days, years=years
    )


def part_reference(part: TakenPart) -> str:
    """The order that gave the part, else its slip number, else its state (a draft being ordered)."""
    if part.order_number:
        return _("Order {number}").format(number=part.order_number)
    if part.number is not None:
        return str(part.number)
    return _(SLIP_STATUS_LABELS[part.status])


class EmployeeVacation(QWidget):
    """Read-only: vacations are given in the Leave slips section, planned in the March schedule."""

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
        self._today = today or date.today()
        self.year_spin = year_spin(self, self._today.year)
        self.entitlement_label = wrapped_label(self, "entitlement_label")
        self.taken_label = wrapped_label(self, "taken_label")
        self.planned_label = wrapped_label(self, "planned_label")
        self.remaining_label = wrapped_label(self, "remaining_label")
        self.parts_table = QTableWidget(0, len(PART_HEADERS), self)
        self.parts_table.setObjectName("parts_table")
        self.parts_table.setHorizontalHeaderLabels([_(h) for h in PART_HEADERS])
        self.parts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._layout_widgets()
        self.year_spin.valueChanged.connect(self.reload)
        self.reload()

    def _layout_widgets(self) -> None:
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(_("Vacation year"), self))
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Entitlement"), self.entitlement_label)
        form.addRow(_("Taken"), self.taken_label)
        form.addRow(_("Planned (schedule, 6.11)"), self.planned_label)
        form.addRow(_("Remaining"), self.remaining_label)
        layout = QVBoxLayout(self)
        layout.addLayout(year_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("Parts taken this year"), self))
        layout.addWidget(self.parts_table, 1)

    def reload(self) -> None:
        balance = services.vacation_balance(
            self._uow_factory(), self._employee_id, self.year_spin.value(), on=self._today
        )
        self.show_balance(balance)

    def show_balance(self, balance: VacationBalance) -> None:
        days = ngettext("{days} working day", "{days} working days", balance.taken_days)
        self.entitlement_label.setText(entitlement_text(balance.entitlement))
        self.taken_label.setText(days.format(days=balance.taken_days))
        self.planned_label.setText(
            ngettext("{days} working day", "{days} working days", balance.planned_days).format(
                days=balance.planned_days
            )
        )
        self.remaining_label.setText(
            ngettext("{days} working day", "{days} working days", balance.remaining_days).format(
                days=balance.remaining_days
            )
        )
        self.parts_table.setRowCount(len(balance.parts))
        for row, part in enumerate(balance.parts):
            cells = (f"{part.starts_on:%Y-%m-%d}", f"{part.ends_on:%Y-%m-%d}", str(part.days), part_reference(part))
            for column, text in enumerate(cells):
                self.parts_table.setItem(row, column, QTableWidgetItem(text))
