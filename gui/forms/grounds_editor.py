"""Section I's grounds for drafting: the template's grounds as tick boxes, any others as lines.

A ground that is not the template's wording (an office's own, or one read from Word) stays
a line of its own, exactly as written, instead of being forced onto the nearest box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from core.i18n import _
from core.job_description.entities import TEMPLATE_GROUNDS
from core.validation import ValidationIssue
from gui.forms.job_description_issues import by_index
from gui.widgets.field_message import FieldMessage
from gui.widgets.line_list_editor import LineListEditor


class GroundsEditor(QWidget):
    """``grounds()``: the ticked template grounds in the template's order, then the other lines."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grounds_editor")
        self.ground_checks: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for index, ground in enumerate(TEMPLATE_GROUNDS):
            check = QCheckBox(ground, self)
            check.setObjectName(f"ground_{index}_check")
            check.toggled.connect(lambda _on: self.changed.emit())
            self.ground_checks.append(check)
            layout.addWidget(check)
        layout.addWidget(QLabel(_("Other grounds, one per line:"), self))
        self.other_editor = LineListEditor(self, visible_rows=2)
        self.other_editor.setObjectName("other_grounds_editor")
        self.other_editor.changed.connect(self.changed)
        layout.addWidget(self.other_editor)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)

    def tab_widgets(self) -> list[QWidget]:
        return [*self.ground_checks, *self.other_editor.tab_widgets()]

    def set_grounds(self, grounds: Sequence[str]) -> None:
        self.blockSignals(True)
        for check, ground in zip(self.ground_checks, TEMPLATE_GROUNDS, strict=True):
            check.setChecked(ground in grounds)
        self.other_editor.set_lines(g for g in grounds if g not in TEMPLATE_GROUNDS)
        self.blockSignals(False)

    def grounds(self) -> tuple[str, ...]:
        ticked = tuple(g for check, g in zip(self.ground_checks, TEMPLATE_GROUNDS, strict=True) if check.isChecked())
        return ticked + self.other_editor.lines()

    def show_issues(self, found: dict[str, list[ValidationIssue]]) -> None:
        """*found* is keyed by the path after "general.grounds": "" for all of them, "3" for the fourth."""
        whole, entries = by_index(found)
        ticked = sum(check.isChecked() for check in self.ground_checks)
        for_ticked = [issue for entry, issues in entries.items() if entry < ticked for issue in issues]
        self.message.show_issues(whole + for_ticked)
        self.other_editor.show_issues((), {entry - ticked: issues for entry, issues in entries.items()
                                           if entry >= ticked})
