"""The questions the job description screens ask, in one place so tests can answer them."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import _

UnsavedAnswer = Literal["save", "discard", "cancel"]


def confirm_approve(parent: QWidget, label: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _("Approve"),
        _("Approve “{what}”? An approved version cannot be changed any more; later changes make a new "
          "version.").format(what=label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved_changes(parent: QWidget) -> UnsavedAnswer:
    """Save, discard, or go back to the editor."""
    box = QMessageBox(QMessageBox.Icon.Question, _("Unsaved changes"),
                      _("The job description has changes that are not saved. Save them as a draft?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"
