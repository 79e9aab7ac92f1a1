"""A screen's action buttons: Enter in a field never presses them, and the slot gets no arguments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from gui.widgets.buttons import action_button


def test_the_slot_is_called_without_the_checked_flag(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls: list[tuple[object, ...]] = []
    button = action_button(dialog, "&Delete", lambda *args: calls.append(args), tip="Delete the selected row")
    button.click()
    assert calls == [()]
    assert button.toolTip() == "Delete the selected row" and not button.autoDefault()
    assert action_button(dialog, "Add", lambda: None).toolTip() == ""


def _dialog_with_a_field(qtbot: QtBot, pressed: list[str], *, with_ok: bool) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    edit = QLineEdit(dialog)
    layout.addWidget(edit)
    layout.addWidget(action_button(dialog, "&Delete", lambda: pressed.append("delete")))
    if with_ok:
        ok = QPushButton("OK", dialog)
        ok.setDefault(True)
        ok.clicked.connect(dialog.accept)
        layout.addWidget(ok)
    dialog.show()
    edit.setFocus()
    return dialog, edit


def test_enter_in_a_field_never_presses_a_side_button(qtbot: QtBot) -> None:
    pressed: list[str] = []
    _dialog, edit = _dialog_with_a_field(qtbot, pressed, with_ok=False)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # an auto-default button would be the dialog's default here
    assert pressed == []


def test_enter_in_a_field_keeps_to_the_dialogs_default_button(qtbot: QtBot) -> None:
    pressed: list[str] = []
    dialog, edit = _dialog_with_a_field(qtbot, pressed, with_ok=True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pressed == [] and dialog.result() == QDialog.DialogCode.Accepted
