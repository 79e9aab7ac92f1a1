"""Verified backup copies of the database file.

Copying the file while a transaction is open, or without its ``-wal``, can produce a corrupt
copy (reliability.md §1.1, §1.5), so copies are made with SQLite's online backup API, flushed
to disk, reopened, integrity-checked and their row counts compared with the source's before
they are given their final name. A backup that was never verified is worse than none: people
trust it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from data.db import connect_readonly


class BackupError(RuntimeError):
    """The backup copy could not be made or did not pass its integrity check."""


def make_verified_backup(source_path: Path, dest_path: Path) -> Path:
    """Copy *source_path* to *dest_path* and prove the copy is a sound database.

    The copy is written under a ``.partial`` name and renamed only after it passed
    ``PRAGMA integrity_check`` and holds as many rows in every table as the source did at the
    moment of the copy, so a file with the final name is always a verified backup.

    Args:
        source_path: The live database; it is opened read-only and stays usable meanwhile.
        dest_path: Where the backup goes; its folder is created if needed.

    Returns:
        *dest_path*.

    Raises:
        BackupError: The copy failed its integrity check or its row counts differ from the source's.
        FileExistsError: *dest_path* already exists (a backup is never overwritten).
    """
    if dest_path.exists():
        raise FileExistsError(dest_path)
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    partial = dest_path.with_name(dest_path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        expected = _copy(source_path, partial)
        _fsync_file(partial)
        _verify(partial, expected)
        os.replace(partial, dest_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_directory(dest_path.parent)
    return dest_path


def _copy(source_path: Path, dest_path: Path) -> dict[str, int]:
    """Copy through the backup API; returns the source's row counts of the snapshot copied."""
    with closing(connect_readonly(source_path)) as source, closing(sqlite3.connect(dest_path)) as dest:
        source.isolation_level = None
        # One read transaction: the counts and the copy see the same snapshot even while the
        # app keeps writing through its own connection.
        source.execute("BEGIN")
        try:
            counts = table_counts(source)
            source.backup(dest)
        finally:
            source.execute("COMMIT")
        # A single self-contained file: a WAL-mode copy would grow -wal/-shm files beside it
        # whenever someone opens it, and those get lost when the backup is copied elsewhere.
        dest.execute("PRAGMA journal_mode=DELETE").close()
    return counts


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, the schema's own tables included (``alembic_version``)."""
    names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify(path: Path, expected: dict[str, int]) -> None:
    try:
        with closing(sqlite3.connect(path)) as copy:
            rows = copy.execute("PRAGMA integrity_check").fetchall()
            counts = table_counts(copy) if rows == [("ok",)] else {}
    except sqlite3.DatabaseError as error:  # damage bad enough that the check cannot even run
        raise BackupError(f"backup {path} failed its integrity check: {error}") from error
    if rows != [("ok",)]:
        problems = "; ".join(str(row[0]) for row in rows)
        raise BackupError(f"backup {path} failed its integrity check: {problems}")
    if counts != expected:
        differ = sorted(name for name in expected.keys() | counts.keys() if expected.get(name) != counts.get(name))
        raise BackupError(f"backup {path} does not hold the source's rows: {', '.join(differ)}")


def _fsync_file(path: Path) -> None:
    # Windows' fsync (_commit) needs a handle opened for writing.
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Make the rename durable; Windows has no directory handles to flush."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
