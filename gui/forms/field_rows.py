"""One place for "a field's message appears beside it and Tab walks the fields in order"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from gui.forms.issues import IssueBinder
from gui.widgets.field_message import FieldMessage


def add_field_rows(form: QFormLayout, issues: IssueBinder, rows: Sequence[tuple[str, str, QWidget]]) -> list[QWidget]:
    """Adds (label, field, widget) rows, each bound to its field; returns the widgets in order, for Tab."""
    for label, field, widget in rows:
        form.addRow(label, issues.bind(field, widget))
    return [widget for _label, _field, widget in rows]


def message_over_form(widget: QWidget, message: FieldMessage, form: QFormLayout, *,
                      margins: bool = False, stretch: bool = True) -> QVBoxLayout:
    """The form's general message above its rows, as *widget*'s layout; *stretch* keeps the rows at the top."""
    layout = QVBoxLayout(widget)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(message)
    layout.addLayout(form)
    if stretch:
        layout.addStretch(1)
    return layout
