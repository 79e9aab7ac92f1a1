"""The employee's family members on their own tab (the relatives 10.7.1, 10.7.9 and 12.6 pay for)."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from core import services
from core.access import Action, allowed
from core.dates import full_years_between
from core.i18n import N_, _
from core.payments.family import RELATION_LABELS, FamilyMember
from core.ports import UnitOfWorkFactory
from gui.forms.family_member_dialog import FamilyMemberDialog
from gui.list_model import ListTableModel
from gui.views import configure_list_view
from gui.widgets.buttons import action_button


class FamilyColumn(enum.IntEnum):
    RELATION = 0
    NAME = 1
    BIRTH_DATE = 2
    AGE = 3
    REGISTRATION = 4


FAMILY_HEADERS: dict[FamilyColumn, str] = {
    FamilyColumn.RELATION: N_("Relation"),
    FamilyColumn.NAME: N_("Name"),
    FamilyColumn.BIRTH_DATE: N_("Birth date"),
    FamilyColumn.AGE: N_("Age"),
    FamilyColumn.REGISTRATION: N_("Registration no."),
}


class FamilyTableModel(ListTableModel):
    columns = FamilyColumn
    headers = FAMILY_HEADERS

    def display(self, item: FamilyMember, column: Any) -> str:
        if column is FamilyColumn.RELATION:
            return _(RELATION_LABELS[item.relation])
        if column is FamilyColumn.NAME:
            return item.name
        if column is FamilyColumn.BIRTH_DATE:
            return item.birth_date.isoformat()
        if column is FamilyColumn.AGE:
            return str(full_years_between(item.birth_date, date.today()))
        return item.registration_number


class EmployeeFamily(QWidget):
    """Relatives are added and corrected here; they are kept, since payments name them."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._employee_id = employee_id
        self.model = FamilyTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("family_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        self.view.horizontalHeader().setSectionResizeMode(FamilyColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = action_button(self, _("Add a relative…"), self.open_new)
        self.edit_button = action_button(self, _("Correct…"), self.edit_selected)
        may_edit = allowed(uow_factory().actor, Action.EDIT_RECORDS)
        for button in (self.add_button, self.edit_button):
            button.setEnabled(may_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_items(services.list_family(self._uow_factory(), self._employee_id))

    def open_new(self) -> FamilyMemberDialog:
        return self._open(FamilyMemberDialog(self._uow_factory, self._employee_id, None, self))

    def edit_selected(self) -> FamilyMemberDialog | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.edit_button.isEnabled():
            return None
        member = self.model.item_at(index.row())
        return self._open(FamilyMemberDialog(self._uow_factory, self._employee_id, member, self))

    def _open(self, dialog: FamilyMemberDialog) -> FamilyMemberDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        return dialog
