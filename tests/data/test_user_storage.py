"""Users in a real SQLite file: a round trip, case-folded logins, the login service end to end."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
import sqlalchemy.exc

from core import services
from core.audit import AuditFilter
from core.passwords import Argon2Hasher
from core.services import LoginRefusedError
from core.users import Role, User
from data import Database
from data.uow import acting_for

FAST = Argon2Hasher.for_tests()


def test_user_round_trip(database: Database) -> None:
    failed_at = datetime(2026, 11, 25, 9, 30, 5)
    user = User(login="saraa", full_name="Б.Сараа", role=Role.HR, password_hash=FAST.hash("нууц үг 123"),
                must_change_password=True, failed_logins=3, last_failed_at=failed_at)
    with database.uow_factory() as uow:
        saved = uow.users.add(user)
        uow.commit()
    assert saved.id is not None
    with database.uow_factory() as uow:
        assert uow.users.get(saved.id) == saved == replace(user, id=saved.id)
        assert uow.users.by_login("saraa") == saved
        assert uow.users.by_login("nobody") is None
        assert uow.users.count() == 1
        updated = uow.users.update(replace(saved, role=Role.VIEWER, locked=True, active=False, failed_logins=0,
                                           last_failed_at=None))
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.users.list() == [updated]


def test_a_login_is_unique(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.users.add(User(login="saraa", full_name="Сараа", role=Role.HR, password_hash="x"))
        with pytest.raises(sqlalchemy.exc.IntegrityError):
            uow.users.add(User(login="saraa", full_name="Өөр", role=Role.HR, password_hash="y"))


def test_first_administrator_and_login_through_sqlite(database: Database) -> None:
    assert services.needs_first_administrator(database.uow_factory())
    services.create_first_administrator(database.uow_factory(), login="Saraa", full_name="Б.Сараа",
                                        password="нууц үг 123", repeated="нууц үг 123", hasher=FAST)
    now = datetime(2026, 11, 25, 9, 0)
    with pytest.raises(LoginRefusedError):
        services.login(database.uow_factory(), "saraa", "буруу", now=now, hasher=FAST)
    user = services.login(database.uow_factory(), "SARAA", "нууц үг 123", now=now, hasher=FAST)
    assert (user.role, user.failed_logins) == (Role.ADMINISTRATOR, 0)


def test_failures_locks_and_unlocks_are_audited_without_the_hash(database: Database) -> None:
    admin = services.create_first_administrator(database.uow_factory(), login="saraa", full_name="Б.Сараа",
                                                password="нууц үг 123", repeated="нууц үг 123", hasher=FAST)
    hr = services.create_user(database.uow_factory(), login="hr", full_name="Нярав", role=Role.HR,
                              password="нууц үг 123", hasher=FAST)
    with pytest.raises(LoginRefusedError):
        services.login(database.uow_factory(), "hr", "буруу", now=datetime(2026, 11, 25, 9, 0), hasher=FAST)
    as_admin = acting_for(database.uow_factory, lambda: admin)
    services.set_locked(as_admin(), hr.id or 0, True)
    services.set_locked(as_admin(), hr.id or 0, False)
    entries = services.list_audit_entries(database.uow_factory(), AuditFilter(entity="users", entity_id=hr.id)).entries
    changes = [(e.user_login, e.changed_fields()) for e in reversed(entries)]
    assert ("", {"failed_logins": [0, 1], "last_failed_at": [None, "2026-11-25T09:00:00"]}) in changes
    assert ("saraa", {"locked": [False, True]}) in changes
    assert any(login == "saraa" and fields.get("locked") == [True, False] for login, fields in changes)
    assert all("password_hash" not in e.changes or "argon2" not in e.changes for e in entries)
