"""Slow first imports done in the background, soon after start-up, so no click pays for them.

The holidays calendar costs 0.65 s the first time a leave is counted (the ``holidays``
package and its Mongolian names), and reportlab 0.7 s at the first preview or print. Both
run in the thread pool a moment after the window is up, so start-up itself is not slowed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

from core.leave.calendar import public_holidays

WARM_UP_AFTER_MS = 1500


class _WarmUp(QRunnable):
    def run(self) -> None:
        year = date.today().year
        for wanted in (year, year + 1):
            public_holidays(wanted)
        import core.documents.leave_slip  # noqa: F401 - reportlab and the fonts module, imported once


def warm_up_later(parent: QObject, delay_ms: int = WARM_UP_AFTER_MS) -> QTimer:
    """Start the warm-up *delay_ms* after the event loop runs (a quit before then skips it)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: QThreadPool.globalInstance().start(_WarmUp()))
    timer.start(delay_ms)
    return timer
