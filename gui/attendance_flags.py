"""The month's attendance flags (6.3, 13.3.1.3), each with the proposal or sanction that answers it."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.discipline.entities import Sanction, SanctionStatus
from core.i18n import N_, _
from core.leave.durations import as_days
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.services.sanction_proposals import FlagCase
from core.validation import ValidationError
from gui.confirm import show_refusal
from gui.list_model import ListTableModel
from gui.views import configure_list_view
from gui.widgets.buttons import action_button


class FlagColumn(enum.IntEnum):
    NAME = 0
    FLAG = 1
    ANSWER = 2


def answer_text(answer: Sanction | None) -> str:
    """What became of the flag: nothing yet, a proposal, the chief's order, or a rejection."""
    if answer is None:
        return _("No proposal yet")
    if answer.status is SanctionStatus.PROPOSED:
        return _("Proposed: awaits the chief's decision")
    if answer.status is SanctionStatus.REJECTED:
        return _("Proposal rejected: {reason}").format(reason=answer.reject_reason)
    return _("Sanction by order {order}").format(order=answer.order_number)


class FlagTableModel(ListTableModel):
    """Open flags (no answer yet) are shaded."""

    columns = FlagColumn
    headers = {FlagColumn.NAME: N_("Name"), FlagColumn.FLAG: N_("Flag"), FlagColumn.ANSWER: N_("Proposal")}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.minutes_per_day = 480

    def is_problem(self, item: FlagCase) -> bool:
        return item.answer is None

    def display(self, item: FlagCase, column: FlagColumn) -> str:
        if column is FlagColumn.NAME:
            return self.names.get(item.key.employee_id, "?")
        if column is FlagColumn.ANSWER:
            return answer_text(item.answer)
        if item.is_absence:
            days = as_days(item.amount, self.minutes_per_day)
            return _("{clause}: {days:g} working days of unjustified time, absence from {day}").format(
                clause=item.key.clause, days=days, day=item.since.isoformat()
            )
        return _("{clause}: late {times} times in the week of {day}").format(
            clause=item.key.clause, times=item.amount, day=item.since.isoformat()
        )


class AttendanceFlags(QWidget):
    """``proposed`` fires after a proposal is recorded, for the Discipline section to reload."""

    proposed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.model = FlagTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("flag_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FlagColumn.FLAG, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(FlagColumn.NAME, 150)
        self.view.setColumnWidth(FlagColumn.ANSWER, 230)
        self.propose_button = action_button(
            self,
            _("Propose a sanction"),
            self.propose_selected,
            tip=_("A draft sanction for the chief, prefilled from the flag"),
        )
        self.status_label = QLabel(self)
        self.status_label.setObjectName("flag_status_label")
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._update_button())
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_button()

    def set_cases(self, cases: list[FlagCase], *, names: dict[int, str], minutes_per_day: int) -> None:
        self.model.names = names
        self.model.minutes_per_day = minutes_per_day
        self.model.set_items(cases)
        self._update_button()

    def select_person(self, employee_id: int) -> None:
        """The person's first flag, preferring one still open, so the action applies to the sheet's row."""
        rows = [r for r, case in enumerate(self.model.items()) if case.key.employee_id == employee_id]
        rows.sort(key=lambda r: self.model.item_at(r).answer is not None)
        if rows:
            self.view.selectRow(rows[0])
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(self.model.index(-1, -1))
        self._update_button()

    def selected(self) -> FlagCase | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _update_button(self) -> None:
        case = self.selected()
        self.propose_button.setEnabled(case is not None and case.answer is None)

    def propose_selected(self) -> Sanction | None:
        case = self.selected()
        if case is None or case.answer is not None:
            return None
        try:
            proposal = services.propose_sanction(self._uow_factory(), case.key)
        except ValidationError as exc:
            show_refusal(self, exc.report.summary())
            return None
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
            return None
        self.status_label.setText(_("Proposal recorded: the chief decides it in the Discipline section."))
        self.proposed.emit()
        return proposal
