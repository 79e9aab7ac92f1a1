"""The status bar's word on backups: the newest one's age, and a warning when no copy left the PC.

A warning in the status bar rather than a dialog: the office should see it every day without
being stopped by it (reliability.md R5).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core.backups import BackupPort, external_copy_warning, status_text

#: The age shown is in minutes at the finest, so a refresh a minute is enough.
REFRESH_MS = 60_000
WARNING_STYLE = "QLabel { color: #a61b1b; font-weight: bold; }"


class BackupStatusWidget(QWidget):
    """Two labels: ``age_label`` (always) and ``warning_label`` (shown while a copy is overdue)."""

    def __init__(self, backups: BackupPort, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._backups = backups
        self._clock = clock
        self.age_label = QLabel(self)
        self.age_label.setObjectName("backup_age_label")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("backup_warning_label")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.age_label)
        layout.addWidget(self.warning_label)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    def refresh(self) -> None:
        """Read the backups folder again (after a backup, a restore, or once a minute)."""
        status = self._backups.status()
        now = self._clock()
        self.age_label.setText(status_text(status, now))
        warning = external_copy_warning(status, now)
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(warning is not None)
