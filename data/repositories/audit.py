"""Reading the audit log for the audit screen, and verifying its chain.

Rows are read without SQLAlchemy's type conversion: a row edited behind Tamga's back may
hold anything, and the screen that shows the tampering must not crash on it.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, column, func, select, table
from sqlalchemy.orm import Session

from core.audit import AuditEntry, AuditFilter, ChainReport, utc_range
from data.audit_chain import AT_FORMAT, COLUMNS, verify_chain

_LOG = table("audit_log", *(column(name) for name in COLUMNS))


class SqlAuditRepository:
    """``core.ports.AuditRepository`` over one session."""

    def __init__(self, session: Session, *, key: bytes, anchor_path: Path | None) -> None:
        self._session = session
        self._key = key
        self._anchor_path = anchor_path

    def list(self, filters: AuditFilter, *, limit: int | None, offset: int = 0) -> builtins.list[AuditEntry]:
        """A page of entries matching *filters*, newest first; ``limit=None`` reads to the end."""
        statement = _where(select(_LOG), filters).order_by(_LOG.c.id.desc()).limit(limit).offset(offset)
        return [_entry(row) for row in self._session.execute(statement)]

    def count(self, filters: AuditFilter) -> int:
        """How many entries match *filters*."""
        statement = _where(select(func.count()).select_from(_LOG), filters)
        return int(self._session.execute(statement).scalar_one())

    def logins(self) -> builtins.list[str]:
        """Every login that appears in the log ("" for entries made with nobody logged in)."""
        statement = select(_LOG.c.user_login).distinct().order_by(_LOG.c.user_login)
        return [str(value) for value in self._session.execute(statement).scalars() if value is not None]

    def verify(self) -> ChainReport:
        """Walk the chain with the office key and compare its end with the anchor file."""
        return verify_chain(self._session.connection(), self._key, self._anchor_path)


def _where(statement: Select[Any], filters: AuditFilter) -> Select[Any]:
    if filters.entity is not None:
        statement = statement.where(_LOG.c.entity == filters.entity)
    if filters.entity_id is not None:
        statement = statement.where(_LOG.c.entity_id == filters.entity_id)
    if filters.user_login is not None:
        statement = statement.where(_LOG.c.user_login == filters.user_login)
    start, end = utc_range(filters.since, filters.until)
    # The stored text sorts like the time it writes (AT_FORMAT), so text bounds select by time.
    if start is not None:
        statement = statement.where(_LOG.c.at >= start.strftime(AT_FORMAT))
    if end is not None:
        statement = statement.where(_LOG.c.at < end.strftime(AT_FORMAT))
    return statement


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        id=int(row.id),
        at=_time(row.at),
        user_id=row.user_id if isinstance(row.user_id, int) else None,
        user_login=str(row.user_login or ""),
        action=str(row.action),
        entity=str(row.entity),
        entity_id=row.entity_id if isinstance(row.entity_id, int) else None,
        changes=str(row.changes or ""),
    )


def _time(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min  # a tampered time; the chain check names the entry
