"""The push button every screen and dialog uses for its own actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def action_button(parent: QWidget, text: str, slot: Callable[[], object], *, tip: str = "") -> QPushButton:
    """A button that calls ``slot()`` with no arguments when clicked.

    Auto-default is off because Qt makes every push button inside a dialog auto-default: one
    that had focus becomes the default, and with no default Enter presses the next one in the
    focus chain. Enter typed in a field must never press a side button (Delete, Remove…);
    the dialog's own default button keeps Enter.
    The slot is wrapped so it never receives ``clicked``'s ``checked`` flag.
    """
    button = QPushButton(text, parent)
    if tip:
        button.setToolTip(tip)
    button.setAutoDefault(False)
    button.clicked.connect(lambda: slot())
    return button
