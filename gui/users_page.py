"""Users (administrators only): the accounts, adding one, resetting a password, locking, roles.

Core refuses all of this to any other role; the main window only shows the section to an
administrator so nobody meets a page of refusals.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QTableView, QVBoxLayout, QWidget

from core import services
from core.access import PermissionDeniedError
from core.i18n import N_, _
from core.passwords import PasswordHasher
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.services.users import DEFAULT_HASHER
from core.users import ROLE_LABELS, Role, User
from core.validation import ValidationError
from gui.confirm import show_refusal
from gui.list_model import ListTableModel
from gui.new_user_dialog import NewUserDialog
from gui.tasks import run_in_background
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button


class UserColumn(enum.IntEnum):
    LOGIN = 0
    NAME = 1
    ROLE = 2
    STATE = 3


USER_HEADERS: dict[UserColumn, str] = {
    UserColumn.LOGIN: N_("Login"),
    UserColumn.NAME: N_("Name"),
    UserColumn.ROLE: N_("Role"),
    UserColumn.STATE: N_("State"),
}


def user_state(user: User) -> str:
    if not user.active:
        return _("Switched off")
    if user.locked:
        return _("Locked")
    if user.must_change_password:
        return _("Must change the password")
    return _("Active")


class UserTableModel(ListTableModel):
    columns = UserColumn
    headers = USER_HEADERS

    def display(self, item: User, column: Any) -> str:
        if column is UserColumn.LOGIN:
            return item.login
        if column is UserColumn.NAME:
            return item.full_name
        if column is UserColumn.ROLE:
            return _(ROLE_LABELS[item.role])
        return user_state(item)

    def is_problem(self, item: User) -> bool:
        return item.locked


class UsersPage(QWidget):
    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True,
                 hasher: PasswordHasher = DEFAULT_HASHER) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self.model = UserTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("users_view")
        self.view.setModel(self.proxy)
        configure_list_view(self.view)
        self.add_button = action_button(self, _("&Add user…"), self.add_user)
        self.reset_button = action_button(self, _("&Reset password…"), self.reset_password)
        self.lock_button = action_button(self, _("&Lock / unlock"), self.toggle_lock)
        self.role_button = action_button(self, _("R&ole…"), self.change_role)
        self.deactivate_button = action_button(self, _("&Switch off"), self.deactivate)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.lock_button, self.role_button,
                       self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Users"), self))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if load_now:
            self.reload()

    def reload(self) -> None:
        try:
            users = services.list_users(self._uow_factory())
        except PermissionDeniedError:  # reached by another role (the Go menu): nothing to show
            users = []
        self.model.set_items(users)

    def selected_user(self) -> User | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        user = self.model.item_at(self.proxy.mapToSource(rows[0]).row())
        return user if isinstance(user, User) else None

    def add_user(self) -> None:
        if NewUserDialog.ask(self._uow_factory, self) is not None:
            self.reload()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or user.id is None:
            return
        password, ok = QInputDialog.getText(
            self, _("Reset password"), _("A new password for {login}; they must change it at the next login:")
            .format(login=user.login), QLineEdit.EchoMode.Password)
        if not ok:
            return
        user_id, uow_factory, hasher = user.id, self._uow_factory, self._hasher
        run_in_background(lambda: services.reset_password(uow_factory(), user_id, password=password, hasher=hasher),
                          label=_("Please wait…"), window=self, done=lambda _user: self.reload())

    def toggle_lock(self) -> None:
        user = self.selected_user()
        if user is not None and user.id is not None:
            self._run(lambda uid=user.id, lock=not user.locked: services.set_locked(self._uow_factory(), uid, lock))

    def change_role(self) -> None:
        user = self.selected_user()
        if user is None or user.id is None:
            return
        roles = list(Role)
        labels = [_(ROLE_LABELS[role]) for role in roles]
        label, ok = QInputDialog.getItem(self, _("Role"), _("The role of {login}:").format(login=user.login),
                                         labels, roles.index(user.role), False)
        if ok:
            role = roles[labels.index(label)]
            self._run(lambda uid=user.id: services.set_role(self._uow_factory(), uid, role))

    def deactivate(self) -> None:
        user = self.selected_user()
        if user is not None and user.id is not None:
            self._run(lambda uid=user.id: services.deactivate_user(self._uow_factory(), uid))

    def _run(self, action: Any) -> None:
        try:
            action()
        except ValidationError as error:
            show_refusal(self, error.report.summary())
        except (RefusedError, NotFoundError) as error:
            show_refusal(self, str(error))
        self.reload()
