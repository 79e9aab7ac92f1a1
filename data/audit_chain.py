"""The audit log's keyed hash chain, its anchor file, and the check that both still hold.

Each entry's ``hash`` is HMAC-SHA256(key, prev_hash ‖ canonical entry), the first entry's
``prev_hash`` being 64 zeros. Without the key (a file outside the database, ``data.keys``)
nobody can recompute a chain after editing it. A chain alone does not reveal that its newest
entries were cut off, so after each commit the last (id, hash) is written to an *anchor* file
beside the key (reliability.md §3.1). The canonical form is built from the stored values
exactly as read back, so the writer and the verifier cannot disagree.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text

from core.audit import ChainProblem, ChainReport
from data.keys import KeyFileError, key_path_for, load_or_create_key

GENESIS = "0" * 64
AT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's own SQLite DateTime storage, so the ORM reads it

COLUMNS = ("id", "at", "user_id", "user_login", "action", "entity", "entity_id", "changes", "prev_hash", "hash")


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """An audit row's raw stored values (no type conversion, so a tampered value cannot crash us)."""

    id: object
    at: object
    user_id: object
    user_login: object
    action: object
    entity: object
    entity_id: object
    changes: object
    prev_hash: object
    hash: object


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=repr)


def canonical(entry: StoredEntry) -> bytes:
    """The bytes hashed for *entry*: sorted-key JSON of every column but the two hashes."""
    values = {
        "action": entry.action, "at": entry.at, "changes": entry.changes, "entity": entry.entity,
        "entity_id": entry.entity_id, "id": entry.id, "user_id": entry.user_id, "user_login": entry.user_login,
    }
    return _ENCODER.encode(values).encode("utf-8", "surrogatepass")


def entry_hash(key: bytes, prev_hash: str, entry: StoredEntry) -> str:
    """HMAC-SHA256 in hex of the previous hash and *entry*'s canonical form."""
    return hmac.new(key, prev_hash.encode("ascii", "replace") + canonical(entry), hashlib.sha256).hexdigest()


