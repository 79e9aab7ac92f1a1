"""The main window's reminder of section-7 deadlines coming up, with the contracts still behind.

Computed beside the first screen (the working calendar and the employee list take a moment
on a large office) and again when contracts or employees change; a click opens the section.
"""

from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import DeadlineState
from gui.performance_model import MISSING_TEXTS
from gui.tasks import BackgroundTask


def when_text(state: DeadlineState, today: date) -> str:
    dated = state.deadline
    if dated.is_window and dated.is_open(today):
        return _("open until {date}").format(date=dated.due_on.isoformat())
    days = dated.days_left(today)
    return _("today") if days == 0 else _("in {days} days").format(days=days)


def reminder_line(state: DeadlineState, today: date) -> str:
    """ "7.1: 2026-12-20 — 12 contracts not yet concluded (in 5 days)"."""
    dated = state.deadline
    step = dated.step
    what = _(MISSING_TEXTS[step]).format(count=state.missing) if step is not None else dated.deadline.what
    line = _("{clause}: {date} — {what} ({when})").format(
        clause=dated.clause, date=dated.due_on.isoformat(), what=what, when=when_text(state, today)
    )
    return line if state.working_day else _("{line}, not a working day").format(line=line)


def reminder_lines(states: list[DeadlineState], today: date) -> list[str]:
    """The nearest deadlines first; a step every contract has already reached is left out."""
    return [reminder_line(s, today) for s in states if s.missing is None or s.missing > 0]


def reminder_text(states: list[DeadlineState], today: date) -> str:
    """The nearest deadline, and how many more follow (the status bar has room for one; the tip lists all)."""
    lines = reminder_lines(states, today)
    if len(lines) <= 1:
        return "".join(lines)
    return _("{line} (and {count} more)").format(line=lines[0], count=len(lines) - 1)


class DeadlineReminder(QLabel):
    """A status-bar strip; empty (hidden) when nothing of section 7 is due within the office's reminder horizon."""

    open_requested = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadline_reminder")
        self._uow_factory = uow_factory
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        self.hide()

    def refresh(self) -> BackgroundTask:
        """Recompute off the GUI thread; the text changes when the answer comes (the task then deletes itself)."""
        today, uow_factory = date.today(), self._uow_factory
        task = BackgroundTask(
            lambda: services.upcoming_deadlines(uow_factory(), today), label="", parent=self, quiet=True
        )
        # Weakly, as in ``run_in_background``: a slot holding the strip would let the task's deletion delete it.
        strip = weakref.ref(self)

        def deliver(states: object) -> None:
            alive = strip()
            if alive is not None:
                alive.show_states(states, today)

        task.finished.connect(deliver)
        task.start()
        return task

    def show_states(self, states: object, today: date) -> None:
        states = states if isinstance(states, list) else []
        text = reminder_text(states, today)
        self.setText(text)
        lines = reminder_lines(states, today)
        self.setToolTip("\n".join([_("Performance contracts: click to open the section"), *lines]))
        self.setVisible(bool(text))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit()
        super().mouseReleaseEvent(event)
