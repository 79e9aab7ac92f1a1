"""A combo box whose items carry values: employees, units, enum members, or "none"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from core.entities import Department, Employee
from core.names import employee_sort_key, full_name


class ChoiceCombo(QComboBox):
    """``value()`` is the Python value of the chosen item; ``set_value`` picks an item by value.

    Values stay in a Python list beside the items: Qt's item data would turn a StrEnum member
    into a plain string.
    """

    def __init__(self, parent: QWidget | None = None, *, none_text: str | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._values: list[Any] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        if none_text is not None:
            self.add_choice(none_text, None)

    def add_choice(self, text: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(text)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the items with (text, value) pairs, keeping the current value when it still exists."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._none_text is not None:
            self.add_choice(self._none_text, None)
        for text, value in choices:
            self.add_choice(text, value)
        self.blockSignals(False)
        self.set_value(current)

    def set_employees(self, employees: Iterable[Employee]) -> None:
        ordered = sorted((e for e in employees if e.id is not None), key=employee_sort_key)
        self.set_choices((full_name(e), e.id) for e in ordered)

    def set_units(self, units: Sequence[Department]) -> None:
        """*units* ordered parents first (``services.list_departments``); children are indented."""
        depth: dict[int | None, int] = {None: -1}
        choices = []
        for unit in units:
            level = depth.get(unit.parent_id, -1) + 1
            depth[unit.id] = level
            choices.append(("    " * level + unit.name, unit.id))
        self.set_choices(choices)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        for index, candidate in enumerate(self._values):
            if candidate == value:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0 if self.count() else -1)
