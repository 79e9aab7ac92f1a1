"""Users: argon2id hashes, the login throttle, the first administrator and account management."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

import argon2
import pytest

from core import accounts, services
from core.access import PermissionDeniedError
from core.i18n import _
from core.passwords import Argon2Hasher
from core.services import LoginRefusedError, NotFoundError, RefusedError
from core.users import Role, User
from core.validation import ValidationError
from tests.fakes import FakeUnitOfWork

FAST = Argon2Hasher.for_tests()
NOW = datetime(2026, 11, 25, 9, 0)
PASSWORD = "Хаврын-борoo7"

TOO_MANY = "Too many wrong passwords. Try again in {seconds} s."
LOCKED_NOW = "Wrong password. The account is now locked; ask an administrator to unlock it."
LOCKED = "This account is locked after too many wrong passwords. Ask an administrator to unlock it."
OWN_PASSWORD_ONLY = "Only the user may change their own password; an administrator resets it."
LAST_ADMINISTRATOR = "This is the last administrator; make another user administrator first."


def with_admin() -> tuple[FakeUnitOfWork, User]:
    uow = FakeUnitOfWork()
    admin = services.create_first_administrator(uow, login=" Saraa ", full_name="Б.Сараа", password=PASSWORD,
                                                repeated=PASSWORD, hasher=FAST)
    return FakeUnitOfWork(uow.committed_store, actor=admin), admin


# --- Hashing -----------------------------------------------------------------------------------


def test_hashes_are_argon2id_phc_strings_and_verify() -> None:
    stored = FAST.hash(PASSWORD)
    assert stored.startswith("$argon2id$v=19$")
    assert FAST.verify(stored, PASSWORD)
    assert not FAST.verify(stored, PASSWORD + "x")
    assert not FAST.verify("not a hash", PASSWORD)


def test_production_parameters_are_rfc_9106_low_memory() -> None:
    stored = Argon2Hasher().hash("x")  # one production hash: ~0.1 s
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert FAST.needs_rehash(stored) and not Argon2Hasher().needs_rehash(stored)


def test_login_upgrades_a_hash_made_with_old_parameters() -> None:
    uow, admin = with_admin()
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=16, parallelism=1).hash(PASSWORD)
    uow.committed_store.users.rows[admin.id or 0] = replace(admin, password_hash=weak)
    services.login(uow, "saraa", PASSWORD, now=NOW, hasher=FAST)
    stored = uow.committed_store.users.rows[admin.id or 0].password_hash
    assert stored != weak and not FAST.needs_rehash(stored) and FAST.verify(stored, PASSWORD)


# --- Throttling ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("failures", "seconds"), [
    (0, 0), (4, 0), (5, 2), (6, 4), (7, 8), (10, 64), (14, 900), (19, 900),
])
def test_the_wait_doubles_after_five_failures_up_to_fifteen_minutes(failures: int, seconds: int) -> None:
    assert accounts.wait_after(failures) == timedelta(seconds=seconds)


def _fail(uow: FakeUnitOfWork, now: datetime) -> LoginRefusedError:
    with pytest.raises(LoginRefusedError) as caught:
        services.login(uow, "saraa", "wrong password", now=now, hasher=FAST)
    return caught.value


def test_throttle_state_machine() -> None:
    uow, admin = with_admin()
    now = NOW
    for _attempt in range(4):
        assert _fail(uow, now).wait_seconds == 0
    fifth = _fail(uow, now)
    waiting_message = _("Wrong login or password. Try again in {seconds} s.")
    assert (fifth.wait_seconds, str(fifth)) == (2, waiting_message.format(seconds=2))
    # During the wait even the right password is refused, and the attempt does not count.
    with pytest.raises(LoginRefusedError, match=re.escape(_(TOO_MANY).format(seconds=1))) as waiting:
        services.login(uow, "saraa", PASSWORD, now=now + timedelta(seconds=1), hasher=FAST)
    assert waiting.value.wait_seconds == 1
    assert uow.committed_store.users.rows[admin.id or 0].failed_logins == 5
    now += timedelta(seconds=2)
    assert _fail(uow, now).wait_seconds == 4  # the sixth failure: the wait grew
    now += timedelta(seconds=4)
    user = services.login(uow, "SARAA", PASSWORD, now=now, hasher=FAST)  # success resets
    assert (user.failed_logins, user.last_failed_at) == (0, None)
    assert _fail(uow, now).wait_seconds == 0


def test_twenty_failures_lock_until_an_administrator_unlocks() -> None:
    uow, admin = with_admin()
    other = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    now = NOW
    for _attempt in range(19):
        now += accounts.MAX_WAIT
        services_fail = _fail_as(uow, "hr", now)
        assert not services_fail.locked
    now += accounts.MAX_WAIT
    last = _fail_as(uow, "hr", now)
    assert last.locked and str(last) == _(LOCKED_NOW)
    with pytest.raises(LoginRefusedError, match=re.escape(_(LOCKED))):
        services.login(uow, "hr", PASSWORD, now=now + timedelta(days=1), hasher=FAST)
    services.set_locked(uow, other.id or 0, False)
    assert services.login(uow, "hr", PASSWORD, now=now + timedelta(days=1), hasher=FAST).id == other.id
    assert admin.role is Role.ADMINISTRATOR


def _fail_as(uow: FakeUnitOfWork, login: str, now: datetime) -> LoginRefusedError:
    with pytest.raises(LoginRefusedError) as caught:
        services.login(uow, login, "wrong password", now=now, hasher=FAST)
    return caught.value


def test_unknown_and_switched_off_accounts_get_the_same_message() -> None:
    uow, _admin = with_admin()
    hr = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    services.deactivate_user(uow, hr.id or 0)
    for login in ("nobody", "hr"):
        with pytest.raises(LoginRefusedError) as caught:
            services.login(uow, login, PASSWORD, now=NOW, hasher=FAST)
        assert str(caught.value) == _("Wrong login or password.")


# --- First administrator and accounts --------------------------------------------------------------


def test_first_start_creates_the_administrator_once() -> None:
    empty = FakeUnitOfWork()
    assert services.needs_first_administrator(empty)
    uow, admin = with_admin()
    assert not services.needs_first_administrator(uow)
    assert (admin.login, admin.role, admin.must_change_password) == ("saraa", Role.ADMINISTRATOR, False)
    with pytest.raises(RefusedError, match=re.escape(_("The administrator already exists; log in instead."))):
        services.create_first_administrator(uow, login="x", full_name="X", password=PASSWORD, repeated=PASSWORD,
                                            hasher=FAST)


@pytest.mark.parametrize(("password", "repeated", "field", "code"), [
    ("short", "short", "password", "too_short"),
    ("Saraa", "Saraa", "password", "too_short"),
    ("SARAA-saraa", "SARAA-saraa", None, None),
    ("saraa123", "saraa124", "repeated", "mismatch"),
])
def test_first_administrator_password_rules(password: str, repeated: str, field: str | None,
                                            code: str | None) -> None:
    uow = FakeUnitOfWork()
    if field is None:
        services.create_first_administrator(uow, login="saraa", full_name="Сараа", password=password,
                                            repeated=repeated, hasher=FAST)
        return
    with pytest.raises(ValidationError) as caught:
        services.create_first_administrator(uow, login="saraa", full_name="Сараа", password=password,
                                            repeated=repeated, hasher=FAST)
    assert [(i.field, i.code) for i in caught.value.report.errors] == [(field, code)]
    assert uow.committed_store.users.count() == 0


def test_the_password_must_not_be_the_login() -> None:
    report = accounts.validate_password("Saraa-2026", login="saraa-2026")
    assert [(i.field, i.code) for i in report.errors] == [("password", "is_login")]


def test_new_users_must_change_the_first_password_and_logins_are_unique() -> None:
    uow, _admin = with_admin()
    hr = services.create_user(uow, login="Hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    assert (hr.login, hr.must_change_password) == ("hr", True)
    with pytest.raises(ValidationError) as caught:
        services.create_user(uow, login="HR", full_name="Өөр", role=Role.VIEWER, password=PASSWORD, hasher=FAST)
    assert [i.code for i in caught.value.report.errors] == ["taken"]


def test_change_password_by_the_user_clears_must_change() -> None:
    uow, _admin = with_admin()
    hr = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    as_hr = FakeUnitOfWork(uow.committed_store, actor=hr)
    with pytest.raises(ValidationError) as caught:
        services.change_password(as_hr, hr.id or 0, old_password="wrong", new_password="шинэ нууц үг",
                                 repeated="шинэ нууц үг", hasher=FAST)
    assert [i.field for i in caught.value.report.errors] == ["old_password"]
    changed = services.change_password(as_hr, hr.id or 0, old_password=PASSWORD, new_password="шинэ нууц үг",
                                       repeated="шинэ нууц үг", hasher=FAST)
    assert not changed.must_change_password and FAST.verify(changed.password_hash, "шинэ нууц үг")
    with pytest.raises(RefusedError, match=re.escape(_(OWN_PASSWORD_ONLY))):
        services.change_password(uow, hr.id or 0, old_password="шинэ нууц үг", new_password="өөр нууц үг 1",
                                 repeated="өөр нууц үг 1", hasher=FAST)


def test_reset_password_unlocks_and_forces_a_change() -> None:
    uow, _admin = with_admin()
    hr = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    services.set_locked(uow, hr.id or 0, True)
    reset = services.reset_password(uow, hr.id or 0, password="түр нууц үг", hasher=FAST)
    assert (reset.locked, reset.must_change_password) == (False, True)
    with pytest.raises(NotFoundError):
        services.reset_password(uow, 99, password="түр нууц үг", hasher=FAST)


def test_the_last_administrator_cannot_be_demoted_locked_or_switched_off() -> None:
    uow, admin = with_admin()
    for action in (lambda: services.set_role(uow, admin.id or 0, Role.HR),
                   lambda: services.set_locked(uow, admin.id or 0, True),
                   lambda: services.deactivate_user(uow, admin.id or 0)):
        with pytest.raises(RefusedError, match=re.escape(_(LAST_ADMINISTRATOR))):
            action()
    second = services.create_user(uow, login="boss2", full_name="Дарга", role=Role.ADMINISTRATOR,
                                  password=PASSWORD, hasher=FAST)
    assert services.set_role(uow, admin.id or 0, Role.HR).role is Role.HR
    assert second.role is Role.ADMINISTRATOR


def test_only_an_administrator_manages_users() -> None:
    uow, _admin = with_admin()
    hr = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    as_hr = FakeUnitOfWork(uow.committed_store, actor=hr)
    with pytest.raises(PermissionDeniedError):
        services.create_user(as_hr, login="x", full_name="X", role=Role.ADMINISTRATOR, password=PASSWORD,
                             hasher=FAST)
    with pytest.raises(PermissionDeniedError):
        services.set_role(as_hr, hr.id or 0, Role.ADMINISTRATOR)
    assert [u.login for u in services.list_users(uow)] == ["hr", "saraa"]
