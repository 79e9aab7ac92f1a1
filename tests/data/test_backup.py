"""Verified backups: a copy that exists under its final name is a sound database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from data.backup import BackupError, make_verified_backup


def make_source(path: Path, rows: int = 200) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("CREATE INDEX ix_people_name ON people (name)")
        connection.executemany("INSERT INTO people (name) VALUES (?)", [(f"Өлзий {n:05d}",) for n in range(rows)])
        connection.commit()


def test_the_backup_holds_the_data_and_is_self_contained(tmp_path: Path) -> None:
    source = tmp_path / "tamga.db"
    make_source(source)
    # An open writer with committed data still in the -wal must not be missed.
    live = sqlite3.connect(source)
    live.execute("INSERT INTO people (name) VALUES ('Үүрцайх')")
    live.commit()
    try:
        dest = make_verified_backup(source, tmp_path / "backups" / "copy.db")
    finally:
        live.close()
    with closing(sqlite3.connect(dest)) as copy:
        assert copy.execute("SELECT count(*) FROM people").fetchone() == (201,)
        assert copy.execute("SELECT name FROM people WHERE name = 'Үүрцайх'").fetchone() == ("Үүрцайх",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.db"]


def test_an_existing_backup_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "tamga.db"
    make_source(source)
    dest = tmp_path / "copy.db"
    dest.write_bytes(b"an older backup")
    with pytest.raises(FileExistsError):
        make_verified_backup(source, dest)
    assert dest.read_bytes() == b"an older backup"


def test_a_corrupt_copy_is_refused_and_removed(tmp_path: Path) -> None:
    source = tmp_path / "tamga.db"
    make_source(source, rows=2000)
    corrupt_index(source)
    dest = tmp_path / "copy.db"
    with pytest.raises(BackupError, match="integrity"):
        make_verified_backup(source, dest)
    assert list(tmp_path.glob("copy.db*")) == []


def corrupt_index(path: Path) -> None:
    """Scribble over the index's root page: the backup API copies it, integrity_check fails."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_people_name'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)
