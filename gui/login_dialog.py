"""The login at start: login and password, the refusal (and any wait) shown in the dialog itself.

Nothing here sleeps: after wrong passwords core refuses with the seconds left to wait
("Try again in 8 s"), and the dialog shows that sentence under the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QLineEdit, QWidget

from core import services
from core.i18n import _
from core.passwords import PasswordHasher
from core.ports import UnitOfWorkFactory
from core.services.users import DEFAULT_HASHER
from core.users import User
from gui.account_dialog import AccountDialog, password_edit


class LoginDialog(AccountDialog):
    """``LoginDialog.ask(...)`` returns the logged-in user, or ``None`` when the user cancels."""

    def __init__(self, uow_factory: UnitOfWorkFactory, *, hasher: PasswordHasher = DEFAULT_HASHER,
                 clock: Callable[[], datetime] = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(title=_("Tamga — log in"), intro=_("Log in to see and keep the office's records."),
                         ok_text=_("&Log in"), parent=parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._clock = clock
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = password_edit(self, "password_edit")
        self.add_field(_("&Login:"), "login", self.login_edit)
        self.add_field(_("&Password:"), "password", self.password_edit)

    @classmethod
    def ask(cls, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> User | None:
        """The seam tests patch: run the dialog and return who logged in."""
        return cls(uow_factory, parent=parent).answer()

    def work(self) -> Callable[[], object]:
        login, password, now = self.login_edit.text(), self.password_edit.text(), self._clock()
        uow_factory, hasher = self._uow_factory, self._hasher
        return lambda: services.login(uow_factory(), login, password, now=now, hasher=hasher)

    def after_refusal(self) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()
