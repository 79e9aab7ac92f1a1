"""What the screens know about backups: the copies kept, their age, and the port that makes them.

The copying, checking and swapping of database files is storage work (``data.backups``,
``data.recovery``); the GUI sees only these plain values and the :class:`BackupPort`
protocol, so it never imports ``data`` (house style 1). The age texts live here so the
status bar and the command line say the same words.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from core.i18n import N_, _, ngettext

#: Without a copy on another drive for this long, the main window warns (reliability.md R5).
EXTERNAL_COPY_WARNING = timedelta(days=7)


class BackupKind(enum.StrEnum):
    """Why a backup was made; the value is the word in its file name."""

    DAILY = "daily"  # the first start of a day
    EXIT = "exit"  # a clean exit
    MANUAL = "manual"  # ``main.py backup`` without --to
    COPY = "copy"  # "Back up to…" another folder or drive
    BEFORE_RESTORE = "before-restore"
    BEFORE_REPAIR = "before-repair"
    BEFORE_MIGRATION = "before-migration"  # data.migrate names them before-<revision>

    @property
    def label(self) -> str:
        """The kind in the UI language."""
        return _(KIND_LABELS[self])

    @property
    def is_safety(self) -> bool:
        """Made before an operation that replaces or rewrites the file; kept longer by the rotation."""
        return self in (BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_REPAIR, BackupKind.BEFORE_MIGRATION)


KIND_LABELS = {
    BackupKind.DAILY: N_("start of the day"),
    BackupKind.EXIT: N_("on exit"),
    BackupKind.MANUAL: N_("by hand"),
    BackupKind.COPY: N_("copy to another drive"),
    BackupKind.BEFORE_RESTORE: N_("before a restore"),
    BackupKind.BEFORE_REPAIR: N_("before a repair"),
    BackupKind.BEFORE_MIGRATION: N_("before an upgrade"),
}


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file Tamga made.

    ``verified`` is true for a file under a final backup name: that name is given only after
    the copy was synced, reopened, integrity-checked and its row counts matched the source.
    """

    path: Path
    made_at: datetime
    kind: BackupKind
    size: int
    verified: bool = True


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What the status bar shows: the newest verified backup and the last copy to another drive."""

    newest: datetime | None
    last_external_copy: datetime | None

    def external_copy_overdue(self, now: datetime) -> bool:
        """Whether no copy has gone to another drive for :data:`EXTERNAL_COPY_WARNING`."""
        return self.last_external_copy is None or now - self.last_external_copy > EXTERNAL_COPY_WARNING


class BackupPort(Protocol):
    """Backups as the screens use them; ``data.recovery.BackupManager`` implements it."""

    def list_backups(self) -> list[BackupInfo]:
        """The backups in the backups folder, newest first."""
        ...

    def status(self) -> BackupStatus:
        """The newest verified backup and the last external copy."""
        ...

    def back_up_to(self, folder: Path) -> BackupInfo:
        """Write a verified copy into *folder* (a USB stick) and remember when."""
        ...

    def restore(self, backup: Path) -> BackupInfo | None:
        """Replace the database by *backup*; returns the backup made of the file it replaced."""
        ...

    def recoverable(self, error: BaseException) -> BackupInfo | None:
        """The newest sound backup if *error* means the file is damaged or not Tamga's, else None."""
        ...


def describe_age(age: timedelta) -> str:
    """'3 minutes', '5 hours', '2 days': how long ago, in the UI language."""
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)
    hours = minutes // 60
    if hours < 48:
        return ngettext("{n} hour", "{n} hours", hours).format(n=hours)
    days = hours // 24
    return ngettext("{n} day", "{n} days", days).format(n=days)


def status_text(status: BackupStatus, now: datetime) -> str:
    """The status bar's words for the newest backup."""
    if status.newest is None:
        return _("No backup yet")
    return _("Last backup: {age} ago").format(age=describe_age(now - status.newest))


def external_copy_warning(status: BackupStatus, now: datetime) -> str | None:
    """The warning shown when no copy went to another drive for a week, else None."""
    if not status.external_copy_overdue(now):
        return None
    if status.last_external_copy is None:
        return _("No copy on another drive yet: use File › Back up to…")
    return _("No copy on another drive for {age}: use File › Back up to…").format(
        age=describe_age(now - status.last_external_copy))
