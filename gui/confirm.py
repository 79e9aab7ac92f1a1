"""The few questions and notices the screens ask, in one place so tests can patch them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import _


def confirm_delete(parent: QWidget, what: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _("Delete"),
        _("Delete “{what}”? This cannot be undone.").format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_refusal(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, _("Not possible"), message)


def show_notice(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)
