"""The line-by-line list editor (grounds, skills, other parties): keyboard editing and issue marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.validation import Severity, ValidationIssue
from gui.widgets.field_message import WARNING_COLOUR
from gui.widgets.line_list_editor import LineListEditor
from gui.widgets.table_rows_editor import TableRowsEditor

CTRL = Qt.KeyboardModifier.ControlModifier
LINES = ("Иргэн, хуулийн этгээд;", "Төрийн байгууллага;", "Аймгийн Засаг дарга.")


@pytest.fixture
def editor(qtbot: QtBot) -> LineListEditor:
    editor = LineListEditor()
    qtbot.addWidget(editor)
    editor.set_lines(LINES)
    editor.show()
    return editor


def test_lines_round_trip_and_set_lines_is_no_edit(qtbot: QtBot, editor: LineListEditor) -> None:
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_lines(LINES)
    assert editor.lines() == LINES


def test_keyboard_moves_adds_and_removes(qtbot: QtBot, editor: LineListEditor) -> None:
    view = editor.list_widget
    view.setCurrentRow(0)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    assert editor.lines() == (LINES[1], LINES[0], LINES[2])
    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert editor.lines() == LINES
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editor.lines() == LINES[1:]
    editor.add_line("Шинэ мөр")
    assert editor.lines() == (LINES[1], "Шинэ мөр", LINES[2])


def test_a_blank_row_is_no_entry_and_issues_count_filled_rows(editor: LineListEditor) -> None:
    editor.list_widget.setCurrentRow(0)
    editor.add_line()  # a blank row after the first, left empty
    assert len(editor.lines()) == 3 and editor.list_widget.count() == 4
    issue = ValidationIssue("relations.other_parties.1", "too_long", "Хэт урт.", Severity.WARNING)
    editor.show_issues((), {1: [issue]})  # core's second entry is the list's third row
    marked = editor.list_widget.item(2)
    assert marked.foreground().color().name() == WARNING_COLOUR
    assert "Хэт урт." in marked.toolTip() and "Хэт урт." in editor.message.text()
    editor.show_issues((), {})
    assert not editor.message.isVisible()


def test_read_only_refuses_edits(qtbot: QtBot, editor: LineListEditor) -> None:
    editor.set_read_only(True)
    editor.list_widget.setCurrentRow(0)
    qtbot.keyClick(editor.list_widget, Qt.Key.Key_Delete)
    assert editor.lines() == LINES
    assert not editor.add_button.isEnabled() and not editor.remove_button.isEnabled()
    assert not editor.list_widget.item(0).flags() & Qt.ItemFlag.ItemIsEditable


def test_table_rows_keep_their_column_types(qtbot: QtBot) -> None:
    table = TableRowsEditor(["Албан тушаал", "Тоо"], ("", 1))
    qtbot.addWidget(table)
    table.set_rows([("Гаалийн улсын байцаагч", 20)])
    with qtbot.waitSignal(table.changed):
        table.add_row()
    assert table.rows() == [("Гаалийн улсын байцаагч", 20), ("", 1)]
    table.table.setCurrentCell(0, 0)
    table.remove_current()
    assert table.rows() == [("", 1)]
