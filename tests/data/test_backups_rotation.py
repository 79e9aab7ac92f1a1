"""The backups folder: names, listing and the daily/weekly/monthly rotation, by injected dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.backups import BackupInfo, BackupKind, BackupStatus, external_copy_warning, status_text
from data.backups import (
    RetentionPolicy,
    backup_name,
    backup_status,
    backups_to_delete,
    last_external_copy,
    list_backups,
    made_today,
    parse_backup_name,
    record_external_copy,
    rotate,
)

NOW = datetime(2026, 7, 12, 18, 30)


def info(made_at: datetime, kind: BackupKind = BackupKind.EXIT) -> BackupInfo:
    return BackupInfo(path=Path(backup_name(kind, made_at)), made_at=made_at, kind=kind, size=1)


def kept_days(backups: list[BackupInfo], **policy: int) -> list[date]:
    doomed = set(backups_to_delete(backups, now=NOW, policy=RetentionPolicy(**policy)))
    return sorted((b.made_at.date() for b in backups if b not in doomed), reverse=True)


def test_names_round_trip_and_migration_backups_are_recognised() -> None:
    made = datetime(2026, 7, 12, 8, 30, 15)
    assert backup_name(BackupKind.DAILY, made) == "tamga-20260712-083015-daily.db"
    assert parse_backup_name(Path("tamga-20260712-083015-daily.db")) == (made, BackupKind.DAILY)
    assert parse_backup_name(Path("tamga-20260712-083015-2-before-restore.db")) == (made, BackupKind.BEFORE_RESTORE)
    assert parse_backup_name(Path("tamga-20260712-083015-before-44fa86f87f53.db")) == (
        made, BackupKind.BEFORE_MIGRATION)
    for foreign in ("tamga.db", "tamga-2026-daily.db", "notes-20260712-083015-daily.db",
                    "tamga-20260712-083015-daily.db.partial", "tamga-20261399-083015-daily.db"):
        assert parse_backup_name(Path(foreign)) is None


def test_one_backup_a_day_for_400_days_keeps_7_days_4_weeks_12_months() -> None:
    backups = [info(NOW - timedelta(days=n)) for n in range(400)]
    kept = kept_days(backups, daily=7, weekly=4, monthly=12)
    assert kept[:7] == [NOW.date() - timedelta(days=n) for n in range(7)]
    # then the newest backup of each of the 4 older ISO weeks: Sundays, 2026-07-05 is the 7th day back
    assert kept[7:11] == [date(2026, 7, 5), date(2026, 6, 28), date(2026, 6, 21), date(2026, 6, 14)]
    # then the newest of 12 older months (June's newest is already a weekly one)
    assert kept[11:] == [date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28),
                         date(2026, 1, 31), date(2025, 12, 31), date(2025, 11, 30), date(2025, 10, 31),
                         date(2025, 9, 30), date(2025, 8, 31), date(2025, 7, 31), date(2025, 6, 30)]
    assert len(kept) == 23


def test_several_backups_in_a_day_keep_the_newest() -> None:
    morning, evening = NOW.replace(hour=8), NOW.replace(hour=17)
    backups = [info(evening), info(morning, BackupKind.DAILY), info(evening - timedelta(days=1))]
    doomed = backups_to_delete(backups, now=NOW)
    assert doomed == [backups[1]]


def test_safety_backups_stay_for_their_days_and_the_newest_always_stays() -> None:
    old_restore = info(NOW - timedelta(days=31), BackupKind.BEFORE_RESTORE)
    older_migration = info(NOW - timedelta(days=200), BackupKind.BEFORE_MIGRATION)
    recent = info(NOW - timedelta(days=29), BackupKind.BEFORE_REPAIR)
    assert backups_to_delete([old_restore, older_migration, recent], now=NOW) == [old_restore, older_migration]
    assert backups_to_delete([older_migration], now=NOW) == []


def test_rotation_deletes_only_files_tamga_named(tmp_path: Path) -> None:
    for n in range(10):
        (tmp_path / backup_name(BackupKind.EXIT, NOW - timedelta(days=n))).write_bytes(b"x")
    (tmp_path / "tamga-office-copy.db").write_bytes(b"mine")
    (tmp_path / "notes.txt").write_bytes(b"mine")
    removed = rotate(tmp_path, now=NOW, policy=RetentionPolicy(daily=3, weekly=0, monthly=0))
    assert len(removed) == 7
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["notes.txt", "tamga-20260710-183000-exit.db", "tamga-20260711-183000-exit.db",
                     "tamga-20260712-183000-exit.db", "tamga-office-copy.db"]


def test_listing_is_newest_first_with_kind_and_size(tmp_path: Path) -> None:
    (tmp_path / backup_name(BackupKind.DAILY, NOW - timedelta(days=1))).write_bytes(b"12345")
    (tmp_path / backup_name(BackupKind.BEFORE_RESTORE, NOW)).write_bytes(b"123")
    listed = list_backups(tmp_path)
    assert [(b.kind, b.size, b.made_at) for b in listed] == [
        (BackupKind.BEFORE_RESTORE, 3, NOW), (BackupKind.DAILY, 5, NOW - timedelta(days=1))]
    assert made_today(tmp_path, NOW) is False  # a safety backup is not the day's backup
    assert made_today(tmp_path, NOW - timedelta(days=1)) is True
    assert list_backups(tmp_path / "absent") == []


def test_status_and_the_external_copy_record(tmp_path: Path) -> None:
    assert backup_status(tmp_path) == BackupStatus(newest=None, last_external_copy=None)
    (tmp_path / backup_name(BackupKind.EXIT, NOW - timedelta(hours=3))).write_bytes(b"x")
    record_external_copy(tmp_path, NOW - timedelta(days=8), Path("/media/usb"))
    status = backup_status(tmp_path)
    assert status == BackupStatus(newest=NOW - timedelta(hours=3), last_external_copy=NOW - timedelta(days=8))
    assert status.external_copy_overdue(NOW)
    assert not status.external_copy_overdue(NOW - timedelta(days=2))
    (tmp_path / "last-external-copy.json").write_text("{broken", encoding="utf-8")
    assert last_external_copy(tmp_path) is None


@pytest.mark.parametrize(("age", "expected"), [
    (timedelta(minutes=3), "3"), (timedelta(hours=5), "5"), (timedelta(days=9), "9")])
def test_status_texts_name_the_age(age: timedelta, expected: str) -> None:
    status = BackupStatus(newest=NOW - age, last_external_copy=NOW - age)
    assert expected in status_text(status, NOW)
    assert (external_copy_warning(status, NOW) is None) == (age <= timedelta(days=7))
    assert status_text(BackupStatus(None, None), NOW) != status_text(status, NOW)
