"""The SQLite engine Tamga uses, and the check that the database file is somewhere safe.

SQLite promises atomic, durable commits only on a local disk with working locks and fsync
(reliability.md §1.1, §1.8). Network shares break its locking and WAL mode, and sync clients
(OneDrive, Dropbox…) replace the file under a running app, so we refuse such locations
instead of corrupting an office's personnel records.
"""

from __future__ import annotations

import enum
import ntpath
import os
import re
import sqlite3
import sys
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from core.i18n import _

BUSY_TIMEOUT_MS = 5000

_PRAGMAS = (
    # busy_timeout first, so switching the journal mode waits for another process too.
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    # FULL: a slip printed after a save must survive a power cut (reliability.md §1.3).
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
)


def make_engine(path: Path) -> Engine:
    """An engine whose every connection is in WAL/FULL mode with foreign keys enforced.

    The pysqlite driver's own transaction handling breaks transactional DDL, so the driver is
    put in autocommit mode and SQLAlchemy's ``begin`` emits ``BEGIN IMMEDIATE`` itself
    (reliability.md §1.10). IMMEDIATE takes the write lock up front: a second writer waits in
    the busy handler at BEGIN rather than failing mid-transaction with SQLITE_BUSY.

    Args:
        path: The database file; it is created on first connect if missing.

    Returns:
        A lazily connecting engine.
    """
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _connection_record: Any) -> None:
    dbapi_connection.isolation_level = None
    for pragma in _PRAGMAS:
        dbapi_connection.execute(pragma).close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def engine_path(engine: Engine) -> Path:
    """The database file behind *engine*."""
    database = engine.url.database
    if not database or database == ":memory:":
        raise ValueError("Tamga needs a file database, not an in-memory one")
    return Path(database)


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that cannot change the file, e.g. to inspect a newer schema.

    Args:
        path: An existing database file.

    Returns:
        A plain ``sqlite3`` connection opened with ``mode=ro``.
    """
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def make_readonly_engine(path: Path) -> Engine:
    """An engine that only reads *path*: no WAL switch, no journal, nothing written.

    For ``main.py check``: inspecting a file, a backup or an older Tamga's database must
    leave its bytes and journal mode exactly as they were.

    Args:
        path: An existing database file.
    """
    return create_engine("sqlite+pysqlite://", creator=lambda: connect_readonly(path))


# --- Where the database may live -------------------------------------------------------------


class LocationProblem(enum.StrEnum):
    """Why a database path is refused; a code so the message can be translated at display."""

    NETWORK_SHARE = "network_share"
    NETWORK_DRIVE = "network_drive"
    CLOUD_SYNC = "cloud_sync"


class DatabaseLocationError(ValueError):
    """The database path is not on this computer's own disk; ``reason`` says why."""

    def __init__(self, path: Path, reason: LocationProblem) -> None:
        super().__init__(f"{reason}: {path}")
        self.path = path
        self.reason = reason


#: windows.h DRIVE_REMOTE: the drive letter is mapped to a network share.
DRIVE_REMOTE = 4

#: Folder names that sync clients create; "OneDrive - Contoso" and "Dropbox (Personal)" included.
_CLOUD_FOLDER = re.compile(
    r"^(onedrive( .*)?|dropbox( \(.*\))?|google ?drive|my drive|icloud ?drive|com~apple~clouddocs"
    r"|yandex\.?disk)$"
)
_ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def check_location(path: Path) -> LocationProblem | None:
    """Why *path* is unsafe for a SQLite database, or ``None`` if it is on a local disk.

    Both the path as given and its resolved form are checked: a mapped drive resolves to a
    UNC path on Windows, and a symlink may lead into a synced folder.

    Args:
        path: The intended database file (it need not exist yet).

    Returns:
        The problem found, or ``None``.
    """
    for candidate in _candidates(path):
        problem = _network_problem(candidate) or _cloud_problem(candidate)
        if problem is not None:
            return problem
    return None


def ensure_local(path: Path) -> None:
    """Raise unless *path* is on this computer's own disk.

    Raises:
        DatabaseLocationError: The path is on a network share, a mapped network drive or in
            a cloud-sync folder.
    """
    problem = check_location(path)
    if problem is not None:
        raise DatabaseLocationError(path, problem)


def location_message(reason: str, path: Path | str) -> str:
    """The user-facing explanation for a refused database location, in the UI language.

    Each reason is one whole sentence group so translators can reorder it around ``{path}``.
    """
    if reason == LocationProblem.CLOUD_SYNC:
        message = _(
            "Tamga keeps its database on this computer's own disk only. {path} is inside a "
            "cloud-synced folder; the sync program can replace the file while Tamga uses it. "
            "Choose a folder on the local disk that is not synced."
        )
    else:
        message = _(
            "Tamga keeps its database on this computer's own disk only. {path} is on a network "
            "share; SQLite files there get corrupted. Choose a folder on the local disk."
        )
    return message.format(path=path)


def _candidates(path: Path) -> list[str]:
    texts = [str(path)]
    try:
        texts.append(str(path.expanduser().resolve()))
    except (OSError, RuntimeError):
        pass  # an unreachable share can fail to resolve; the raw text is still checked
    return texts


def _network_problem(text: str) -> LocationProblem | None:
    if text[:4] in ("\\\\?\\", "//?/"):  # extended-length path: \\?\C:\… or \\?\UNC\server\…
        rest = text[4:]
        if rest[:4].upper() in ("UNC\\", "UNC/"):
            return LocationProblem.NETWORK_SHARE
        text = rest
    elif text[:2] in ("\\\\", "//"):
        return LocationProblem.NETWORK_SHARE
    drive, _rest = ntpath.splitdrive(text)
    if len(drive) == 2 and drive[1] == ":" and _drive_type(drive + "\\") == DRIVE_REMOTE:
        return LocationProblem.NETWORK_DRIVE
    return None


def _drive_type(root: str) -> int | None:
    """``GetDriveTypeW`` of a drive root such as ``Z:\\``; ``None`` where there are no drives."""
    if sys.platform != "win32":
        return None
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _cloud_problem(text: str) -> LocationProblem | None:
    parts = [part.casefold() for part in _split(text)]
    if any(_CLOUD_FOLDER.match(part) for part in parts):
        return LocationProblem.CLOUD_SYNC
    for name in _ONEDRIVE_ENV:
        root = os.environ.get(name)
        if root:
            root_parts = [part.casefold() for part in _split(root)]
            if root_parts and parts[: len(root_parts)] == root_parts:
                return LocationProblem.CLOUD_SYNC
    return None


def _split(text: str) -> tuple[str, ...]:
    # Windows paths are split on both separators whatever the platform we run on.
    return PurePath(text.replace("\\", "/")).parts
