"""Explicit keyboard order through a form, composite fields included."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits *widgets* in order; a widget with ``tab_widgets()`` contributes its parts."""
    flat: list[QWidget] = []
    for widget in widgets:
        parts = getattr(widget, "tab_widgets", None)
        flat.extend(parts() if callable(parts) else [widget])
    for first, second in zip(flat, flat[1:], strict=False):
        QWidget.setTabOrder(first, second)
