"""Validation issues on the rows of section II's tree, and how a row and its cells show them.

Issues are kept by position (objective, function), as validation reports them; the next
check after a move puts them right again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from core.validation import Severity, ValidationIssue
from gui.job_description_moves import RowKey

ERROR_BACKGROUND = QColor("#fde7e7")
WARNING_BACKGROUND = QColor("#fdf3dc")

#: An issue with the part of the row it is about: "" (the text), "criterion" or "participation".
RowIssue = tuple[str, ValidationIssue]


def severity_of(issues: Sequence[ValidationIssue]) -> Severity | None:
    if not issues:
        return None
    return Severity.ERROR if any(i.severity is Severity.ERROR for i in issues) else Severity.WARNING


class RowMarks:
    """``set`` replaces every mark; ``icon`` marks a row, ``background`` the cell of the part at fault."""

    def __init__(self) -> None:
        self._issues: dict[RowKey, list[RowIssue]] = {}

    def set(self, issues: Mapping[RowKey, Sequence[RowIssue]]) -> None:
        self._issues = {key: list(found) for key, found in issues.items() if found}

    def clear(self) -> None:
        self._issues = {}

    def at(self, key: RowKey) -> list[RowIssue]:
        return list(self._issues.get(key, ()))

    def rows(self) -> list[RowKey]:
        """Marked rows in the tree's order (an objective before its functions)."""
        return sorted(self._issues, key=lambda k: (k[0], -1 if k[1] is None else k[1]))

    def messages(self, key: RowKey) -> list[str]:
        return [issue.message for _part, issue in self._issues.get(key, ())]

    def icon(self, key: RowKey) -> QIcon | None:
        severity = severity_of([issue for _part, issue in self._issues.get(key, ())])
        if severity is None:
            return None
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if severity is Severity.ERROR
                  else QStyle.StandardPixmap.SP_MessageBoxWarning)
        return QApplication.style().standardIcon(pixmap)

    def background(self, key: RowKey, part: str) -> QBrush | None:
        severity = severity_of([issue for found, issue in self._issues.get(key, ()) if found == part])
        if severity is None:
            return None
        return QBrush(ERROR_BACKGROUND if severity is Severity.ERROR else WARNING_BACKGROUND)
