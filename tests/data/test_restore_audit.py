"""A restore moves the audit anchor: the restored file's chain verifies instead of reading as tampered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core import services
from core.audit import ChainReport
from data import open_database
from data.audit_chain import anchor_path_for
from data.backups import list_backups
from data.recovery import BackupManager
from tests.data.conftest import make_employee

NOW = datetime(2026, 7, 12, 9, 0)


def add_employees(path: Path, numbers: range) -> None:
    database = open_database(path, backup_dir=path.parent / "backups", key_dir=path.parent / "keys")
    try:
        with database.uow_factory() as uow:
            for number in numbers:
                uow.employees.add(make_employee(number))
            uow.commit()
    finally:
        database.dispose()


def chain_of(path: Path) -> ChainReport:
    database = open_database(path, backup_dir=path.parent / "backups", key_dir=path.parent / "keys")
    try:
        return services.verify_audit_chain(database.uow_factory())
    finally:
        database.dispose()


def test_restoring_an_older_backup_keeps_the_chain_verifiable(tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    add_employees(office, range(3))
    manager = BackupManager(
        office,
        backup_dir=tmp_path / "backups",
        clock=lambda: NOW,
        anchor_path=anchor_path_for(office, tmp_path / "keys"),
    )
    older = manager.back_up_now()
    add_employees(office, range(3, 8))  # entries the backup does not have
    assert chain_of(office).ok

    manager.restore(older.path)

    report = chain_of(office)
    assert report.ok, report
    assert report.entries == 3
    assert any(info.path != older.path for info in list_backups(tmp_path / "backups"))  # the replaced file kept
