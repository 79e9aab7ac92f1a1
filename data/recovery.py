"""Opening with checks, closing with a backup, and restoring a backup in place of the database.

A restore replaces the file an office has been working in, so it follows the order that
keeps every step undoable: the chosen backup is proven a sound Tamga database, a verified
copy of it is staged beside the database, the current file is backed up (or, if it is too
damaged to copy, set aside under another name), the stale ``-wal``/``-shm`` are moved aside
(SQLite would otherwise replay them into the restored file), and only then is the staged copy
renamed over the database. The database must be closed meanwhile: ``BackupManager`` disposes
the engine's connections first and the same engine reconnects to the restored file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine

from core.backups import BackupInfo, BackupKind, BackupStatus
from core.i18n import _
from core.services.errors import RefusedError
from data import Database, open_database
from data.audit_chain import reanchor
from data.backup import BackupError, fsync_directory, make_verified_backup
from data.backups import (
    DEFAULT_RETENTION,
    RetentionPolicy,
    backup_status,
    list_backups,
    made_today,
    make_backup,
    record_external_copy,
    rotate,
)
from data.db import make_readonly_engine
from data.health import (
    DamagedDatabaseError,
    NotTamgaDatabaseError,
    check_at_start,
    check_file,
    is_tamga_schema,
    mark_closed,
    mark_open,
)
from data.lock import DatabaseLock
from data.migrate import ForeignDatabaseError, NewerSchemaError, upgrade_to_head

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def check_restorable(path: Path) -> None:
    """Raise unless *path* is a sound Tamga database this build can open.

    Raises:
        FileNotFoundError: There is no such file.
        DamagedDatabaseError: It fails ``integrity_check`` or ``foreign_key_check``.
        NotTamgaDatabaseError: It is not a database, or not Tamga's.
        NewerSchemaError: A newer Tamga wrote it.
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    problems = check_file(path, full=True)
    if problems:
        raise DamagedDatabaseError(path, problems)
    if not is_tamga_schema(path):
        raise NotTamgaDatabaseError(path)
    from alembic.script import ScriptDirectory

    from data.migrate import alembic_config, file_revision

    revision = file_revision(path)
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        raise NewerSchemaError(str(revision))


def restore_backup(backup: Path, db_path: Path, *, backup_dir: Path, now: datetime) -> BackupInfo | None:
    """Put *backup* in place of *db_path*, which nobody may have open.

    Returns:
        The verified backup of the file replaced, or ``None`` if there was none or it was too
        damaged to copy (then it is kept beside the database as ``<name>.damaged-<time>``).

    Raises:
        The errors of :func:`check_restorable`; the database is then untouched.
    """
    check_restorable(backup)
    staged = db_path.with_name(db_path.name + ".restoring")
    staged.unlink(missing_ok=True)
    make_verified_backup(backup, staged)
    try:
        saved = _save_current(db_path, backup_dir=backup_dir, now=now)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for suffix in ("-wal", "-shm"):
        _move_aside(db_path.with_name(db_path.name + suffix), f".stale-{stamp}")
    os.replace(staged, db_path)
    fsync_directory(db_path.parent)
    return saved


def _save_current(db_path: Path, *, backup_dir: Path, now: datetime) -> BackupInfo | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return make_backup(db_path, backup_dir, BackupKind.BEFORE_RESTORE, now=now)
    except (BackupError, sqlite3.DatabaseError) as error:
        log.warning("the file being replaced could not be backed up (%s); it is kept aside", error)
        suffix = f".damaged-{now.strftime('%Y%m%d-%H%M%S')}"
        for name in (db_path.name, db_path.name + "-wal", db_path.name + "-shm"):
            _move_aside(db_path.with_name(name), suffix)
        return None


def _move_aside(path: Path, suffix: str) -> None:
    if path.exists():
        os.replace(path, path.with_name(path.name + suffix))


def open_checked(db_path: Path, *, backup_dir: Path, key_dir: Path | None, now: datetime) -> Database:
    """Check the file, make the day's first backup, open and migrate it, and mark it open.

    Raises:
        DamagedDatabaseError, NotTamgaDatabaseError: The start-up check failed; nothing was written.
        The errors of ``data.open_database``.
    """
    report = check_at_start(db_path)
    if report.unclean_shutdown:
        log.warning("the last session did not close cleanly; the full check passed")
    if db_path.exists() and db_path.stat().st_size > 0 and not made_today(backup_dir, now):
        _backup_quietly(db_path, backup_dir, BackupKind.DAILY, now)
    database = open_database(db_path, backup_dir=backup_dir, key_dir=key_dir)
    mark_open(db_path)
    return database


def close_checked(database: Database, *, backup_dir: Path, now: datetime, exit_backup: bool = True) -> None:
    """Close the database, back it up (a clean exit), and remove the open marker."""
    database.dispose()
    if exit_backup:
        _backup_quietly(database.path, backup_dir, BackupKind.EXIT, now)
    mark_closed(database.path)


def _backup_quietly(db_path: Path, backup_dir: Path, kind: BackupKind, now: datetime) -> None:
    """An automatic backup that fails must not stop the office's work; the status bar shows its age."""
    try:
        make_backup(db_path, backup_dir, kind, now=now)
        rotate(backup_dir, now=now)
    except (OSError, BackupError, sqlite3.DatabaseError) as error:
        log.error("automatic %s backup failed: %s", kind.value, error)


