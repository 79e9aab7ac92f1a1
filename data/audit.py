"""Recording every change in the audit log, in the same transaction as the change itself.

A flush listener sees every inserted, updated and deleted ORM record, so no repository or
service can forget to audit (reliability.md §3, goal R10); only the log's own rows are left
out. The entries are appended with plain SQL on the session's connection while the flush
holds the write lock (every transaction starts with BEGIN IMMEDIATE), so two writers cannot
both chain onto the same head. After the commit the new head is written to the anchor file.
"""

from __future__ import annotations

import enum
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import InstanceState, Session, sessionmaker

from core.audit import REDACTED, AuditAction
from core.users import User
from data.audit_chain import AT_FORMAT, COLUMNS, GENESIS, Anchor, StoredEntry, entry_hash, write_anchor
from data.records import AuditRecord, LeaveSlipRecord, SlipPrintRecord, UserRecord

#: ``Session.info`` key of the :class:`AuditContext`; a session without one records nothing.
INFO_KEY = "tamga_audit"

#: Fields whose values never enter the log: anyone reading it would get them.
SECRET_FIELDS = {(UserRecord.__tablename__, "password_hash")}

_INSERT = text(f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)})")
_HEAD = text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")


@dataclass(slots=True)
class AuditContext:
    """What a session needs to audit: the key, who is acting, where the anchor goes."""

    key: bytes
    actor: Callable[[], User | None]
    anchor_path: Path | None = None
    #: The newest entry appended in the open transaction, anchored after commit.
    pending: Anchor | None = field(default=None)


@dataclass(frozen=True, slots=True)
class _Draft:
    action: AuditAction
    entity: str
    entity_id: int | None
    changes: dict[str, Any]


def install_audit(session_factory: sessionmaker[Session]) -> None:
    """Audit every session *session_factory* makes that carries an :class:`AuditContext`."""
    event.listen(session_factory, "after_flush", _after_flush)
    event.listen(session_factory, "after_commit", _after_commit)
    event.listen(session_factory, "after_soft_rollback", _after_rollback)


def _after_flush(session: Session, _flush_context: object) -> None:
    context: AuditContext | None = session.info.get(INFO_KEY)
    if context is None:
        return
    drafts = [
        *_snapshots(session.new, AuditAction.CREATE),
        *_updates(session.dirty),
        *_snapshots(session.deleted, AuditAction.DELETE),
    ]
    if drafts:
        context.pending = append_entries(session.connection(), context.key, context.actor(), drafts)


def _after_commit(session: Session) -> None:
    context: AuditContext | None = session.info.get(INFO_KEY)
    if context is None or context.pending is None:
        return
    pending, context.pending = context.pending, None
    if context.anchor_path is not None:
        write_anchor(context.anchor_path, pending)


def _after_rollback(session: Session, _previous: object) -> None:
    context: AuditContext | None = session.info.get(INFO_KEY)
    if context is not None:
        context.pending = None  # those entries are gone with the rollback


def append_entries(connection: Connection, key: bytes, actor: User | None, drafts: list[_Draft]) -> Anchor:
    """Chain *drafts* onto the log's head and insert them; returns the new head."""
    row = connection.execute(_HEAD).first()
    head_id, head_hash = (int(row[0]), str(row[1])) if row is not None else (0, GENESIS)
    at = datetime.now(UTC).replace(tzinfo=None).strftime(AT_FORMAT)
    user_id = actor.id if actor is not None else None
    login = _nfc(actor.login) if actor is not None else ""
    rows = []
    for draft in drafts:
        head_id += 1
        changes = json.dumps(draft.changes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        entry = StoredEntry(head_id, at, user_id, login, str(draft.action), draft.entity, draft.entity_id,
                            changes, head_hash, "")
        head_hash = entry_hash(key, head_hash, entry)
        rows.append({name: getattr(replace(entry, hash=head_hash), name) for name in COLUMNS})
    connection.execute(_INSERT, rows)
    return Anchor(head_id, head_hash)


# --- What changed ----------------------------------------------------------------------------


def _snapshots(records: Iterable[object], action: AuditAction) -> list[_Draft]:
    """Created or deleted records with every loaded column value."""
    drafts = []
    for record in records:
        if isinstance(record, AuditRecord):
            continue
        state: InstanceState[Any] = inspect(record)
        table = _table_name(record)
        values = {
            attr.key: _value(table, attr.key, state.dict[attr.key])
            for attr in state.mapper.column_attrs
            if attr.key in state.dict
        }
        drafts.append(_Draft(_action(record, action, values), table, _entity_id(state), values))
    return drafts


def _updates(records: Iterable[object]) -> list[_Draft]:
    """Changed records with ``{field: [old, new]}`` for the fields whose value really changed."""
    drafts = []
    for record in records:
        if isinstance(record, AuditRecord):
            continue
        state: InstanceState[Any] = inspect(record)
        table = _table_name(record)
        changes: dict[str, object] = {}
        for attr in state.mapper.column_attrs:
            history = state.attrs[attr.key].history
            if not history.added and not history.deleted:
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            if (table, attr.key) in SECRET_FIELDS:
                changes[attr.key] = REDACTED  # not even "which old, which new"
            else:
                changes[attr.key] = [_value(table, attr.key, old), _value(table, attr.key, new)]
        if changes:
            drafts.append(_Draft(_action(record, AuditAction.UPDATE, changes), table, _entity_id(state), changes))
    return drafts


def _action(record: object, base: AuditAction, changes: dict[str, Any]) -> AuditAction:
    """Printing, reprinting and voiding a slip read as such, not as a bare create or change."""
    if isinstance(record, SlipPrintRecord) and base is AuditAction.CREATE:
        return AuditAction.REPRINT if record.is_copy else AuditAction.PRINT
    if isinstance(record, LeaveSlipRecord) and base is AuditAction.UPDATE:
        status = changes.get("status")
        if status is not None and status[1] == "printed":
            return AuditAction.PRINT
        if status is not None and status[1] == "voided":
            return AuditAction.VOID
        if set(changes) == {"print_count"}:
            return AuditAction.REPRINT
    return base


def _table_name(record: object) -> str:
    return str(getattr(record, "__tablename__", type(record).__name__))


def _entity_id(state: InstanceState[Any]) -> int | None:
    """The record's id (a slip counter's year); read from the instance, as a new one has no identity key yet."""
    key = state.mapper.primary_key_from_instance(state.obj())
    if len(key) == 1 and isinstance(key[0], int):
        return key[0]
    return None


def _value(table: str, name: str, value: object) -> object:
    """A JSON value: ISO dates and times, NFC text, plain numbers; secrets replaced."""
    if (table, name) in SECRET_FIELDS:
        return REDACTED
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, str):
        return _nfc(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, bytes):
        return value.hex()
    return _nfc(str(value))


def _nfc(text_value: str) -> str:
    return unicodedata.normalize("NFC", text_value)
