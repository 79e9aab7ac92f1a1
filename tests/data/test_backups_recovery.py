"""Start-up checks, damaged files, verified backups of real databases and the restore drill."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core.backups import BackupKind
from core.services.errors import RefusedError
from data import open_database
from data.backup import BackupError, make_verified_backup, table_counts
from data.backups import list_backups
from data.health import (
    DamagedDatabaseError,
    NotTamgaDatabaseError,
    check_at_start,
    mark_open,
    session_marker,
    unclean_shutdown,
)
from data.recovery import BackupManager, close_checked, open_checked, restore_backup
from tests.data.conftest import make_employee

NOW = datetime(2026, 7, 12, 9, 0)


def make_office(path: Path, employees: int = 30) -> None:
    """A real Tamga database at *path* with *employees* rows, closed cleanly."""
    database = open_database(path, backup_dir=path.parent / "backups", key_dir=path.parent / "keys")
    with database.uow_factory() as uow:
        for number in range(employees):
            uow.employees.add(make_employee(number))
        uow.commit()
    database.dispose()


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
        return table_counts(connection)


def damage(path: Path, page: int = 3) -> None:
    """Overwrite one page of *path* with garbage bytes (the damaged-file fixture)."""
    page_size = 4096
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "tamga.db"
    path.parent.mkdir()
    make_office(path)
    return path


def test_a_backup_holds_the_same_counts_and_a_corrupt_copy_is_refused(office: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    good = make_verified_backup(office, tmp_path / "good.db")
    assert counts(good) == counts(office) and counts(good)["employees"] == 30

    import data.backup

    real_copy = data.backup._copy

    def copy_then_damage(source: Path, dest: Path) -> dict[str, int]:
        expected = real_copy(source, dest)
        damage(dest)
        return expected

    monkeypatch.setattr(data.backup, "_copy", copy_then_damage)
    with pytest.raises(BackupError):
        make_verified_backup(office, tmp_path / "bad.db")
    assert not (tmp_path / "bad.db").exists() and not (tmp_path / "bad.db.partial").exists()


def test_a_copy_missing_rows_is_refused(office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import data.backup

    real_copy = data.backup._copy

    def copy_then_lose_a_row(source: Path, dest: Path) -> dict[str, int]:
        expected = real_copy(source, dest)
        with closing(sqlite3.connect(dest)) as connection:
            connection.execute("DELETE FROM employees WHERE id = (SELECT max(id) FROM employees)")
            connection.commit()
        return expected

    monkeypatch.setattr(data.backup, "_copy", copy_then_lose_a_row)
    with pytest.raises(BackupError, match="employees"):
        make_verified_backup(office, tmp_path / "short.db")
    assert not (tmp_path / "short.db").exists()


def test_a_damaged_file_is_detected_at_start_and_nothing_is_written(office: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged" / "tamga.db"
    damaged.parent.mkdir()
    shutil.copy(office, damaged)
    damage(damaged)
    before = fingerprint(damaged)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_checked(damaged, backup_dir=damaged.parent / "backups", key_dir=tmp_path / "keys", now=NOW)
    assert caught.value.problems
    assert fingerprint(damaged) == before
    # no marker and no backup; SQLite's read-only reader may leave an empty -wal and its index, never frames
    assert sorted(p.name for p in damaged.parent.iterdir()) in (["tamga.db"], ["tamga.db", "tamga.db-shm",
                                                                              "tamga.db-wal"])
    assert not unclean_shutdown(damaged)


def test_garbage_is_not_a_database(tmp_path: Path) -> None:
    garbage = tmp_path / "tamga.db"
    garbage.write_bytes(b"this is a letter, not a database" * 200)
    with pytest.raises(NotTamgaDatabaseError):
        check_at_start(garbage)
    assert garbage.read_bytes().startswith(b"this is a letter")


def test_an_unclean_shutdown_runs_the_full_check(office: Path) -> None:
    assert check_at_start(office).full is False
    mark_open(office)
    assert unclean_shutdown(office)
    report = check_at_start(office)
    assert report.full and report.unclean_shutdown


def test_open_and_close_make_the_daily_and_exit_backups(office: Path, tmp_path: Path) -> None:
    backups = office.parent / "backups"
    database = open_checked(office, backup_dir=backups, key_dir=tmp_path / "keys", now=NOW)
    assert session_marker(office).exists()
    assert [b.kind for b in list_backups(backups)] == [BackupKind.DAILY]
    close_checked(database, backup_dir=backups, now=NOW + timedelta(hours=8))
    assert not session_marker(office).exists()
    # the exit backup is newest; the rotation keeps one per day, so the morning's goes
    assert [(b.kind, b.made_at) for b in list_backups(backups)] == [(BackupKind.EXIT, NOW + timedelta(hours=8))]
    database = open_checked(office, backup_dir=backups, key_dir=tmp_path / "keys", now=NOW + timedelta(hours=9))
    close_checked(database, backup_dir=backups, now=NOW + timedelta(hours=10), exit_backup=False)
    assert len(list_backups(backups)) == 1  # the second start of the day makes no daily backup


def test_restore_drill_into_a_clean_folder(office: Path, tmp_path: Path) -> None:
    manager = BackupManager(office, backup_dir=office.parent / "backups", clock=lambda: NOW)
    latest = manager.back_up_now()
    clean = tmp_path / "clean" / "tamga.db"
    clean.parent.mkdir()
    stale_wal = clean.with_name("tamga.db-wal")
    stale_wal.write_bytes(b"stale frames from another life")
    clean.with_name("tamga.db-shm").write_bytes(b"stale index")
    saved = restore_backup(latest.path, clean, backup_dir=clean.parent / "backups", now=NOW)
    assert saved is None  # nothing was there to keep
    assert not stale_wal.exists()
    assert sorted(p.name for p in clean.parent.iterdir() if "stale" in p.name) == [
        "tamga.db-shm.stale-20260712-090000", "tamga.db-wal.stale-20260712-090000"]
    assert counts(clean) == counts(office)
    database = open_checked(clean, backup_dir=clean.parent / "backups", key_dir=tmp_path / "keys", now=NOW)
    with database.uow_factory() as uow:
        assert uow.employees.count() == 30
    close_checked(database, backup_dir=clean.parent / "backups", now=NOW)


def test_restore_backs_up_the_current_file_first(office: Path, tmp_path: Path) -> None:
    backups = office.parent / "backups"
    manager = BackupManager(office, backup_dir=backups, clock=lambda: NOW)
    old = manager.back_up_now()
    database = open_database(office, backup_dir=backups, key_dir=tmp_path / "keys")
    with database.uow_factory() as uow:
        uow.employees.add(make_employee(99))
        uow.commit()
    manager.attach(database.engine)
    saved = manager.restore(old.path)
    assert saved is not None and saved.kind == BackupKind.BEFORE_RESTORE and counts(saved.path)["employees"] == 31
    with database.uow_factory() as uow:  # the same engine now reads the restored file
        assert uow.employees.count() == 30
    database.dispose()


def test_a_non_database_is_refused_and_the_current_file_untouched(office: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.db"
    letter.write_bytes(b"not a database at all" * 300)
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    damaged = tmp_path / "damaged.db"
    shutil.copy(office, damaged)
    damage(damaged)
    before = fingerprint(office)
    manager = BackupManager(office, backup_dir=office.parent / "backups", clock=lambda: NOW)
    for refused, error in ((letter, NotTamgaDatabaseError), (other, NotTamgaDatabaseError),
                           (damaged, DamagedDatabaseError), (tmp_path / "absent.db", FileNotFoundError)):
        with pytest.raises(RefusedError) as caught:
            manager.restore(refused)
        assert isinstance(caught.value.__cause__, error) and refused.name in str(caught.value)
    assert fingerprint(office) == before
    assert list_backups(office.parent / "backups") == []


def test_the_newest_good_backup_skips_damaged_ones(office: Path) -> None:
    clock = iter([NOW, NOW + timedelta(days=1)])
    manager = BackupManager(office, backup_dir=office.parent / "backups", clock=lambda: next(clock))
    good = manager.back_up_now()
    newer = manager.back_up_now()
    damage(newer.path)
    assert manager.recoverable(DamagedDatabaseError(office, ["x"])) == good
    assert manager.recoverable(ValueError("a bug")) is None


def test_a_damaged_current_file_is_set_aside_when_restoring(office: Path, tmp_path: Path) -> None:
    backups = office.parent / "backups"
    manager = BackupManager(office, backup_dir=backups, clock=lambda: NOW)
    good = manager.back_up_now()
    damage(office)
    assert manager.restore(good.path) is None
    assert office.with_name("tamga.db.damaged-20260712-090000").exists()
    assert check_at_start(office).full is False and counts(office)["employees"] == 30
