"""Users: logging in, the first administrator, and the administrator's account management.

Passwords are hashed by a ``core.passwords.PasswordHasher`` passed in (argon2id in the app, a
fast one in tests). A refused login says why in words the user can act on ("try again in
8 s", "ask an administrator"), but never whether the login exists.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from core import accounts
from core.i18n import _
from core.passwords import Argon2Hasher, PasswordHasher
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.users import Role, User
from core.validation import ValidationError, ValidationIssue, ValidationReport

#: The app's hasher: argon2-cffi's defaults (RFC 9106 low-memory profile).
DEFAULT_HASHER: PasswordHasher = Argon2Hasher()


class LoginRefusedError(RefusedError):
    """The login was refused; ``wait_seconds`` > 0 when the user must wait before trying again."""

    def __init__(self, message: str, *, wait_seconds: int = 0, locked: bool = False) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds
        self.locked = locked


def needs_first_administrator(uow: UnitOfWork) -> bool:
    """Whether the database has no users yet, so the first start must create the administrator."""
    with uow:
        return uow.users.count() == 0


def create_first_administrator(
    uow: UnitOfWork, *, login: str, full_name: str, password: str, repeated: str,
    hasher: PasswordHasher = DEFAULT_HASHER,
) -> User:
    """The first start's administrator, with the password they chose; refused once any user exists."""
    with uow:
        if uow.users.count():
            raise RefusedError(_("The administrator already exists; log in instead."))
        user = _new_user(uow, login, full_name, Role.ADMINISTRATOR, password, repeated, hasher)
        saved = uow.users.add(replace(user, must_change_password=False))
        uow.commit()
        return saved


def login(uow: UnitOfWork, login: str, password: str, *, now: datetime,
          hasher: PasswordHasher = DEFAULT_HASHER) -> User:
    """The user whose *login* and *password* these are; records the failure otherwise.

    Raises:
        LoginRefusedError: Wrong login or password, a wait still running, a locked or
            switched-off account. A failure is committed before the error is raised.
    """
    with uow:
        user = uow.users.by_login(accounts.normalize_login(login))
        if user is None or not user.active:
            hasher.hash(password)  # spend the time a real check takes, so timing does not tell
            raise LoginRefusedError(_("Wrong login or password."))
        _refuse_if_waiting(user, now)
        if not hasher.verify(user.password_hash, password):
            failed = uow.users.update(accounts.after_failure(user, now))
            uow.commit()
            raise _failure_error(failed, now)
        return _signed_in(uow, user, password, hasher)


def _refuse_if_waiting(user: User, now: datetime) -> None:
    if user.locked:
        raise LoginRefusedError(_("This account is locked after too many wrong passwords. Ask an administrator "
                                  "to unlock it."), locked=True)
    wait = accounts.seconds_to_wait(user, now)
    if wait:
        raise LoginRefusedError(_("Too many wrong passwords. Try again in {seconds} s.").format(seconds=wait),
                                wait_seconds=wait)


def _failure_error(user: User, now: datetime) -> LoginRefusedError:
    if user.locked:
        return LoginRefusedError(_("Wrong password. The account is now locked; ask an administrator to unlock "
                                   "it."), locked=True)
    wait = accounts.seconds_to_wait(user, now)
    if wait:
        return LoginRefusedError(_("Wrong login or password. Try again in {seconds} s.").format(seconds=wait),
                                 wait_seconds=wait)
    return LoginRefusedError(_("Wrong login or password."))


def _signed_in(uow: UnitOfWork, user: User, password: str, hasher: PasswordHasher) -> User:
    """Reset the failure count, and upgrade an old hash while the password is at hand."""
    updated = accounts.after_success(user)
    if hasher.needs_rehash(user.password_hash):
        updated = replace(updated, password_hash=hasher.hash(password))
    if updated != user:
        updated = uow.users.update(updated)
        uow.commit()
    return updated


def list_users(uow: UnitOfWork) -> list[User]:
    """Every account, active first, then by login."""
    with uow:
        return sorted(uow.users.list(), key=lambda u: (not u.active, u.login))


