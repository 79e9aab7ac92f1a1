"""The year and month choosers the sections filter by, alike everywhere (object names included)."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

from gui.leave_labels import month_name
from gui.widgets.choice_combo import ChoiceCombo

FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years the office's records can hold


def year_spin(parent: QWidget, year: int) -> QSpinBox:
    """A year box named ``year_spin``, the name tests and saved layouts look for."""
    spin = QSpinBox(parent)
    spin.setObjectName("year_spin")
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    spin.setValue(year)
    return spin


def month_combo(parent: QWidget, month: int) -> ChoiceCombo:
    """The twelve months by their Mongolian names, ``month`` chosen."""
    combo = ChoiceCombo(parent)
    combo.setObjectName("month_combo")
    combo.set_choices((month_name(m), m) for m in range(1, 13))
    combo.set_value(month)
    return combo
