"""The backups kept, as rows of the restore dialog: date, kind, size, verified."""

from __future__ import annotations

import enum
from typing import Any

from core.backups import BackupInfo
from core.i18n import N_, _
from gui.list_model import ListTableModel


class BackupColumn(enum.IntEnum):
    MADE_AT = 0
    KIND = 1
    SIZE = 2
    VERIFIED = 3


BACKUP_HEADERS: dict[BackupColumn, str] = {
    BackupColumn.MADE_AT: N_("Made"),
    BackupColumn.KIND: N_("Kind"),
    BackupColumn.SIZE: N_("Size"),
    BackupColumn.VERIFIED: N_("Verified"),
}


def size_text(size: int) -> str:
    """Bytes as the file manager shows them: KB up to a megabyte, MB after."""
    if size < 1024 * 1024:
        return _("{n} KB").format(n=max(1, round(size / 1024)))
    return _("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


class BackupTableModel(ListTableModel):
    columns = BackupColumn
    headers = BACKUP_HEADERS

    def display(self, item: BackupInfo, column: Any) -> str:
        if column is BackupColumn.MADE_AT:
            return item.made_at.strftime("%Y-%m-%d %H:%M")
        if column is BackupColumn.KIND:
            return item.kind.label
        if column is BackupColumn.SIZE:
            return size_text(item.size)
        return _("yes") if item.verified else _("no")

    def is_problem(self, item: BackupInfo) -> bool:
        return not item.verified
