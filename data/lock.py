"""One Tamga per database: a lock file next to the database, held for the app's whole life.

Two Tamga windows on one file would each believe their list screens are current and could
hand out the same slip number. The lock is an OS lock on an open handle (``fcntl.flock`` on
POSIX, ``msvcrt.locking`` on Windows), so the OS drops it when the process dies: a crash never
leaves a stale lock that an office clerk has to delete by hand. The file itself only tells
the next instance who holds it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from core.i18n import _

#: Windows locks are mandatory: other processes cannot read a locked byte. The locked byte
#: therefore sits far past the holder's details, which stay readable.
_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the lock, as the holder wrote it."""

    pid: int
    host: str
    since: str


class DatabaseInUseError(RuntimeError):
    """Another running Tamga holds the database; ``holder`` is ``None`` if it is unreadable."""

    def __init__(self, lock_path: Path, holder: LockHolder | None) -> None:
        super().__init__(f"{lock_path} is held by {holder}")
        self.lock_path = lock_path
        self.holder = holder


def lock_path_for(db_path: Path) -> Path:
    """``tamga.db`` → ``tamga.db.lock``."""
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """The single-instance guard for one database file.

    Use ``acquire()`` at startup and ``release()`` at exit, or ``with DatabaseLock(path):``.
    The lock file is never deleted: deleting it would let a third process lock a fresh file
    while a second still waits on the old one.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock and record this process as its holder.

        Raises:
            DatabaseInUseError: Another process (or another lock object) holds it.
        """
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DatabaseInUseError(self.path, read_holder(self.path)) from None
        self._fd = fd
        _write_holder(fd)

    def release(self) -> None:
        """Let the next Tamga in; clearing the details first so they never name a dead holder."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def read_holder(lock_path: Path) -> LockHolder | None:
    """The holder's details, or ``None`` if the file is missing, empty or half-written."""
    try:
        details = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockHolder(pid=int(details["pid"]), host=str(details["host"]), since=str(details["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def in_use_message(error: DatabaseInUseError) -> str:
    """The user-facing explanation for a refused start, in the UI language."""
    holder = error.holder
    if holder is None:
        return _("Tamga is already open with this database. Close the other Tamga window first.")
    return _(
        "Tamga is already open with this database (program {pid} on {host}, since {since}). "
        "Close the other Tamga window first."
    ).format(pid=holder.pid, host=holder.host, since=holder.since)


def _write_holder(fd: int) -> None:
    details = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat(timespec="seconds")}
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(details).encode("utf-8"))


def _lock(fd: int) -> None:
    """Lock without waiting; ``OSError`` if someone else holds the lock."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
