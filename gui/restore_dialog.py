"""File › Restore from a backup…: the backups kept, and restoring the one chosen.

Restoring replaces the office's records with an older state, so it asks once more, saying
that the current file is backed up first. The database is closed, swapped and reopened by
the port (``core.backups.BackupPort.restore``); no background work may hold it meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.backups import BackupInfo, BackupPort
from core.i18n import _
from gui.backup_model import BackupTableModel
from gui.tasks import show_failure


def confirm_restore(parent: QWidget, backup: BackupInfo) -> bool:
    """The last question before a restore; the seam tests patch."""
    answer = QMessageBox.question(
        parent, _("Restore from a backup"),
        _("Replace the database with the backup made on {date}? Everything entered since then will no longer "
          "be shown. The current file is backed up first, so this can be undone by restoring that backup.").format(
            date=backup.made_at.strftime("%Y-%m-%d %H:%M")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists the backups; ``restored(saved)`` follows a restore, *saved* being the copy of the replaced file."""

    restored = Signal(object)

    def __init__(self, backups: BackupPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.setWindowTitle(_("Restore from a backup"))
        self.resize(620, 420)
        self.model = BackupTableModel(self)
        self.model.set_items(backups.list_backups())
        self.table = QTableView(self)
        self.table.setObjectName("backup_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(_("Restore"), self)
        self.restore_button.setObjectName("restore_button")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Backups are made when Tamga starts on a new day, when it closes, and before "
                                  "every upgrade or restore. Choose the one to go back to."), self))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not confirm_restore(self, backup):
            return
        QThreadPool.globalInstance().waitForDone()  # no export may still be reading the file being replaced
        try:
            saved = self._backups.restore(backup.path)
        except Exception as error:
            show_failure(self, error)
            return
        self.restored.emit(saved)
        self.accept()
