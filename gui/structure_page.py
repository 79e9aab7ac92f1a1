"""Units & positions: the office's units as a tree, and the positions of the chosen unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.entities import UNIT_KIND_LABELS, Department, Employee, Position
from core.i18n import _
from core.names import short_name
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from gui.confirm import confirm_delete, show_refusal
from gui.forms.department_dialog import DepartmentDialog
from gui.forms.entity_dialog import EntityDialog
from gui.forms.position_dialog import PositionDialog
from gui.position_labels import unit_names, unit_with_descendants
from gui.position_model import PositionColumn, PositionTableModel
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHOLE_OFFICE = -1


class StructurePage(QWidget):
    """Emits ``structure_changed`` after a unit or position is saved or deleted."""

    structure_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._units: list[Department] = []
        self._positions: list[Position] = []
        self.tree_model = QStandardItemModel(self)
        self.position_model = PositionTableModel(self)
        self.position_proxy = QSortFilterProxyModel(self)
        self.position_proxy.setSourceModel(self.position_model)
        self.position_proxy.setSortLocaleAware(True)
        left, right = self._build_units_panel(), self._build_positions_panel()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_units_panel(self) -> QWidget:
        panel = QWidget(self)
        self.seed_label = QLabel(_("The office has no units yet. Start from the structure in regulation 2.2, "
                                   "or add units one by one."), panel)
        self.seed_label.setWordWrap(True)
        self.seed_button = action_button(panel, _("Create the structure of regulation 2.2"), self.seed_structure)
        self.tree = QTreeView(panel)
        self.tree.setObjectName("unit_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(lambda _index: self.open_edit_unit())
        self.tree.selectionModel().currentChanged.connect(self._show_positions)
        self.add_unit_button = action_button(panel, _("Add unit"), self.open_new_unit)
        self.add_subunit_button = action_button(panel, _("Add sub-unit"), lambda: self.open_new_unit(sub=True))
        self.edit_unit_button = action_button(panel, _("Edit"), self.open_edit_unit)
        self.delete_unit_button = action_button(panel, _("Delete"), self.delete_unit)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(_("Units"), panel))
        layout.addWidget(self.seed_label)
        layout.addWidget(self.seed_button)
        layout.addWidget(self.tree, 1)
        layout.addLayout(_row(self.add_unit_button, self.add_subunit_button, self.edit_unit_button,
                              self.delete_unit_button))
        return panel

    def _build_positions_panel(self) -> QWidget:
        panel = QWidget(self)
        self.positions_label = heading("", panel)
        view = QTableView(panel)
        view.setObjectName("position_view")
        view.setModel(self.position_proxy)
        configure_list_view(view)
        view.setSortingEnabled(True)
        view.sortByColumn(PositionColumn.TITLE, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(PositionColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PositionColumn.UNIT, QHeaderView.ResizeMode.Stretch)
        for column in (PositionColumn.CLASS, PositionColumn.RANK, PositionColumn.POSTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.activated.connect(lambda _index: self.open_edit_position())
        self.position_view = view
        self.add_position_button = action_button(panel, _("Add position"), self.open_new_position)
        self.edit_position_button = action_button(panel, _("Edit"), self.open_edit_position)
        self.delete_position_button = action_button(panel, _("Delete"), self.delete_position)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.positions_label)
        layout.addWidget(view, 1)
        layout.addLayout(_row(self.add_position_button, self.edit_position_button, self.delete_position_button))
        return panel

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_unit_id()
        self._units = services.list_departments(self._uow_factory())
        self._positions = services.list_positions(self._uow_factory())
        employees = {i.employee.id: i.employee for i in services.list_employee_items(self._uow_factory())}
        self.position_model.set_unit_names(unit_names(self._units))
        self._fill_tree(employees)
        self.seed_label.setVisible(not self._units)
        self.seed_button.setVisible(not self._units)
        self.select_unit(selected)

    def _fill_tree(self, employees: dict[int | None, Employee]) -> None:
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels([_("Unit"), _("Kind"), _("Head")])
        office = QStandardItem(_("Whole office"))
        office.setData(WHOLE_OFFICE, UNIT_ID_ROLE)
        self.tree_model.appendRow([office, QStandardItem(""), QStandardItem("")])
        items: dict[int | None, QStandardItem] = {None: office}
        for unit in self._units:  # parents come before their children
            head = employees.get(unit.head_employee_id) if unit.head_employee_id else None
            name = QStandardItem(unit.name)
            name.setData(unit.id, UNIT_ID_ROLE)
            name.setToolTip(unit.head_title)
            row = [name, QStandardItem(_(UNIT_KIND_LABELS[unit.kind])), QStandardItem(short_name(head) if head else "")]
            items.get(unit.parent_id, office).appendRow(row)
            items[unit.id] = name
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def selected_unit_id(self) -> int | None:
        """The chosen unit's id; ``None`` for the whole office or no choice."""
        value = self.tree.currentIndex().siblingAtColumn(0).data(UNIT_ID_ROLE)
        return None if value in (None, WHOLE_OFFICE) else int(value)

    def select_unit(self, unit_id: int | None) -> None:
        wanted = WHOLE_OFFICE if unit_id is None else unit_id
        matches = self.tree_model.match(self.tree_model.index(0, 0), UNIT_ID_ROLE, wanted, 1,
                                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        index = matches[0] if matches else self.tree_model.index(0, 0)
        self.tree.setCurrentIndex(index)
        self._show_positions()

    def _show_positions(self, *_args: QModelIndex) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is None:
            shown = self._positions
            self.positions_label.setText(_("Positions of the whole office"))
        else:
            units = unit_with_descendants(self._units, unit_id)
            shown = [p for p in self._positions if p.department_id in units]
            name = unit_names(self._units).get(unit_id, "")
            self.positions_label.setText(_("Positions: {unit}").format(unit=name))
        self.position_model.set_items(shown)
        self.edit_unit_button.setEnabled(unit_id is not None)
        self.delete_unit_button.setEnabled(unit_id is not None)
        self.add_subunit_button.setEnabled(unit_id is not None)

    def selected_position(self) -> Position | None:
        index = self.position_view.currentIndex()
        if not index.isValid():
            return None
        return self.position_model.item_at(self.position_proxy.mapToSource(index).row())

    # -- actions ---------------------------------------------------------------------------

    def seed_structure(self) -> None:
        try:
            services.seed_regulation_structure(self._uow_factory())
        except RefusedError as exc:
            show_refusal(self, str(exc))
            return
        self._changed()

    def open_new_unit(self, *, sub: bool = False) -> DepartmentDialog:
        parent_id = self.selected_unit_id() if sub else None
        return self._open(DepartmentDialog(self._uow_factory, None, parent_id=parent_id, parent=self))

    def open_edit_unit(self) -> DepartmentDialog | None:
        unit_id = self.selected_unit_id()
        unit = next((u for u in self._units if u.id == unit_id), None)
        if unit is None:
            return None
        return self._open(DepartmentDialog(self._uow_factory, unit, parent=self))

    def delete_unit(self) -> None:
        unit = next((u for u in self._units if u.id == self.selected_unit_id()), None)
        if unit is None or unit.id is None or not confirm_delete(self, unit.name):
            return
        self._delete(services.delete_department, unit.id)

    def open_new_position(self) -> PositionDialog:
        dialog = PositionDialog(self._uow_factory, None, department_id=self.selected_unit_id(), parent=self)
        return self._open(dialog)

    def open_edit_position(self) -> PositionDialog | None:
        position = self.selected_position()
        if position is None:
            return None
        return self._open(PositionDialog(self._uow_factory, position, parent=self))

    def delete_position(self) -> None:
        position = self.selected_position()
        if position is None or position.id is None or not confirm_delete(self, position.title):
            return
        self._delete(services.delete_position, position.id)

    def _delete(self, action: Callable[[Any, int], None], item_id: int) -> None:
        try:
            action(self._uow_factory(), item_id)
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
            return
        self._changed()

    def _open(self, dialog: Any) -> Any:
        assert isinstance(dialog, EntityDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self, *_args: object) -> None:
        self.reload()
        self.structure_changed.emit()


def _row(*buttons: QPushButton) -> QHBoxLayout:
    layout = QHBoxLayout()
    for button in buttons:
        layout.addWidget(button)
    layout.addStretch(1)
    return layout
