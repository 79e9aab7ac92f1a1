"""A list of one-line entries (grounds, skills, other parties) edited in place, one row per entry.

Blank rows are not entries: core drops them when it tidies a record, so ``lines()`` drops
them too and a validation issue's index ("…skills.leadership.3") counts only filled rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QKeyCombination, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _
from core.validation import Severity, ValidationIssue
from gui.widgets.buttons import action_button
from gui.widgets.field_message import ERROR_COLOUR, WARNING_COLOUR, FieldMessage

EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CTRL_UP = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Up)
CTRL_DOWN = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Down)


def is_blank(text: str) -> bool:
    return not text.strip()


class _LineList(QListWidget):
    """Insert adds, Delete removes, Ctrl+Up/Down move: the list is usable without the mouse."""

    def __init__(self, owner: LineListEditor, visible_rows: int) -> None:
        super().__init__(owner)
        self._owner = owner
        self._height = (self.fontMetrics().height() + 6) * visible_rows + 2 * self.frameWidth() + 4

    def sizeHint(self) -> QSize:
        """As tall as the rows asked for, not Qt's default: a form of several lists stays compact."""
        return QSize(super().sizeHint().width(), self._height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            action = self._owner.key_action(event.keyCombination())
            if action is not None:
                action()
                event.accept()
                return
        super().keyPressEvent(event)


class LineListEditor(QWidget):
    """``set_lines`` / ``lines``; ``changed`` fires on every edit by the user (not on ``set_lines``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, visible_rows: int = 4) -> None:
        super().__init__(parent)
        self._read_only = False
        self._loading = False
        self.list_widget = _LineList(self, visible_rows)
        self.list_widget.setWordWrap(True)
        self.list_widget.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_widget.setAlternatingRowColors(True)
        self.list_widget.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list_widget.setMinimumHeight(self.list_widget.sizeHint().height())
        self.list_widget.itemChanged.connect(self._on_item_changed)
        self.list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = action_button(self, _("Add"), self.add_line,
                                        tip=_("Add a line after the current one (Insert)"))
        self.remove_button = action_button(self, _("Remove"), self.remove_current,
                                           tip=_("Remove the current line (Delete)"))
        self.up_button = action_button(self, "↑", lambda: self.move_current(-1), tip=_("Move the line up (Ctrl+Up)"))
        self.down_button = action_button(self, "↓", lambda: self.move_current(1),
                                         tip=_("Move the line down (Ctrl+Down)"))
        self.message = FieldMessage(self)
        self._build_layout()
        self.setFocusProxy(self.list_widget)
        self._update_buttons()

    def _build_layout(self) -> None:
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list_widget, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def tab_widgets(self) -> list[QWidget]:
        return [self.list_widget, self.add_button, self.remove_button, self.up_button, self.down_button]

    # -- values ----------------------------------------------------------------------------------

    def set_lines(self, lines: Iterable[str]) -> None:
        self._loading = True
        self.list_widget.clear()
        for line in lines:
            self._new_item(line, self.list_widget.count())
        self._loading = False
        self._update_buttons()

    def lines(self) -> tuple[str, ...]:
        """The filled rows in order (a blank row is no entry)."""
        texts = (self.list_widget.item(row).text() for row in range(self.list_widget.count()))
        return tuple(text for text in texts if not is_blank(text))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._loading = True
        for row in range(self.list_widget.count()):
            self.list_widget.item(row).setFlags(READ_ONLY if read_only else EDITABLE)
        self._loading = False
        self._update_buttons()

    # -- editing ---------------------------------------------------------------------------------

    def key_action(self, keys: QKeyCombination) -> Callable[[], object] | None:
        if self._read_only:
            return None
        actions: dict[QKeyCombination, Callable[[], object]] = {
            QKeyCombination(Qt.Key.Key_Insert): self.add_line,
            QKeyCombination(Qt.Key.Key_Delete): self.remove_current,
            CTRL_UP: lambda: self.move_current(-1),
            CTRL_DOWN: lambda: self.move_current(1),
        }
        return actions.get(keys)

    def add_line(self, text: str = "") -> QListWidgetItem:
        """A new row after the current one, opened for typing."""
        row = self.list_widget.currentRow() + 1 if self.list_widget.currentRow() >= 0 else self.list_widget.count()
        item = self._new_item(text, row)
        self.list_widget.setCurrentItem(item)
        if not text:
            self.list_widget.editItem(item)
        self.changed.emit()
        return item

    def remove_current(self) -> None:
        row = self.list_widget.currentRow()
        if row < 0:
            return
        self.list_widget.takeItem(row)
        self._update_buttons()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list_widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list_widget.count():
            return
        self._loading = True
        item = self.list_widget.takeItem(row)
        self.list_widget.insertItem(target, item)
        self._loading = False
        self.list_widget.setCurrentRow(target)
        self.changed.emit()

    def _new_item(self, text: str, row: int) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(READ_ONLY if self._read_only else EDITABLE)
        was_loading, self._loading = self._loading, True
        self.list_widget.insertItem(row, item)
        self._loading = was_loading
        return item

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def _update_buttons(self) -> None:
        row, count = self.list_widget.currentRow(), self.list_widget.count()
        editable = not self._read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)

    # -- issues ----------------------------------------------------------------------------------

    def row_of_entry(self, entry: int) -> int | None:
        """The list row of the *entry*-th filled line (validation counts filled lines only)."""
        filled = [row for row in range(self.list_widget.count()) if not is_blank(self.list_widget.item(row).text())]
        return filled[entry] if 0 <= entry < len(filled) else None

    def show_issues(self, whole: Sequence[ValidationIssue], by_entry: Mapping[int, Sequence[ValidationIssue]]) -> None:
        """*whole* under the list; each entry's issues as its row's colour and tooltip, and under the list."""
        self._loading = True
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            item.setForeground(QBrush())
            item.setToolTip(item.text())
        shown = list(whole)
        for entry, issues in by_entry.items():
            found = self.row_of_entry(entry)
            if found is None:  # no such line on screen: still said, never dropped
                shown.extend(issues)
                continue
            row = found
            item = self.list_widget.item(row)
            is_error = any(i.severity is Severity.ERROR for i in issues)
            item.setForeground(QBrush(QColor(ERROR_COLOUR if is_error else WARNING_COLOUR)))
            item.setToolTip("\n".join([item.text(), *(i.message for i in issues)]))
            shown.extend(ValidationIssue(i.field, i.code, _("Line {number}: {message}").format(
                number=row + 1, message=i.message), i.severity) for i in issues)
        self._loading = False
        self.message.show_issues(shown)
