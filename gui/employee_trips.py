"""The employee's business trips on their own tab (regulation section 9), read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from core import services
from core.ports import UnitOfWorkFactory
from gui.trips_model import TripColumn, TripTableModel
from gui.views import configure_list_view


class EmployeeTrips(QWidget):
    """Trips are drafted, issued and changed in the Business trips section."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TripTableModel(self)
        self.model.set_items(services.employee_trips(uow_factory(), employee_id))
        self.view = QTableView(self)
        self.view.setObjectName("trip_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        for column in (TripColumn.EMPLOYEE, TripColumn.UNIT):
            self.view.setColumnHidden(column, True)
        self.view.horizontalHeader().setSectionResizeMode(TripColumn.DESTINATION, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
