"""The Employees screen: search as you type, unit and status filters, and the actions on a row."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.entities import EMPLOYEE_STATUS_LABELS, Department, EmployeeListItem
from core.i18n import _, ngettext
from core.ports import UnitOfWorkFactory
from gui.forms.employee_dialog import EmployeeDialog
from gui.forms.event_dialog import EventDialog
from gui.forms.leave_slip_dialog import LeaveSlipDialog
from gui.position_labels import unit_with_descendants
from gui.table_models import EmployeeColumn, EmployeeFilterProxy, EmployeeTableModel
from gui.views import configure_list_view, size_columns
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo

DialogT = TypeVar("DialogT", EmployeeDialog, EventDialog)

NO_UNIT = 0  # combo value for employees without a unit; saved ids start at 1

COLUMN_WIDTHS: dict[EmployeeColumn, int] = {
    EmployeeColumn.NAME: 220,
    EmployeeColumn.REGISTRATION_NUMBER: 115,
    EmployeeColumn.POSITION: 190,
    EmployeeColumn.DEPARTMENT: 280,
    EmployeeColumn.STATUS: 140,
    EmployeeColumn.APPOINTED_ON: 105,
}


class EmployeeListWidget(QWidget):
    """Emits ``employees_changed`` after any save made from here, ``leave_slips_changed`` after a new slip."""

    employees_changed = Signal()
    leave_slips_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._units: list[Department] = []
        self.model = EmployeeTableModel(self)
        self.proxy = EmployeeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        self._build_buttons()
        self._build_layout()
        self.reload_units()
        self.reload()

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(_("Search by name or registration number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.department_combo = ChoiceCombo(self, none_text=_("All units"))
        self.department_combo.setObjectName("department_combo")
        self.department_combo.setMinimumContentsLength(28)
        self.department_combo.currentIndexChanged.connect(self._on_department)
        self.status_combo = ChoiceCombo(self, none_text=_("All"))
        self.status_combo.setObjectName("status_combo")
        self.status_combo.setMinimumContentsLength(14)
        self.status_combo.set_choices((_(label), status) for status, label in EMPLOYEE_STATUS_LABELS.items())
        self.status_combo.currentIndexChanged.connect(self._on_status)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

    def _build_table(self) -> None:
        view = QTableView(self)
        view.setObjectName("employee_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        size_columns(view, COLUMN_WIDTHS, stretch=EmployeeColumn.DEPARTMENT)
        view.setSortingEnabled(True)
        view.sortByColumn(EmployeeColumn.NAME, Qt.SortOrder.AscendingOrder)
        view.activated.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.view = view

    def _build_buttons(self) -> None:
        self.new_button = action_button(self, _("&New employee"), self.open_new, tip=_("Add an employee (Ctrl+N)"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.edit_button = action_button(self, _("&Edit"), self.open_selected,
                                         tip=_("Open the selected employee (Enter)"))
        self.event_button = action_button(self, _("&Release, dismiss…"), self.open_event_dialog,
                                          tip=_("Record a release, dismissal or re-appointment by an order"))
        self.history_button = action_button(self, _("&History"), self.open_history,
                                            tip=_("The selected employee's appointments"))
        self.leave_button = action_button(self, _("&Leave slip…"), self.open_leave_slip,
                                          tip=_("Start a leave slip for the selected employee"))

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(QLabel(_("Unit:"), self))
        filters.addWidget(self.department_combo, 2)
        filters.addWidget(QLabel(_("Status:"), self))
        filters.addWidget(self.status_combo, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.event_button, self.history_button, self.leave_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again from the service, keeping the selected employee selected."""
        current = self.selected_item()
        self.model.set_items(services.list_employee_items(self._uow_factory()))
        if current is not None and current.employee.id is not None:
            self.select_employee(current.employee.id)
        self._update_count()
        self._update_buttons()

    def reload_units(self) -> None:
        self._units = services.list_departments(self._uow_factory())
        self.department_combo.set_units(self._units)
        self.department_combo.add_choice(_("No unit"), NO_UNIT)
        self._on_department()

    def select_employee(self, employee_id: int) -> None:
        source_row = self.model.row_of(employee_id)
        if source_row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected_item(self) -> EmployeeListItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    # -- filters ---------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _on_department(self) -> None:
        value = self.department_combo.value()
        if value is None:
            self.proxy.set_department_filter(None)
        elif value == NO_UNIT:
            self.proxy.set_department_filter({None})
        else:
            self.proxy.set_department_filter(unit_with_descendants(self._units, value))
        self._update_count()

    def _on_status(self) -> None:
        self.proxy.set_status_filter(self.status_combo.value())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.total(), self.proxy.rowCount()
        self.count_label.setText(
            ngettext("{shown} of {total} employee", "{shown} of {total} employees", total).format(
                shown=shown, total=total
            )
        )

    def _update_buttons(self) -> None:
        has_row = self.selected_item() is not None
        for button in (self.edit_button, self.event_button, self.history_button, self.leave_button):
            button.setEnabled(has_row)

    # -- actions ---------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_selected()

    def open_new(self) -> EmployeeDialog:
        return self._open(EmployeeDialog(self._uow_factory, None, self))

    def open_selected(self) -> EmployeeDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        employee = services.get_employee(self._uow_factory(), item.employee.id or 0)
        return self._open(EmployeeDialog(self._uow_factory, employee, self))

    def open_history(self) -> EmployeeDialog | None:
        dialog = self.open_selected()
        if dialog is not None and dialog.history_view is not None:
            dialog.tabs.setCurrentWidget(dialog.history_view)
        return dialog

    def open_event_dialog(self) -> EventDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        employee = services.get_employee(self._uow_factory(), item.employee.id or 0)
        return self._open(EventDialog(self._uow_factory, employee, self))

    def open_leave_slip(self) -> LeaveSlipDialog | None:
        """A new leave slip with the selected employee already chosen."""
        item = self.selected_item()
        if item is None or item.employee.id is None:
            return None
        dialog = LeaveSlipDialog(self._uow_factory, None, employee_id=item.employee.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_leave_slip)
        dialog.open()
        return dialog

    def _after_leave_slip(self, _slip: object) -> None:
        self.leave_slips_changed.emit()

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.open()
        return dialog

    def _after_save(self, saved: object) -> None:
        self.reload()
        employee_id = getattr(saved, "id", None)
        if isinstance(employee_id, int):
            self.select_employee(employee_id)
        self.employees_changed.emit()
