"""Small choices before an editor opens: which position, and which version to start from.

``choose_position`` and ``choose_copy`` are the seams tests replace; each returns ``None``
when the user cancels.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from core.i18n import _
from gui.widgets.choice_combo import ChoiceCombo

Choices = Sequence[tuple[str, int]]


class ChoiceDialog(QDialog):
    """One or more labelled combo boxes with OK / Cancel."""

    def __init__(self, title: str, explanation: str, rows: Sequence[tuple[str, Choices, int | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combos: list[ChoiceCombo] = []
        form = QFormLayout()
        for label, choices, selected in rows:
            combo = ChoiceCombo(self)
            combo.setMinimumContentsLength(48)
            combo.set_choices(choices)
            if selected is not None:
                combo.set_value(selected)
            self.combos.append(combo)
            form.addRow(label, combo)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(all(c.count() for c in self.combos))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> list[int | None]:
        return [combo.value() for combo in self.combos]


def choose_position(parent: QWidget, title: str, explanation: str, choices: Choices,
                    selected: int | None) -> int | None:
    dialog = ChoiceDialog(title, explanation, [(_("Position"), choices, selected)], parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = dialog.values()[0]
    return value if isinstance(value, int) else None


def choose_copy(parent: QWidget, sources: Choices, targets: Choices, source: int | None,
                target: int | None) -> tuple[int, int] | None:
    """(the version to copy, the position the new draft is for)."""
    dialog = ChoiceDialog(
        _("Start from another position's description"),
        _("The new draft copies the chosen version's functions, requirements and relations. Its grounds, dates "
          "and decisions start empty, and section I takes the new position's unit, title and class."),
        [(_("Copy from"), sources, source), (_("New draft for"), targets, target)], parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen_source, chosen_target = dialog.values()
    if isinstance(chosen_source, int) and isinstance(chosen_target, int):
        return chosen_source, chosen_target
    return None
