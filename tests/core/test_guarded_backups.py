"""Restoring is the administrator's: checked in core around the backup port, not only by the menu."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from core.access import PermissionDeniedError
from core.backups import BackupInfo, BackupKind, BackupStatus
from core.guarded_backups import GuardedBackups
from core.users import Role, User

INFO = BackupInfo(path=Path("b.db"), made_at=datetime(2026, 11, 25, 9, 0), kind=BackupKind.MANUAL, size=1)


class RecordingBackups:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def list_backups(self) -> list[BackupInfo]:
        return [INFO]

    def status(self) -> BackupStatus:
        return BackupStatus(None, None)

    def back_up_to(self, folder: Path) -> BackupInfo:
        self.calls.append(f"back_up_to {folder}")
        return INFO

    def restore(self, backup: Path) -> BackupInfo | None:
        self.calls.append(f"restore {backup}")
        return None

    def recoverable(self, error: BaseException) -> BackupInfo | None:
        return None


def user(role: Role) -> User:
    return User(login=role.value, full_name="Х", role=role, id=1)


@pytest.mark.parametrize("role", [Role.HR, Role.VIEWER])
def test_only_an_administrator_restores(role: Role) -> None:
    port = RecordingBackups()
    with pytest.raises(PermissionDeniedError):
        GuardedBackups(port, lambda: user(role)).restore(Path("b.db"))
    assert port.calls == []


def test_the_administrator_restores() -> None:
    port = RecordingBackups()
    GuardedBackups(port, lambda: user(Role.ADMINISTRATOR)).restore(Path("b.db"))
    assert port.calls == ["restore b.db"]


def test_before_anyone_logs_in_a_damaged_file_can_be_restored() -> None:
    port = RecordingBackups()
    GuardedBackups(port, lambda: None).restore(Path("b.db"))
    assert port.calls == ["restore b.db"]


def test_a_viewer_does_not_write_copies_but_hr_does() -> None:
    port = RecordingBackups()
    with pytest.raises(PermissionDeniedError):
        GuardedBackups(port, lambda: user(Role.VIEWER)).back_up_to(Path("usb"))
    GuardedBackups(port, lambda: user(Role.HR)).back_up_to(Path("usb"))
    assert port.calls == ["back_up_to usb"]
