"""Office settings (database) and this computer's settings (QSettings ini)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from gui.settings import GuiSettings
from gui.settings_page import OfficeSettingsPage
from tests.fakes import FakeUnitOfWork
from tests.gui.keys import type_text


@pytest.fixture
def gui_settings(tmp_path: Path) -> GuiSettings:
    return GuiSettings(tmp_path / "tamga.ini")


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], gui_settings: GuiSettings) -> OfficeSettingsPage:
    page = OfficeSettingsPage(uow, gui_settings, "mn")
    qtbot.addWidget(page)
    return page


def test_settings_page_saves_the_office_settings(qtbot: QtBot, page: OfficeSettingsPage, uow: FakeUnitOfWork,
                                                 office: dict[str, Any]) -> None:
    form = page.form
    assert form.chief_employee_combo.value() == office["chief"].id
    form.city_edit.clear()
    type_text(qtbot, form.city_edit, "Эрдэнэбулган")
    form.superior_name_edit.setText("Б.Сүхбаатар")
    form.chief_employee_combo.set_value(office["head"].id)
    with qtbot.waitSignal(page.saved):
        page.save_button.click()
    saved = services.get_settings(uow)
    assert (saved.city, saved.superior_name, saved.chief_employee_id) == ("Эрдэнэбулган", "Б.Сүхбаатар",
                                                                          office["head"].id)
    assert page.status_label.text() == _("Saved.")


def test_settings_page_shows_issues_and_saves_nothing(page: OfficeSettingsPage, uow: FakeUnitOfWork) -> None:
    before = services.get_settings(uow)
    page.form.official_name_edit.clear()
    assert page.save() is False
    message = page.form.findChild(type(page.form.general_message), "official_name_message")
    assert not message.isHidden() and message.text() == _("This field is required.")
    assert services.get_settings(uow) == before


def test_language_is_stored_and_needs_a_restart(page: OfficeSettingsPage, gui_settings: GuiSettings,
                                                tmp_path: Path) -> None:
    assert page.language_combo.value() == "mn" and page.restart_label.isHidden()
    page.language_combo.set_value("en")
    assert not page.restart_label.isHidden()
    assert page.save()
    assert GuiSettings(tmp_path / "tamga.ini").language == "en"


def test_gui_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    settings = GuiSettings(path)
    assert settings.language == "mn" and settings.last_export_folder is None and settings.window_geometry is None
    settings.language = "en"
    settings.last_export_folder = tmp_path / "Экспорт"
    settings.last_import_folder = tmp_path
    settings.window_geometry = QByteArray(b"\x01\x02geometry")
    settings.sync()
    again = GuiSettings(path)
    assert (again.language, again.last_export_folder, again.last_import_folder) == ("en", tmp_path / "Экспорт",
                                                                                     tmp_path)
    assert again.window_geometry == QByteArray(b"\x01\x02geometry")
    text = path.read_text(encoding="utf-8")
    assert "language=en" in text and "last_export_folder=" in text


def test_gui_settings_refuses_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        GuiSettings(tmp_path / "ui.ini").language = "fr"
