"""An administrator adds a user: name, login, role and a first password the user must change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from core import services
from core.i18n import _
from core.passwords import PasswordHasher
from core.ports import UnitOfWorkFactory
from core.services.users import DEFAULT_HASHER
from core.users import ROLE_LABELS, Role, User
from gui.account_dialog import AccountDialog, password_edit


class NewUserDialog(AccountDialog):
    """``NewUserDialog.ask(...)`` returns the saved user, or ``None`` if cancelled."""

    def __init__(self, uow_factory: UnitOfWorkFactory, *, hasher: PasswordHasher = DEFAULT_HASHER,
                 parent: QWidget | None = None) -> None:
        super().__init__(title=_("New user"),
                         intro=_("The user must change this first password when they first log in."),
                         ok_text=_("&Add"), parent=parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name_edit")
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role_combo")
        for role in (Role.HR, Role.VIEWER, Role.ADMINISTRATOR):
            self.role_combo.addItem(_(ROLE_LABELS[role]), role.value)
        self.password_edit = password_edit(self, "password_edit")
        self.add_field(_("&Name:"), "full_name", self.full_name_edit)
        self.add_field(_("&Login:"), "login", self.login_edit)
        self.add_field(_("R&ole:"), "role", self.role_combo)
        self.add_field(_("&First password:"), "password", self.password_edit)

    @classmethod
    def ask(cls, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> User | None:
        return cls(uow_factory, parent=parent).answer()

    def work(self) -> Callable[[], object]:
        role = Role(self.role_combo.currentData())
        login, full_name, password = self.login_edit.text(), self.full_name_edit.text(), self.password_edit.text()
        uow_factory, hasher = self._uow_factory, self._hasher
        return lambda: services.create_user(uow_factory(), login=login, full_name=full_name, role=role,
                                            password=password, hasher=hasher)