def read_entries(connection: Connection) -> Iterable[StoredEntry]:
    """Every audit row in id order, as stored."""
    statement = text(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id")
    for row in connection.execute(statement):
        yield StoredEntry(*row)


def existing_key(path: Path) -> bytes:
    """The key at *path* without creating one (a check must write nothing); empty if missing or damaged."""
    if not path.is_file():
        return b""
    try:
        return load_or_create_key(path)
    except (KeyFileError, OSError):
        return b""


# --- The anchor file -------------------------------------------------------------------------


def anchor_path_for(db_path: Path, key_dir: Path) -> Path:
    """The anchor of the database at *db_path*: beside its key, named like it."""
    return key_path_for(db_path, key_dir).with_suffix(".anchor")


@dataclass(frozen=True, slots=True)
class Anchor:
    entry_id: int
    hash: str


def _anchor_record(anchor: Anchor) -> bytes:
    """A fixed-width line with a CRC: a write torn by a crash reads as no anchor, never as a wrong one."""
    body = f"{anchor.entry_id:020d} {anchor.hash}"
    return f"{body} {zlib.crc32(body.encode('ascii')):08x}\n".encode("ascii")


def read_anchor(path: Path | None) -> Anchor | None:
    """The anchored (id, hash), or ``None`` if the file is missing, unreadable or torn."""
    if path is None:
        return None
    try:
        entry_id, digest, _crc = path.read_text(encoding="ascii").split()
        anchor = Anchor(int(entry_id), digest)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return anchor if _anchor_record(anchor) == path.read_bytes() else None


_anchor_lock = threading.Lock()
_anchored: dict[Path, int] = {}


def write_anchor(path: Path, anchor: Anchor) -> None:
    """Record *anchor* unless a newer one was already written by this process.

    Two units of work may commit and then reach this point in either order; keeping the
    newest id avoids pulling the anchor back. The record is overwritten in place, same length,
    not fsynced: truncating or renaming over a file makes ext4 flush it (1.5–4 ms per save),
    whereas a stale anchor only weakens the truncation check for the last few entries and a
    torn one fails its CRC; neither reports false tampering.
    """
    with _anchor_lock:
        if _anchored.get(path, -1) >= anchor.entry_id:
            return
        if path not in _anchored:
            path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(descriptor, _anchor_record(anchor))
        finally:
            os.close(descriptor)
        _anchored[path] = anchor.entry_id


def reanchor(connection: Connection, path: Path) -> None:
    """Point the anchor at the log's current head: after a restore replaced the database."""
    row = connection.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    with _anchor_lock:
        _anchored.pop(path, None)
        if row is None:
            path.unlink(missing_ok=True)
            return
    write_anchor(path, Anchor(int(row[0]), str(row[1])))


# --- Verification ----------------------------------------------------------------------------


def verify_chain(connection: Connection, key: bytes, anchor_path: Path | None) -> ChainReport:
    """Walk the whole log and report the first entry that does not fit, then check the anchor.

    Args:
        connection: Any connection to the database, read-only is enough.
        key: The office key; empty if it is missing.
        anchor_path: The anchor file, or ``None`` when there is none to compare with.
    """
    if not _has_log(connection):
        return ChainReport(entries=0)  # a database from before the audit trail
    entries = list(read_entries(connection))
    anchor = read_anchor(anchor_path)
    if not entries and anchor is None:
        return ChainReport(entries=0)
    if not key:
        return ChainReport(len(entries), ChainProblem.KEY_MISSING)
    if entries and not any(_hash_matches(key, entry) for entry in entries):
        return ChainReport(len(entries), ChainProblem.KEY_MISMATCH, _int_or_none(entries[0].id))
    for index, entry in enumerate(entries):
        problem = _link_problem(key, entries, index, anchor)
        if problem is not None:
            return ChainReport(len(entries), problem, _int_or_none(entry.id))
    return _anchor_report(entries, anchor)


def _hash_matches(key: bytes, entry: StoredEntry) -> bool:
    expected = entry_hash(key, entry.prev_hash, entry).encode("ascii") if isinstance(entry.prev_hash, str) else b""
    return hmac.compare_digest(expected, str(entry.hash).encode("utf-8", "surrogatepass"))


def _link_problem(key: bytes, entries: list[StoredEntry], index: int, anchor: Anchor | None) -> ChainProblem | None:
    entry = entries[index]
    before = str(entries[index - 1].hash) if index else GENESIS
    if not _hash_matches(key, entry):
        return _forged_kind(entries, index, before, anchor)
    if entry.prev_hash != before:
        return ChainProblem.DELETED
    return None


def _forged_kind(entries: list[StoredEntry], index: int, before: str, anchor: Anchor | None) -> ChainProblem:
    """An entry failing its hash was inserted if the chain runs on past it (or it lies past the
    anchored end), otherwise it was edited."""
    following = entries[index + 1] if index + 1 < len(entries) else None
    if following is not None:
        return ChainProblem.INSERTED if following.prev_hash == before else ChainProblem.EDITED
    entry_id = entries[index].id
    past_anchor = anchor is not None and isinstance(entry_id, int) and entry_id > anchor.entry_id
    return ChainProblem.INSERTED if past_anchor else ChainProblem.EDITED


def _anchor_report(entries: list[StoredEntry], anchor: Anchor | None) -> ChainReport:
    if anchor is None:
        return ChainReport(len(entries), end_checked=False)
    anchored = next((entry for entry in entries if entry.id == anchor.entry_id), None)
    if anchored is None:
        return ChainReport(len(entries), ChainProblem.TRUNCATED, anchor.entry_id)
    if anchored.hash != anchor.hash:
        return ChainReport(len(entries), ChainProblem.EDITED, anchor.entry_id)
    return ChainReport(len(entries))


def _has_log(connection: Connection) -> bool:
    statement = text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
    return bool(connection.execute(statement).scalar_one())


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) else None
