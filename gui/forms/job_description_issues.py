"""Routing a description's issues (``general.effective_on``, ``objectives.2.functions.0``) to widgets.

Each section places what it knows and hands back the rest, so an issue no widget claims is
still shown (in the form's general message) rather than lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QWidget

from core.validation import Severity, ValidationIssue
from gui.forms.issues import field_with_message
from gui.widgets.field_message import ERROR_COLOUR, WARNING_COLOUR, FieldMessage


def under(issues: Iterable[ValidationIssue], prefix: str) -> tuple[dict[str, list[ValidationIssue]],
                                                                    list[ValidationIssue]]:
    """Issues at or below *prefix* keyed by the rest of their path ("" for *prefix* itself), and the others."""
    found: dict[str, list[ValidationIssue]] = {}
    rest: list[ValidationIssue] = []
    for issue in issues:
        if issue.field == prefix:
            found.setdefault("", []).append(issue)
        elif issue.field.startswith(prefix + "."):
            found.setdefault(issue.field[len(prefix) + 1:], []).append(issue)
        else:
            rest.append(issue)
    return found, rest


def by_index(found: dict[str, list[ValidationIssue]]) -> tuple[list[ValidationIssue],
                                                               dict[int, list[ValidationIssue]]]:
    """Split a list's issues into those about the whole list and those about its n-th entry."""
    whole: list[ValidationIssue] = []
    entries: dict[int, list[ValidationIssue]] = {}
    for path, issues in found.items():
        head = path.split(".", 1)[0]
        if head.isdigit():
            entries.setdefault(int(head), []).extend(issues)
        else:
            whole.extend(issues)
    return whole, entries


def worst(issues: Sequence[ValidationIssue]) -> Severity | None:
    if not issues:
        return None
    return Severity.ERROR if any(i.severity is Severity.ERROR for i in issues) else Severity.WARNING


class FieldBinder:
    """Exact field path → (widget, message under it); ``show`` returns the issues of other fields."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, FieldMessage]] = {}
        self._marks: dict[str, str] = {}  # restyling costs a re-polish: only when a mark changes

    def bind(self, field: str, widget: QWidget) -> QWidget:
        """Register *widget* for *field*; returns the container to put in the layout."""
        box, message = field_with_message(widget)
        message.setObjectName(f"{field}_message")
        self._fields[field] = (widget, message)
        return box

    def message_for(self, field: str) -> FieldMessage:
        return self._fields[field][1]

    def show(self, issues: Sequence[ValidationIssue]) -> list[ValidationIssue]:
        rest: list[ValidationIssue] = []
        placed: dict[str, list[ValidationIssue]] = {}
        for issue in issues:
            if issue.field in self._fields:
                placed.setdefault(issue.field, []).append(issue)
            else:
                rest.append(issue)
        for field, (widget, message) in self._fields.items():
            found = placed.get(field, [])
            message.show_issues(found)
            severity = worst(found)
            colour = "" if severity is None else ERROR_COLOUR if severity is Severity.ERROR else WARNING_COLOUR
            if self._marks.get(field, "") != colour:
                self._marks[field] = colour
                name = widget.objectName() or "field"
                widget.setStyleSheet(f"#{name} {{ border: 1px solid {colour}; border-radius: 3px; }}" if colour else "")
        return rest

    def first_error_widget(self) -> QWidget | None:
        for widget, message in self._fields.values():
            if message.severity is Severity.ERROR:
                return widget
        return None
