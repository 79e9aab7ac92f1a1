"""Login accounts (``core.users.User``) in the ``users`` table."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.users import Role, User
from data.records import UserRecord
from data.repositories.common import require


class SqlUserRepository:
    """``core.ports.UserRepository``: logins are stored as core normalised them (case-folded)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: int) -> User | None:
        record = self._session.get(UserRecord, user_id)
        return None if record is None else _to_user(record)

    def by_login(self, login: str) -> User | None:
        record = self._session.scalars(select(UserRecord).where(UserRecord.login == login)).one_or_none()
        return None if record is None else _to_user(record)

    def list(self) -> list[User]:
        return [_to_user(record) for record in self._session.scalars(select(UserRecord).order_by(UserRecord.id))]

    def add(self, user: User) -> User:
        record = UserRecord()
        _fill(record, user)
        self._session.add(record)
        self._session.flush()
        return _to_user(record)

    def update(self, user: User) -> User:
        record = require(self._session, UserRecord, user.id)
        _fill(record, user)
        self._session.flush()
        return _to_user(record)

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(UserRecord)) or 0)


def _fill(record: UserRecord, user: User) -> None:
    record.login = user.login
    record.full_name = user.full_name
    record.role = user.role.value
    record.password_hash = user.password_hash
    record.must_change_password = user.must_change_password
    record.failed_logins = user.failed_logins
    record.last_failed_at = user.last_failed_at
    record.locked = user.locked
    record.active = user.active
    record.employee_id = user.employee_id


def _to_user(record: UserRecord) -> User:
    return User(
        login=record.login,
        full_name=record.full_name,
        role=Role(record.role),
        password_hash=record.password_hash,
        must_change_password=record.must_change_password,
        failed_logins=record.failed_logins,
        last_failed_at=record.last_failed_at,
        locked=record.locked,
        active=record.active,
        employee_id=record.employee_id,
        id=record.id,
    )
