"""Users in a real SQLite file: a round trip, case-folded logins, the login service end to end."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
import sqlalchemy.exc

from core import services
from core.passwords import Argon2Hasher
from core.services import LoginRefusedError
from core.users import Role, User
from data import Database

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
