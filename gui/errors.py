"""Last line of defence: an unexpected error is logged and explained, not a silent crash."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from core.i18n import N_, _

log = logging.getLogger("tamga.gui")

FRIENDLY_MESSAGE = N_(
    "Something went wrong and this action was not completed. "
    "Your saved records are safe. If it happens again, tell the person who looks after "
    "this computer; the details are in the log.\n\n{details}"
)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def report_unexpected_error(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback and tell the user in plain words; the app keeps running."""
    log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        return
    box_parent = QApplication.activeWindow()
    details = f"{exc_type.__name__}: {exc}"
    QMessageBox.critical(box_parent, _("Unexpected error"), _(FRIENDLY_MESSAGE).format(details=details))


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        report_unexpected_error(exc_type, exc, tb)
    except Exception:  # the reporter itself failed: fall back to the interpreter's printout
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (including those in Qt slots) to a message box; returns the old hook."""
    previous = sys.excepthook
    sys.excepthook = _hook
    return previous
