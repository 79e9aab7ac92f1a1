"""Long work off the GUI thread (house style 19): the same core function, run in a QThreadPool.

The result comes back through a signal, so the slot runs on the GUI thread. A progress
dialog appears if the work lasts longer than ~200 ms; it offers Cancel only where
stopping is safe (the result is simply dropped, nothing half-written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.i18n import _

SHOW_PROGRESS_AFTER_MS = 200


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which decides how to tell the user
            self._signals.failed.emit(exc)
            return
        self._signals.finished.emit(result)


class BackgroundTask(QObject):
    """``start()`` runs *work* in the thread pool; ``finished(result)`` / ``failed(exc)`` follow."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[[], Any], *, label: str, parent: QWidget, cancellable: bool = False) -> None:
        super().__init__(parent)
        self._work = work
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.is_cancelled = False
        self.is_running = False
        self.progress = QProgressDialog(label, _("Cancel") if cancellable else "", 0, 0, parent)
        self.progress.setWindowTitle(_("Please wait"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        if not cancellable:
            self.progress.setCancelButton(None)
        self.progress.canceled.connect(self._on_cancel)

    def start(self) -> None:
        self.is_running = True
        QThreadPool.globalInstance().start(_Runnable(self._work, self._signals))

    def _close_progress(self) -> None:
        self.is_running = False
        self.progress.canceled.disconnect(self._on_cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _on_cancel(self) -> None:
        self.is_cancelled = True
        self._close_progress()
        self.cancelled.emit()

    def _on_finished(self, result: object) -> None:
        if self.is_cancelled:
            return
        self._close_progress()
        self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: object) -> None:
        if self.is_cancelled:
            return
        self._close_progress()
        self.failed.emit(exc)
        self.deleteLater()
