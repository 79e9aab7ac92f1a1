"""The lines an import could not place, kept in front of the user until they say they dealt with them.

The importer never guesses silently: what it could not put in a field is listed here, can
be copied into the right place, and the draft is not saved until the box is ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _, ngettext
from gui.views import heading
from gui.widgets.buttons import action_button
from gui.widgets.field_message import WARNING_COLOUR


class UnplacedLinesPanel(QFrame):
    """``acknowledged()`` is ``True`` once the user ticked the box (or there is nothing to show)."""

    acknowledged_changed = Signal(bool)

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unplaced_panel")
        self.setStyleSheet(f"#unplaced_panel {{ border: 2px solid {WARNING_COLOUR}; border-radius: 4px; }}")
        self._lines = tuple(lines)
        title = ngettext("{count} line from the file could not be placed",
                         "{count} lines from the file could not be placed", len(lines)).format(count=len(lines))
        self.title_label = heading(title, self)
        self.title_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        explanation = QLabel(_("They are not in the description yet. Copy each into the field where it belongs, "
                               "or leave it out on purpose; then tick the box below. Nothing else was dropped."),
                             self)
        explanation.setWordWrap(True)
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("unplaced_list")
        self.list_widget.setWordWrap(True)
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_widget.addItems(list(lines))
        self.list_widget.setMaximumHeight(self.list_widget.fontMetrics().height() * 6 + 16)
        self.copy_button = action_button(self, _("Copy selected lines"), self.copy_selected)
        self.done_check = QCheckBox(_("I have placed or deliberately left out these lines"), self)
        self.done_check.setObjectName("unplaced_done_check")
        self.done_check.toggled.connect(self.acknowledged_changed)
        row = QHBoxLayout()
        row.addWidget(self.done_check, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(explanation)
        layout.addWidget(self.list_widget)
        layout.addLayout(row)

    def lines(self) -> tuple[str, ...]:
        return self._lines

    def acknowledged(self) -> bool:
        return not self._lines or self.done_check.isChecked()

    def copy_selected(self) -> None:
        """The selected lines (all of them when none is selected) to the clipboard, one per line."""
        items = self.list_widget.selectedItems()
        texts = [item.text() for item in items] if items else list(self._lines)
        QGuiApplication.clipboard().setText("\n".join(texts))
