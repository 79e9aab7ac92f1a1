"""Turn a whole form to reading: texts stay selectable and copyable, nothing can be changed.

Text fields become read-only rather than disabled, so an approved description is as easy to
read and copy from as a draft; composite editors switch their own buttons and rows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QLineEdit, QPlainTextEdit, QWidget


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Every editing widget under *root*; widgets with their own ``set_read_only`` are asked to do it."""
    for widget in root.findChildren(QWidget):
        own = getattr(widget, "set_read_only", None)
        if callable(own):
            own(read_only)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QCheckBox):
            widget.setEnabled(not read_only)
