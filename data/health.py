"""Is the database file sound? Checked at every start, before anything can write to it.

``quick_check`` runs on every start (it is O(N), reliability.md §1.6). After an unclean
shutdown a full ``integrity_check`` and ``foreign_key_check`` run instead. A shutdown was
unclean when the marker written at open is still there, or when a non-empty ``-wal`` is
left (Zotero's rule: a clean close checkpoints and removes it). Every check reads through a
read-only connection, so a damaged file is never written to.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from data.db import connect_readonly


class DamagedDatabaseError(RuntimeError):
    """The file failed its check; ``problems`` are SQLite's own words. Nothing was written to it."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path} is damaged: {'; '.join(problems[:3])}")
        self.path = path
        self.problems = problems


class NotTamgaDatabaseError(RuntimeError):
    """The file is not a database, or a database without Tamga's schema (another program's)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not a Tamga database")
        self.path = path


@dataclass(frozen=True, slots=True)
class HealthReport:
    """What the start-up check did."""

    full: bool
    unclean_shutdown: bool


def session_marker(db_path: Path) -> Path:
    """``tamga.db`` → ``tamga.db.open``: present while a Tamga has the file open."""
    return db_path.with_name(db_path.name + ".open")


def mark_open(db_path: Path) -> None:
    """Written after a successful open; its presence at the next start means a crash."""
    session_marker(db_path).write_text("", encoding="utf-8")


def mark_closed(db_path: Path) -> None:
    """Removed after a clean close."""
    session_marker(db_path).unlink(missing_ok=True)


def unclean_shutdown(db_path: Path) -> bool:
    """Whether the last session on *db_path* did not close cleanly."""
    wal = db_path.with_name(db_path.name + "-wal")
    return session_marker(db_path).exists() or (wal.exists() and wal.stat().st_size > 0)


def check_at_start(db_path: Path) -> HealthReport:
    """The start-up check: quick, or full after an unclean shutdown. A new (absent or empty) file passes.

    Raises:
        DamagedDatabaseError: The check found damage.
        NotTamgaDatabaseError: The file is not an SQLite database at all.
    """
    unclean = unclean_shutdown(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return HealthReport(full=False, unclean_shutdown=unclean)
    problems = check_file(db_path, full=unclean)
    if problems:
        raise DamagedDatabaseError(db_path, problems)
    return HealthReport(full=unclean, unclean_shutdown=unclean)


def check_file(path: Path, *, full: bool) -> list[str]:
    """SQLite's problems with *path* (empty when sound), read without writing.

    Args:
        path: An existing file.
        full: ``integrity_check`` + ``foreign_key_check`` rather than ``quick_check``.

    Raises:
        NotTamgaDatabaseError: *path* is not an SQLite database.
    """
    try:
        with closing(connect_readonly(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            problems = [str(row[0]) for row in rows if row != ("ok",)]
            if full and not problems:
                problems = [f"foreign key: {table} row {rowid} -> {parent}"
                            for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")]
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
            raise NotTamgaDatabaseError(path) from error
        return [str(error)]
    return problems


def is_tamga_schema(path: Path) -> bool:
    """Whether the sound SQLite file at *path* has Tamga's ``alembic_version`` table with a revision."""
    with closing(connect_readonly(path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return False
        return connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
