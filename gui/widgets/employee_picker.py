"""Pick an employee by typing part of the name: an editable combo with a "contains" completer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from core.entities import EmployeeListItem
from core.i18n import _
from core.names import employee_sort_key, full_name


def employee_text(item: EmployeeListItem) -> str:
    """ "Чулуун Тамираа — Ахлах мэргэжилтэн": the name, then the post, so namesakes differ."""
    name = full_name(item.employee)
    return f"{name} — {item.position_title}" if item.position_title else name


class EmployeePicker(QComboBox):
    """``value()`` is the chosen employee's id, or ``None`` while the text names nobody."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(34)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)  # Cyrillic folds too, Ө/Ү included
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(_("Type part of the name…"))
        line.setClearButtonEnabled(True)
        self._last: int | None = None
        self.currentTextChanged.connect(self._on_text)

    def set_employees(self, items: Sequence[EmployeeListItem]) -> None:
        """Offer *items* in Mongolian name order, keeping the chosen employee when still offered."""
        chosen = self.value()
        ordered = sorted((i for i in items if i.employee.id is not None), key=lambda i: employee_sort_key(i.employee))
        self.blockSignals(True)
        self.clear()
        self._ids = []
        for item in ordered:
            assert item.employee.id is not None
            self.addItem(employee_text(item))
            self._ids.append(item.employee.id)
        self.blockSignals(False)
        self.set_value(chosen)

    def value(self) -> int | None:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_value(self, employee_id: int | None) -> None:
        index = self._ids.index(employee_id) if employee_id in self._ids else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._on_text()

    def _on_text(self, _text: str = "") -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.value_changed.emit()
