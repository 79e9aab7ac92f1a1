"""Shows a validation report beside the widgets, matched by ``issue.field``."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.validation import Severity, ValidationIssue, ValidationReport
from gui.widgets.field_message import ERROR_COLOUR, WARNING_COLOUR, FieldMessage


def field_with_message(widget: QWidget) -> tuple[QWidget, FieldMessage]:
    """The widget with its message label under it, as one QFormLayout field."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    message = FieldMessage(box)
    layout.addWidget(message)
    return box, message


class IssueBinder:
    """Entity field name → (widget, message); issues for fields without a widget go to *general*."""

    def __init__(self, general: FieldMessage) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, FieldMessage]] = {}

    def bind(self, field: str, widget: QWidget) -> QWidget:
        """Register *widget* for *field*; returns the container to put in the layout."""
        box, message = field_with_message(widget)
        box.setObjectName(f"{field}_field")
        message.setObjectName(f"{field}_message")
        self._fields[field] = (widget, message)
        return box

    def message_for(self, field: str) -> FieldMessage:
        return self._fields[field][1]

    def clear(self) -> None:
        self._general.clear_message()
        for widget, message in self._fields.values():
            message.clear_message()
            widget.setStyleSheet("")

    def show(self, report: ValidationReport, *, focus: bool = True) -> None:
        """Messages beside their fields; *focus* moves to the first field in error (off while typing)."""
        self.clear()
        general: list[ValidationIssue] = []
        first_error: QWidget | None = None
        for field in dict.fromkeys(i.field for i in report.issues):
            issues = report.for_field(field)
            if field not in self._fields:
                general.extend(issues)
                continue
            widget, message = self._fields[field]
            message.show_issues(issues)
            is_error = message.severity is Severity.ERROR
            _mark(widget, ERROR_COLOUR if is_error else WARNING_COLOUR)
            if is_error and first_error is None:
                first_error = widget
        self._general.show_issues(general)
        if focus and first_error is not None:
            first_error.setFocus()


def _mark(widget: QWidget, colour: str) -> None:
    """A coloured frame on the widget itself, so the eye finds the field as well as the text."""
    name = widget.objectName() or "field"
    widget.setStyleSheet(f"#{name} {{ border: 1px solid {colour}; border-radius: 3px; }}")
