"""The leave sections in the main window: loaded when first shown, reloaded on the app-level signals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from gui.main_window import SECTION_TITLES, MainWindow
from gui.settings import GuiSettings
from tests.core.leave.conftest import Office, build_office
from tests.fakes import FakeUnitOfWork
from tests.gui.leave_helpers import one_day


@pytest.fixture
def window(qtbot: QtBot, uow: FakeUnitOfWork, tmp_path: Path) -> MainWindow:
    window = MainWindow(uow_factory=uow, database_label="tamga.sqlite3", settings=GuiSettings(tmp_path / "ui.ini"),
                        language="mn")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


def test_leave_sections_follow_the_employees(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:4] == [_(t) for t in SECTION_TITLES[:4]] == [_("Employees"), _("Leave slips"),
                                                                 _("Leave register"), _("Vacation schedule")]
    window.show_section(1)
    assert window.stack.currentWidget() is window.leave_list


def test_the_slip_list_loads_only_when_shown(window: MainWindow, leave_office: Office, uow: FakeUnitOfWork,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    original = services.list_slips
    monkeypatch.setattr(services, "list_slips", lambda *a, **k: calls.append(1) or original(*a, **k))
    services.save_draft(uow, one_day(leave_office, "2026-03-03"))
    window.leave_slips_changed.emit()
    assert calls == []
    window.leave_list.year_combo.blockSignals(True)
    window.leave_list.year_combo.set_value(None)
    window.leave_list.year_combo.blockSignals(False)
    window.show_section(1)
    assert len(calls) == 1 and window.leave_list.model.total() == 1


def test_a_slip_saved_from_the_employees_reaches_the_slip_list(qtbot: QtBot, window: MainWindow,
                                                              leave_office: Office, uow: FakeUnitOfWork) -> None:
    window.show_section(1)
    window.leave_list.year_combo.set_value(None)
    assert window.leave_list.model.total() == 0
    window.show_section(0)
    window.employee_list.reload()
    window.employee_list.select_employee(leave_office.specialist.id or 0)
    dialog = window.employee_list.open_leave_slip()
    assert dialog is not None
    dialog.slip_form.populate(one_day(leave_office))
    with qtbot.waitSignal(window.leave_slips_changed):
        dialog.accept()
    window.show_section(1)
    assert window.leave_list.model.total() == 1
