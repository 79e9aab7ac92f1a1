"""Storage for Tamga: SQLite through SQLAlchemy, implementing the ports in ``core.ports``.

``main.py`` takes the single-instance lock first (``data.lock.DatabaseLock``), then calls
:func:`open_database`, and hands ``database.uow_factory`` to the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from data.audit_chain import anchor_path_for
from data.db import ensure_local, make_engine
from data.keys import key_path_for, load_or_create_key
from data.migrate import MigrationResult, upgrade_to_head
from data.uow import SqlAlchemyUnitOfWork, make_uow_factory


@dataclass(frozen=True, slots=True)
class Database:
    """An open, migrated database: the engine and the unit-of-work factory built on it."""

    path: Path
    engine: Engine
    uow_factory: Callable[[], SqlAlchemyUnitOfWork]
    migration: MigrationResult
    #: The office's secret key (``data.keys``), for the audit chain and signed slips.
    key: bytes = b""

    def dispose(self) -> None:
        """Close pooled connections; the last one to close checkpoints and removes the -wal."""
        self.engine.dispose()


def open_database(path: Path, *, backup_dir: Path, key_dir: Path | None = None) -> Database:
    """Check the location, open the file and migrate it to this build's schema.

    Args:
        path: The database file; created (with its folder) if missing.
        backup_dir: Where a backup is written before an upgrade of an existing file.
        key_dir: Where the office's key file is kept (``keys`` beside the file if not given;
            the app passes a folder in the user's profile).

    Returns:
        The open database.

    Raises:
        data.db.DatabaseLocationError: *path* is on a network share or in a synced folder.
        data.migrate.NewerSchemaError: The file was written by a newer Tamga (left untouched).
        data.migrate.MigrationError: The upgrade failed and was rolled back.
        data.backup.BackupError: The pre-upgrade backup failed verification.
    """
    ensure_local(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        migration = upgrade_to_head(engine, backup_dir=backup_dir)
    except BaseException:
        engine.dispose()
        raise
    keys = key_dir if key_dir is not None else path.parent / "keys"
    key = load_or_create_key(key_path_for(path, keys))
    factory = make_uow_factory(engine, key=key, anchor=anchor_path_for(path, keys))
    return Database(path=path, engine=engine, uow_factory=factory, migration=migration, key=key)
