"""File › Back up to… and File › Restore from a backup…, with the status bar's backup line.

"Back up to…" is the copy that survives the PC: a USB stick or another drive. The time of
the last one is kept beside the backups by the port, so the warning is the same for every
Windows account that opens this database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QWidget

from core.backups import BackupInfo, BackupPort
from core.i18n import _
from gui.backup_status import BackupStatusWidget
from gui.confirm import show_notice
from gui.restore_dialog import RestoreDialog
from gui.tasks import BackgroundTask, run_in_background


def choose_folder(parent: QWidget) -> Path | None:
    """The folder for a copy, e.g. a USB stick; the seam tests patch."""
    folder = QFileDialog.getExistingDirectory(parent, _("Back up to a folder or a USB stick"))
    return Path(folder) if folder else None


class BackupActions:
    """Adds the two File actions before *before* and the status widget to *window*'s status bar."""

    def __init__(self, backups: BackupPort, window: QMainWindow, *, menu: QMenu, before: QAction,
                 on_restored: Callable[[], None]) -> None:
        self._backups = backups
        self._window = window
        self._on_restored = on_restored
        self.task: BackgroundTask | None = None
        self.back_up_to_action = QAction(_("&Back up to…"), window)
        self.back_up_to_action.triggered.connect(self.back_up_to)
        self.restore_action = QAction(_("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(self.open_restore_dialog)
        menu.insertActions(before, [self.back_up_to_action, self.restore_action])
        menu.insertSeparator(before)
        self.status = BackupStatusWidget(backups, window)
        window.statusBar().addPermanentWidget(self.status)  # a message (e.g. the audit warning) must not hide it

    def back_up_to(self) -> None:
        folder = choose_folder(self._window)
        if folder is None:
            return
        self.task = run_in_background(lambda: self._backups.back_up_to(folder), label=_("Writing the backup…"),
                                      window=self._window, done=self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.status.refresh()
        show_notice(self._window, _("Back up to…"),
                    _("A verified copy of the database was written to {path}.").format(path=info.path))

    def open_restore_dialog(self) -> None:
        dialog = RestoreDialog(self._backups, self._window)
        dialog.restored.connect(self._restored)
        dialog.open()

    def _restored(self, saved: BackupInfo | None) -> None:
        self._on_restored()
        self.status.refresh()
        if saved is None:
            message = _("The backup was restored.")
        else:
            message = _("The backup was restored. The database as it was is kept as the backup {name}.").format(
                name=saved.path.name)
        show_notice(self._window, _("Restore from a backup"), message)
