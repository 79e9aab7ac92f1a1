"""The message shown beside a form field: red for errors, amber for warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from core.validation import Severity, ValidationIssue

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"


class FieldMessage(QLabel):
    """Hidden while empty, so a valid form stays compact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("field_message")
        self.severity: Severity | None = None
        self.hide()

    def show_issues(self, issues: Sequence[ValidationIssue]) -> None:
        if not issues:
            self.clear_message()
            return
        is_error = any(i.severity is Severity.ERROR for i in issues)
        self.severity = Severity.ERROR if is_error else Severity.WARNING
        colour = ERROR_COLOUR if is_error else WARNING_COLOUR
        self.setStyleSheet(f"color: {colour};")
        self.setText("\n".join(i.message for i in issues))
        self.show()

    def show_text(self, text: str, severity: Severity = Severity.ERROR) -> None:
        self.show_issues([ValidationIssue("", "", text, severity)])

    def clear_message(self) -> None:
        self.severity = None
        self.setText("")
        self.hide()
