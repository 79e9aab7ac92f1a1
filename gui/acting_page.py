"""Acting officials: who stands in for the chief or a unit head, and who signs on a date."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.entities import ActingAssignment
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from gui.acting_model import ActingColumn, ActingTableModel
from gui.confirm import confirm_delete, show_refusal
from gui.forms.acting_dialog import ActingDialog
from gui.position_labels import unit_names
from gui.signatory_panel import SignatoryPanel
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button


class ActingPage(QWidget):
    """The list of acting assignments, newest first, beside the “who signs” panel."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.model = ActingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._build_view()
        self.add_button = action_button(self, _("Add"), self.open_new)
        self.edit_button = action_button(self, _("Edit"), self.open_selected)
        self.delete_button = action_button(self, _("Delete"), self.delete_selected)
        self.signatory_panel = SignatoryPanel(uow_factory, self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(heading(_("Acting officials (regulation 2.3)"), self))
        left.addWidget(self.view, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.signatory_panel, 2, Qt.AlignmentFlag.AlignTop)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("acting_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ActingColumn.UNIT, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(lambda _index: self.open_selected())
        return view

    def reload(self) -> None:
        units = services.list_departments(self._uow_factory())
        employees = {i.employee.id: i.employee for i in services.list_employee_items(self._uow_factory())
                     if i.employee.id is not None}
        self.model.set_names(unit_names(units), employees)
        self.model.set_items(services.list_acting(self._uow_factory()))
        self.signatory_panel.set_units(units)

    def selected(self) -> ActingAssignment | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def open_new(self) -> ActingDialog:
        return self._open(ActingDialog(self._uow_factory, None, self))

    def open_selected(self) -> ActingDialog | None:
        assignment = self.selected()
        return None if assignment is None else self._open(ActingDialog(self._uow_factory, assignment, self))

    def delete_selected(self) -> None:
        assignment = self.selected()
        if assignment is None or assignment.id is None:
            return
        what = self.model.display(assignment, ActingColumn.ACTING)
        if not confirm_delete(self, what):
            return
        try:
            services.delete_acting(self._uow_factory(), assignment.id)
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
        self.reload()

    def _open(self, dialog: ActingDialog) -> ActingDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        return dialog