def create_user(uow: UnitOfWork, *, login: str, full_name: str, role: Role, password: str,
                hasher: PasswordHasher = DEFAULT_HASHER) -> User:
    """A new account with a first password the user must change at the first login."""
    with uow:
        user = _new_user(uow, login, full_name, role, password, None, hasher)
        saved = uow.users.add(user)
        uow.commit()
        return saved


def _new_user(uow: UnitOfWork, login: str, full_name: str, role: Role, password: str, repeated: str | None,
              hasher: PasswordHasher) -> User:
    normal = accounts.normalize_login(login)
    report = accounts.validate_account(normal, full_name, taken=uow.users.by_login(normal) is not None)
    report += accounts.validate_password(password, login=normal, repeated=repeated)
    if not report.is_valid:
        raise ValidationError(report)
    return User(login=normal, full_name=full_name.strip(), role=role, password_hash=hasher.hash(password),
                must_change_password=True)


def reset_password(uow: UnitOfWork, user_id: int, *, password: str,
                   hasher: PasswordHasher = DEFAULT_HASHER) -> User:
    """An administrator gives a new password; the user must change it at the next login."""
    with uow:
        user = _require(uow, user_id)
        _raise_if_invalid(accounts.validate_password(password, login=user.login))
        saved = uow.users.update(accounts.unlocked(replace(
            user, password_hash=hasher.hash(password), must_change_password=True)))
        uow.commit()
        return saved


def change_password(uow: UnitOfWork, user_id: int, *, old_password: str, new_password: str, repeated: str,
                    hasher: PasswordHasher = DEFAULT_HASHER) -> User:
    """The user changes their own password, typing the current one first."""
    with uow:
        user = _require(uow, user_id)
        if uow.actor is not None and uow.actor.id != user_id:
            raise RefusedError(_("Only the user may change their own password; an administrator resets it."))
        if not hasher.verify(user.password_hash, old_password):
            _raise_if_invalid(ValidationReport((ValidationIssue(
                "old_password", "wrong", _("The current password is wrong.")),)))
        report = accounts.validate_password(new_password, login=user.login, repeated=repeated)
        if new_password == old_password:
            report += ValidationReport((ValidationIssue(
                "password", "unchanged", _("Choose a password other than the current one.")),))
        _raise_if_invalid(report)
        saved = uow.users.update(replace(user, password_hash=hasher.hash(new_password), must_change_password=False))
        uow.commit()
        return saved


def set_role(uow: UnitOfWork, user_id: int, role: Role) -> User:
    """Give an account another role; the last active administrator keeps theirs."""
    with uow:
        user = _require(uow, user_id)
        if role is not Role.ADMINISTRATOR:
            _refuse_losing_last_administrator(uow, user)
        saved = uow.users.update(replace(user, role=role))
        uow.commit()
        return saved


def set_locked(uow: UnitOfWork, user_id: int, locked: bool) -> User:
    """Lock an account, or unlock it (which also clears its failed logins)."""
    with uow:
        user = _require(uow, user_id)
        if locked:
            _refuse_losing_last_administrator(uow, user)
        saved = uow.users.update(replace(user, locked=True) if locked else accounts.unlocked(user))
        uow.commit()
        return saved


def deactivate_user(uow: UnitOfWork, user_id: int) -> User:
    """Switch an account off for good (it stays, so the audit trail still names it)."""
    with uow:
        user = _require(uow, user_id)
        _refuse_losing_last_administrator(uow, user)
        saved = uow.users.update(replace(user, active=False))
        uow.commit()
        return saved


def _refuse_losing_last_administrator(uow: UnitOfWork, user: User) -> None:
    if user.role is not Role.ADMINISTRATOR:
        return
    others = [u for u in uow.users.list()
              if u.role is Role.ADMINISTRATOR and u.active and not u.locked and u.id != user.id]
    if not others:
        raise RefusedError(_("This is the last administrator; make another user administrator first."))


def _require(uow: UnitOfWork, user_id: int) -> User:
    user = uow.users.get(user_id)
    if user is None:
        raise NotFoundError(_("The user no longer exists."))
    return user


def _raise_if_invalid(report: ValidationReport) -> None:
    if not report.is_valid:
        raise ValidationError(report)
