"""A user changes their own password: forced after an administrator set or reset it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.passwords import PasswordHasher
from core.ports import UnitOfWorkFactory
from core.services.users import DEFAULT_HASHER
from core.users import User
from gui.account_dialog import AccountDialog, password_edit


class ChangePasswordDialog(AccountDialog):
    """``ChangePasswordDialog.ask(...)`` returns the user with the new password, or ``None`` if cancelled."""

    def __init__(self, uow_factory: UnitOfWorkFactory, user: User, *, forced: bool = False,
                 hasher: PasswordHasher = DEFAULT_HASHER, parent: QWidget | None = None) -> None:
        intro = (_("An administrator set your password. Choose your own before you continue.") if forced
                 else _("Type your current password, then the new one twice."))
        super().__init__(title=_("Change password"), intro=intro, ok_text=_("&Change"), parent=parent)
        self._uow_factory = uow_factory
        self._hasher = hasher
        self._user_id = user.id or 0
        self.old_password_edit = password_edit(self, "old_password_edit")
        self.password_edit = password_edit(self, "password_edit")
        self.repeated_edit = password_edit(self, "repeated_edit")
        self.add_field(_("&Current password:"), "old_password", self.old_password_edit)
        self.add_field(_("&New password:"), "password", self.password_edit)
        self.add_field(_("&Repeat the new password:"), "repeated", self.repeated_edit)

    @classmethod
    def ask(cls, uow_factory: UnitOfWorkFactory, user: User, *, forced: bool = False,
            parent: QWidget | None = None) -> User | None:
        return cls(uow_factory, user, forced=forced, parent=parent).answer()

    def work(self) -> Callable[[], object]:
        old, new, repeated = self.old_password_edit.text(), self.password_edit.text(), self.repeated_edit.text()
        uow_factory, hasher, user_id = self._uow_factory, self._hasher, self._user_id
        return lambda: services.change_password(uow_factory(), user_id, old_password=old, new_password=new,
                                                repeated=repeated, hasher=hasher)
