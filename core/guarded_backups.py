"""Backups as the logged-in user may use them: restoring is the administrator's (issue 6, roles).

The backup machinery lives in ``data`` and is not a core service taking a unit of work, so
the role check sits here, in core, around the port the screens use: hiding the menu item
for other roles is only the visible half. Before anyone has logged in (the start-up offer to
restore a damaged file, when no login is possible) there is no actor, as on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.access import Action, check
from core.backups import BackupInfo, BackupPort, BackupStatus
from core.users import User


class GuardedBackups:
    """``core.backups.BackupPort`` that checks the acting user's role before writing or restoring."""

    def __init__(self, backups: BackupPort, actor: Callable[[], User | None]) -> None:
        self._backups = backups
        self._actor = actor

    def list_backups(self) -> list[BackupInfo]:
        return self._backups.list_backups()

    def status(self) -> BackupStatus:
        return self._backups.status()

    def back_up_to(self, folder: Path) -> BackupInfo:
        check(self._actor(), Action.BACK_UP)
        return self._backups.back_up_to(folder)

    def restore(self, backup: Path) -> BackupInfo | None:
        check(self._actor(), Action.RESTORE)
        return self._backups.restore(backup)

    def recoverable(self, error: BaseException) -> BackupInfo | None:
        return self._backups.recoverable(error)
