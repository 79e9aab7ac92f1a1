"""The employee's sanctions on their own tab, with whether an award is allowed today (12.10)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.discipline_model import SanctionColumn, SanctionTableModel
from gui.views import configure_list_view


class EmployeeSanctions(QWidget):
    """Read-only: sanctions are recorded and annulled in the Discipline section."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.model = SanctionTableModel(self, today=today)
        self.model.set_items(services.list_sanctions(uow_factory(), employee_id=employee_id))
        refusal = services.award_blocked(uow_factory(), employee_id, today)
        self.award_label = QLabel(refusal or _("No sanction in force: awards and promotion are allowed."), self)
        self.award_label.setObjectName("award_label")
        self.award_label.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("sanction_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        self.view.setColumnHidden(SanctionColumn.EMPLOYEE, True)
        self.view.horizontalHeader().setSectionResizeMode(SanctionColumn.BREACH, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.award_label)
        layout.addWidget(self.view, 1)
