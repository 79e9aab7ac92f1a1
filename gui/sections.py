"""Reload a section when it is on screen, or when it is next shown.

With 10,000 employees each section's employee list costs a quarter of a second; loading only
the visible one keeps start-up and every save quick, and a hidden section is never stale
once the secretary opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

Reload = Callable[[], None]


class SectionRefresher:
    """Wraps reload slots so that hidden sections defer them until they are shown."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._pending: dict[QWidget, list[Reload]] = {}
        stack.currentChanged.connect(self._run_pending)

    def defer(self, page: QWidget, reload: Reload) -> None:
        """Run *reload* when *page* is next shown (at once if it is showing)."""
        if self._stack.currentWidget() is page:
            reload()
            return
        pending = self._pending.setdefault(page, [])
        if reload not in pending:
            pending.append(reload)

    def slot(self, page: QWidget, reload: Reload) -> Reload:
        """A slot for a change signal: reloads *page* now or when it is shown."""
        return lambda: self.defer(page, reload)

    def _run_pending(self, index: int) -> None:
        page = self._stack.widget(index)
        for reload in self._pending.pop(page, []):
            reload()