def is_damage(error: BaseException) -> bool:
    """Whether *error* means the file is damaged or not a Tamga database (a restore may help)."""
    if isinstance(error, DamagedDatabaseError | NotTamgaDatabaseError | ForeignDatabaseError):
        return True
    cause = error.orig if isinstance(error, sqlalchemy.exc.DBAPIError) else error
    return isinstance(cause, sqlite3.DatabaseError) and cause.sqlite_errorcode in (
        sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


@contextmanager
def _refused_backup(folder: Path) -> Iterator[None]:
    """Backup failures in the user's words: a damaged source, or a folder that cannot take the file."""
    try:
        yield
    except (BackupError, sqlite3.DatabaseError) as error:
        raise RefusedError(_("The backup failed its check and was not kept; the database may be damaged "
                             "({reason}).").format(reason=error)) from error
    except OSError as error:
        raise RefusedError(_("The backup could not be written to {folder}: {reason}").format(
            folder=folder, reason=error.strerror or error)) from error


@contextmanager
def _refused_restore(backup: Path) -> Iterator[None]:
    try:
        yield
    except FileNotFoundError as error:
        raise RefusedError(_("There is no file at {path}.").format(path=backup)) from error
    except NewerSchemaError as error:
        raise RefusedError(_("{path} was written by a newer version of Tamga, so it was not restored; the "
                             "database has not been changed.").format(path=backup)) from error
    except (DamagedDatabaseError, NotTamgaDatabaseError, sqlite3.DatabaseError) as error:
        raise RefusedError(_("{path} is not a sound Tamga database, so it was not restored; the database "
                             "has not been changed.").format(path=backup)) from error


class BackupManager:
    """The backups of one database, for the GUI (``core.backups.BackupPort``) and the CLI.

    ``attach`` hands it the open engine so a restore can close and reopen the database.
    """

    def __init__(self, db_path: Path, *, backup_dir: Path, clock: Clock = datetime.now,
                 policy: RetentionPolicy = DEFAULT_RETENTION, anchor_path: Path | None = None) -> None:
        self.db_path = db_path
        self.backup_dir = backup_dir
        #: The audit chain's anchor outside the file (``data.audit_chain``), moved to the restored head.
        self.anchor_path = anchor_path
        self._clock = clock
        self._policy = policy
        self._engine: Engine | None = None

    def attach(self, engine: Engine | None) -> None:
        """The engine of the open database, or ``None`` once it is closed."""
        self._engine = engine

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.backup_dir)

    def status(self) -> BackupStatus:
        return backup_status(self.backup_dir)

    def back_up_now(self, kind: BackupKind = BackupKind.MANUAL) -> BackupInfo:
        """A verified backup in the backups folder, then the rotation.

        Raises:
            RefusedError: The copy failed its check or could not be written (the message says which).
        """
        now = self._clock()
        with _refused_backup(self.backup_dir):
            info = make_backup(self.db_path, self.backup_dir, kind, now=now)
        rotate(self.backup_dir, now=now, policy=self._policy)
        return info

    def back_up_to(self, folder: Path) -> BackupInfo:
        """A verified copy in *folder* (never rotated there), remembered for the status bar.

        Raises:
            RefusedError: The copy failed its check or could not be written (the message says which).
        """
        now = self._clock()
        with _refused_backup(folder):
            info = make_backup(self.db_path, folder, BackupKind.COPY, now=now)
        record_external_copy(self.backup_dir, now, folder)
        return info

    def restore(self, backup: Path) -> BackupInfo | None:
        """Restore *backup*; with the database open, its connections are closed and it is reopened.

        Raises:
            RefusedError: *backup* is not a sound Tamga database this build can open; nothing changed.
            data.lock.DatabaseInUseError: Another Tamga has the database open (no engine attached).
        """
        now = self._clock()
        with _refused_restore(backup):
            check_restorable(backup)  # before closing anything
        if self._engine is None:
            with DatabaseLock(self.db_path):
                saved = restore_backup(backup, self.db_path, backup_dir=self.backup_dir, now=now)
        else:
            self._engine.dispose()
            saved = restore_backup(backup, self.db_path, backup_dir=self.backup_dir, now=now)
            upgrade_to_head(self._engine, backup_dir=self.backup_dir)  # an older backup gets today's schema
        self._reanchor()
        rotate(self.backup_dir, now=now, policy=self._policy)
        return saved

    def _reanchor(self) -> None:
        """The restored file's audit chain ends earlier than the anchor says: the restore moves it.

        Without this, the next check would report the entries made after the backup as deleted
        behind Tamga's back. A file that cannot be read here is left to the next start's checks.
        """
        if self.anchor_path is None:
            return
        engine = make_readonly_engine(self.db_path)
        try:
            with engine.connect() as connection:
                reanchor(connection, self.anchor_path)
        except sqlalchemy.exc.DBAPIError as error:
            log.warning("the audit anchor was not moved after the restore: %s", type(error).__name__)
        finally:
            engine.dispose()

    def recoverable(self, error: BaseException) -> BackupInfo | None:
        return self.newest_good() if is_damage(error) else None

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes the restore checks now."""
        for info in self.list_backups():
            try:
                check_restorable(info.path)
            except (OSError, sqlite3.Error, DamagedDatabaseError, NotTamgaDatabaseError, NewerSchemaError):
                continue
            return info
        return None
