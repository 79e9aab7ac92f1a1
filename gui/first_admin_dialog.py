"""First start: no users yet, so the person setting Tamga up becomes its administrator.

They choose the password here (typed twice); nobody is created with a default password.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from core import services
from core.i18n import _
from core.passwords import PasswordHasher
from core.ports import UnitOfWorkFactory
from core.services.users import DEFAULT_HASHER
from core.users import User
from gui.account_dialog import AccountDialog, password_edit


class FirstAdministratorDialog(AccountDialog):
    """``FirstAdministratorDialog.ask(...)`` returns the new administrator, or ``None`` if cancelled."""

    def __init__(self, uow_factory: UnitOfWorkFactory, *, hasher: PasswordHasher = DEFAULT_HASHER,
                 parent: QWidget | None = None) -> None:
        super().__init__(title=_("Tamga — first start"),
                         intro=_("This database has no users yet. Create the administrator's account: the "
                                 "administrator adds the other users and keeps the settings and backups."),
                         ok_text=_("&Create"), parent=parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("full_name_edit")
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = password_edit(self, "password_edit")
        self.repeated_edit = password_edit(self, "repeated_edit")
        self.add_field(_("&Name:"), "full_name", self.full_name_edit)
        self.add_field(_("&Login:"), "login", self.login_edit)
        self.add_field(_("&Password:"), "password", self.password_edit)
        self.add_field(_("&Repeat the password:"), "repeated", self.repeated_edit)

    @classmethod
    def ask(cls, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> User | None:
        return cls(uow_factory, parent=parent).answer()

    def work(self) -> Callable[[], object]:
        values = dict(login=self.login_edit.text(), full_name=self.full_name_edit.text(),
                      password=self.password_edit.text(), repeated=self.repeated_edit.text())
        uow_factory, hasher = self._uow_factory, self._hasher
        return lambda: services.create_first_administrator(uow_factory(), hasher=hasher, **values)
