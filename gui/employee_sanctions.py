"""The employee's sanctions on their own tab: in force today (and until when), proposals, then the history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.discipline.entities import Sanction
from core.discipline.rules import counts_on
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.discipline_model import SanctionColumn, SanctionTableModel, kind_text
from gui.views import configure_list_view, wrapped_label


def in_force_line(sanction: Sanction) -> str:
    """ "Warning, order А/12 of 2026-01-15 (11.1.5): in force until 2027-01-14"."""
    order_day = sanction.order_date.isoformat() if sanction.order_date else ""
    until = sanction.lapses_on.isoformat() if sanction.lapses_on else ""
    return _("{sanction}, order {order} of {day} ({clause}): in force until {until}").format(
        sanction=kind_text(sanction),
        order=sanction.order_number,
        day=order_day,
        clause=sanction.breach_code,
        until=until,
    )


def proposal_line(sanction: Sanction) -> str:
    return _("{sanction} for {clause}, proposed: awaits the chief's decision").format(
        sanction=kind_text(sanction), clause=sanction.breach_code
    )


class EmployeeSanctions(QWidget):
    """Read-only: sanctions are recorded, decided and annulled in the Discipline section."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        employee_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        today = today or date.today()
        sanctions = services.list_sanctions(uow_factory(), employee_id=employee_id)
        self.model = SanctionTableModel(self, today=today)
        self.model.set_items(sanctions)
        refusal = services.award_blocked(uow_factory(), employee_id, today)
        self.award_label = wrapped_label(
            self, "award_label", refusal or _("No sanction in force: awards and promotion are allowed.")
        )
        in_force = [s for s in sanctions if counts_on(s, today)]
        self.in_force_label = _list_label(
            self, "in_force_label", [in_force_line(s) for s in in_force], _("None today.")
        )
        proposals = [s for s in sanctions if s.is_proposal and not s.annulled]
        self.proposals_label = _list_label(self, "proposals_label", [proposal_line(s) for s in proposals], _("None."))
        self.view = QTableView(self)
        self.view.setObjectName("sanction_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        self.view.setColumnHidden(SanctionColumn.EMPLOYEE, True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SanctionColumn.BREACH, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.award_label)
        layout.addWidget(_group(self, _("In force today"), self.in_force_label))
        layout.addWidget(_group(self, _("Proposals awaiting the chief's decision"), self.proposals_label))
        layout.addWidget(_group(self, _("History (all sanctions and proposals)"), self.view), 1)


def _list_label(parent: QWidget, name: str, lines: list[str], empty: str) -> QLabel:
    return wrapped_label(parent, name, "\n".join(lines) or empty)


def _group(parent: QWidget, title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    QVBoxLayout(box).addWidget(content)
    return box
