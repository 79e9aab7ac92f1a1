"""The main window: the open database is always shown, sections reload on app-level signals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from gui.import_dialog import ImportDialog
from gui.main_window import SECTION_TITLES, MainWindow
from gui.settings import GuiSettings
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

DB = "C:/Users/Нарийн бичиг/AppData/Roaming/Tamga/tamga.sqlite3"


@pytest.fixture
def window(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path) -> MainWindow:
    window = MainWindow(uow_factory=uow, database_label=DB, settings=GuiSettings(tmp_path / "ui.ini"),
                        language="mn", version="1.2.3")
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_shows_the_open_database(window: MainWindow) -> None:
    assert window.database_label.text() == _("Database: {path}").format(path=DB)
    assert window.database_label.isVisible()
    assert window.statusBar().isAncestorOf(window.database_label)


def test_sections_are_listed_and_switch(window: MainWindow) -> None:
    texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert texts == [_(t) for t in SECTION_TITLES]
    assert window.stack.currentWidget() is window.employee_list
    window.show_section(SECTION_TITLES.index("Job descriptions"))
    assert window.stack.currentWidget() is window.job_description_page
    window.show_section(SECTION_TITLES.index("Acting officials"))
    assert window.stack.currentWidget() is window.acting_page
    assert window.windowTitle() == _("Tamga — HR records")


def test_employees_changed_reloads_every_list(window: MainWindow, uow: FakeUnitOfWork) -> None:
    services.save_employee(uow, employee(given_name="Үүрээ", patronymic="Батаа"))
    assert window.employee_list.model.total() == 3
    window.employees_changed.emit()
    assert window.employee_list.model.total() == 4
    window.show_section(SECTION_TITLES.index("Office settings"))  # hidden sections reload when shown
    chief_combo = window.settings_page.form.chief_employee_combo
    assert chief_combo.count() == 5  # "not chosen" and four people


def test_structure_changed_reaches_the_employee_filters(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.employee_list.department_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [_("All units"), "Хууль, эрх зүйн хэлтэс",
                                                                 _("No unit")]
    window.show_section(SECTION_TITLES.index("Units & positions"))
    dialog = window.structure_page.open_new_unit()
    dialog.department_form.name_edit.setText("Цэргийн штаб")
    with qtbot.waitSignal(window.structure_changed):
        dialog.accept()
    window.show_section(0)
    assert [combo.itemText(i) for i in range(combo.count())] == [_("All units"), "Хууль, эрх зүйн хэлтэс",
                                                                 "Цэргийн штаб", _("No unit")]


def test_saving_from_the_list_announces_the_change(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.employee_list.open_new()
    dialog.employee_form.populate(employee(given_name="Анужин", patronymic="Бат"))
    with qtbot.waitSignal(window.employees_changed):
        dialog.accept()
    window.show_section(SECTION_TITLES.index("Acting officials"))
    assert window.acting_page.signatory_panel.chief_name_label.text() == "Д.Батбаяр"


def test_only_the_visible_section_loads_the_employees(window: MainWindow, uow: FakeUnitOfWork,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With 10,000 employees each load costs a quarter second: hidden sections wait until shown."""
    calls: list[int] = []
    original = services.list_employee_items
    monkeypatch.setattr(services, "list_employee_items", lambda u: calls.append(1) or original(u))
    window.employees_changed.emit()
    assert len(calls) == 1  # the employee list only
    window.show_section(SECTION_TITLES.index("Acting officials"))
    assert len(calls) == 2  # the acting officials' pickers, once shown
    window.show_section(SECTION_TITLES.index("Acting officials"))
    assert len(calls) == 2


def test_job_descriptions_follow_the_structure_and_announce_saves(qtbot: QtBot, window: MainWindow,
                                                                  uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    page = window.job_description_page
    assert _("Job descriptions") in [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert page.model.rowCount() == 0  # hidden: not loaded yet
    window.show_section(SECTION_TITLES.index("Job descriptions"))
    assert page.model.item(0, 0).text() == "Хууль, эрх зүйн хэлтэс"
    window.show_section(SECTION_TITLES.index("Units & positions"))
    services.save_position(uow, replace(office["head_post"], id=None, title="Ахлах мэргэжилтэн"))
    window.structure_changed.emit()
    window.show_section(SECTION_TITLES.index("Job descriptions"))
    legal = page.model.item(0, 0)
    assert [legal.child(row, 0).text() for row in range(legal.rowCount())] == [
        "Ахлах мэргэжилтэн (ТЗ-8)", "Хэлтсийн дарга (ТЗ-8)"]  # reloaded when the structure changed
    editor = page.open_editor(services.new_job_description(uow, office["head_post"].id))
    with qtbot.waitSignal(window.job_descriptions_changed):
        assert editor.save_draft() is not None
    editor.close()


def test_about_shows_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(args))
    window.about_action.trigger()
    [(_parent, title, text)] = shown
    assert title == _("About Tamga") and "1.2.3" in text


def test_import_menu_opens_the_import_dialog(window: MainWindow) -> None:
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_quit_closes_and_remembers_the_geometry(qtbot: QtBot, uow: FakeUnitOfWork, tmp_path: Path) -> None:
    settings = GuiSettings(tmp_path / "ui.ini")
    window = MainWindow(uow_factory=uow, database_label=DB, settings=settings, language="mn")
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 500)
    size = window.size()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    assert not window.isVisible()
    assert GuiSettings(tmp_path / "ui.ini").window_geometry is not None
    again = MainWindow(uow_factory=uow, database_label=DB, settings=GuiSettings(tmp_path / "ui.ini"), language="mn")
    qtbot.addWidget(again)
    # The offscreen screen is 800 px wide, so only the height survives unclamped.
    assert again.height() == size.height() == 500
