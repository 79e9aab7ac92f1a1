"""Long work off the GUI thread (house style 19): the same core function, run in a QThreadPool.

The result comes back through a signal, so the slot runs on the GUI thread. A progress
dialog appears if the work lasts longer than ~200 ms; it offers Cancel only where
stopping is safe (the result is simply dropped, nothing half-written). A failure the user
can act on is explained as a refusal; any other is a bug and is reported, never dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.i18n import N_, _
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError
from gui.confirm import show_refusal
from gui.errors import report_unexpected_error

SHOW_PROGRESS_AFTER_MS = 200

#: Exception types, beyond the core's refusals, whose message is meant for the user (e.g. PrintError).
Refusals = tuple[type[BaseException], ...]
#: The words for a document (PDF, Word) that could not be written; ``{error}`` is the system's reason.
DOCUMENT_NOT_WRITTEN = N_("The document could not be written: {error}")
#: An export to a file the secretary chose: the likely cause is the file open in another program.
EXPORT_NOT_WRITTEN = N_(
    "The file could not be written: {error}\nIf it is open in another program, close it and try again."
)


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

    def __init__(self, work: Callable[[], Any], *, label: str, parent: QWidget, cancellable: bool = False,
                 quiet: bool = False) -> None:
        """*quiet* work (a check the user did not ask for) shows no progress dialog at all."""
        super().__init__(parent)
        self._work = work
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.is_cancelled = False
        self.is_running = False
        self.progress: QProgressDialog | None = None
        if quiet:
            return
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
        if self.progress is None:
            return
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


def failure_text(exc: object, *, refused: Refusals = (), write_error: str | None = None) -> str | None:
    """The words for a failure the user can act on, or ``None`` when it is a bug.

    Args:
        exc: what the work raised.
        refused: more exception types whose message is shown as it is.
        write_error: a translated template with ``{error}``, for an ``OSError`` (a file that could
            not be written); without it an ``OSError`` is a bug like any other.
    """
    if isinstance(exc, ValidationError):
        return exc.report.summary()
    if isinstance(exc, (RefusedError, NotFoundError, *refused)):
        return str(exc)
    if isinstance(exc, OSError) and write_error is not None:
        return write_error.format(error=exc.strerror or exc)
    return None


def show_failure(window: QWidget | None, exc: object, *, refused: Refusals = (), write_error: str | None = None,
                 show: Callable[[str], object] | None = None) -> None:
    """Explain *exc* in a refusal box over *window* (or through *show*, e.g. a banner), or report it as a bug."""
    text = failure_text(exc, refused=refused, write_error=write_error)
    if text is None:
        if isinstance(exc, BaseException):
            report_unexpected_error(type(exc), exc, exc.__traceback__)
    elif show is not None:
        show(text)
    else:
        show_refusal(window, text)


def run_in_background(work: Callable[[], Any], *, label: str, window: QWidget, done: Callable[[Any], object],
                      refused: Refusals = (), write_error: str | None = None) -> BackgroundTask:
    """Start *work* off the GUI thread; *done(result)* follows, or the failure is shown over *window*."""
    task = BackgroundTask(work, label=label, parent=window)
    task.finished.connect(done)
    # Weakly: a slot holding *window* would keep a Python-owned window alive through its own child,
    # and deleting the task would then delete the window, and the task again with it.
    window_ref = weakref.ref(window)
    task.failed.connect(lambda exc: show_failure(window_ref(), exc, refused=refused, write_error=write_error))
    task.start()
    return task
