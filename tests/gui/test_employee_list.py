"""The Employees screen: count, search, unit filter, and the dialogs it opens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import services
from core.entities import Department
from core.i18n import ngettext
from gui.employee_list import NO_UNIT, EmployeeListWidget
from gui.forms.employee_dialog import EmployeeDialog
from gui.forms.event_dialog import EventDialog
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork
from tests.gui.keys import type_text


@pytest.fixture
def screen(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> EmployeeListWidget:
    widget = EmployeeListWidget(uow)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def count_text(shown: int, total: int) -> str:
    return ngettext("{shown} of {total} employee", "{shown} of {total} employees", total).format(
        shown=shown, total=total)


def test_count_follows_the_search(qtbot: QtBot, screen: EmployeeListWidget) -> None:
    assert screen.count_label.text() == count_text(3, 3)
    type_text(qtbot, screen.search_edit, "өлзий")
    assert screen.count_label.text() == count_text(1, 3)
    assert screen.proxy.item_at(0).employee.given_name == "Өлзийбат"


def test_unit_filter_includes_sub_units_and_no_unit(screen: EmployeeListWidget, uow: FakeUnitOfWork,
                                                    office: dict[str, Any]) -> None:
    archive = services.save_department(uow, Department(name="Архивын тасаг", parent_id=office["legal"].id))
    screen.reload_units()
    screen.department_combo.set_value(office["legal"].id)
    assert screen.proxy.rowCount() == 1  # the head holds a position in Legal
    assert archive.id is not None
    screen.department_combo.set_value(NO_UNIT)
    assert screen.proxy.rowCount() == 2


def test_new_employee_is_saved_listed_and_announced(qtbot: QtBot, screen: EmployeeListWidget,
                                                    uow: FakeUnitOfWork) -> None:
    dialog = screen.open_new()
    assert isinstance(dialog, EmployeeDialog) and QApplication.activeModalWidget() is dialog
    person = employee(given_name="Үүрээ", patronymic="Батаа")
    dialog.employee_form.populate(person)
    with qtbot.waitSignal(screen.employees_changed):
        dialog.accept()
    assert screen.model.total() == 4
    assert screen.selected_item().employee.given_name == "Үүрээ"
    assert screen.count_label.text() == count_text(4, 4)


def test_enter_on_a_row_opens_the_employee(qtbot: QtBot, screen: EmployeeListWidget) -> None:
    screen.view.setFocus()
    screen.view.selectRow(0)
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EmployeeDialog)
    assert dialog.employee_form.read() == services.get_employee(screen._uow_factory(),
                                                                screen.selected_item().employee.id)
    dialog.reject()


def test_buttons_need_a_selection_and_open_their_dialogs(screen: EmployeeListWidget) -> None:
    screen.view.clearSelection()
    screen.view.setCurrentIndex(screen.proxy.index(-1, -1))
    assert not screen.event_button.isEnabled()
    screen.view.selectRow(1)
    assert screen.event_button.isEnabled() and screen.history_button.isEnabled()
    dialog = screen.open_event_dialog()
    assert isinstance(dialog, EventDialog)
    dialog.reject()
    history = screen.open_history()
    assert history is not None and history.tabs.currentWidget() is history.history_view
    history.reject()


def test_reload_keeps_the_selected_employee(screen: EmployeeListWidget, uow: FakeUnitOfWork) -> None:
    screen.view.selectRow(2)
    chosen = screen.selected_item().employee.id
    services.save_employee(uow, employee(given_name="Анужин", patronymic="Бат"))
    screen.reload()
    assert screen.selected_item().employee.id == chosen
