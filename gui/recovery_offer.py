"""At start-up, a damaged database or a file that is not Tamga's: say so, and offer the newest good backup.

The offer is a choice, never automatic: restoring replaces what is on disk (after keeping a
copy of it), and the person in front of the screen may know that the file given was wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox

from core.backups import BackupInfo, BackupPort
from core.i18n import _

Opened = TypeVar("Opened")


def ask_restore(message: str, backup: BackupInfo) -> bool:
    """Whether the user chose to restore *backup*; the seam tests patch."""
    box = QMessageBox(QMessageBox.Icon.Critical, _("Tamga cannot open the database"), message)
    box.setInformativeText(_("The newest good backup was made on {date} ({kind}). Restore it? "
                             "The current file is kept beside it.").format(
        date=backup.made_at.strftime("%Y-%m-%d %H:%M"), kind=backup.kind.label))
    restore = box.addButton(_("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def recover_at_start(error: Exception, message: str, backups: BackupPort | None,
                     open_again: Callable[[], Opened],
                     refusal_message: Callable[[BaseException], str | None]) -> Opened | None:
    """Offer the newest good backup for a damaged file; the database opened from it, or None (the user was told).

    Args:
        error: Why the database could not be opened.
        message: What to tell the user about *error*.
        backups: The backups of this database, or None when there are none to offer.
        open_again: Opens the database again after a restore.
        refusal_message: The user's message for a failure of the restore or of the second open.
    """
    good = backups.recoverable(error) if backups is not None else None
    if good is None or backups is None:
        QMessageBox.critical(None, _("Tamga cannot open the database"), message)
        return None
    if not ask_restore(message, good):
        return None
    try:
        backups.restore(good.path)
        return open_again()
    except Exception as failure:
        again = refusal_message(failure)
        if again is None:
            raise
        QMessageBox.critical(None, _("Tamga cannot open the database"), again)
        return None
