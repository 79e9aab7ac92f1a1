"""The attendance day sheet: a row per person at work, keyboard entry, issues shown beside the fields."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from gui.attendance_model import DaySheetColumn, DaySheetTableModel
from gui.attendance_page import AttendancePage
from gui.main_window import SECTION_TITLES, MainWindow
from gui.settings import GuiSettings
from tests.fakes import FakeUnitOfWork

MONDAY = date(2026, 11, 2)


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> AttendancePage:
    widget = AttendancePage(uow, load_now=False)
    qtbot.addWidget(widget)
    widget.day_edit.setDate(QDate(2026, 11, 2))  # reloads
    return widget


def test_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.record_attendance(uow, AttendanceEntry(office["head"].id, MONDAY, AttendanceKind.LATE, 15, "автобус"))
    model = DaySheetTableModel()
    model.set_items(services.day_sheet(uow, MONDAY))
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.item_at(r).entries)
    assert model.index(row, DaySheetColumn.LATE).data() == "15"
    assert model.index(row, DaySheetColumn.REASON).data() == "автобус"


def test_minutes_typed_and_enter_saves_then_moves_to_the_next_person(
    qtbot: QtBot, page: AttendancePage, uow: FakeUnitOfWork
) -> None:
    assert page.model.rowCount() == 3
    page.view.selectRow(0)
    first = page.selected()
    assert first is not None
    page.form.minutes_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.form.minutes_spin, "25")
    page.form.reason_edit.setText("Замын түгжрэл")  # QTest types Latin-1 only
    qtbot.keyClick(page.form.reason_edit, Qt.Key.Key_Return)
    [saved] = [r for r in services.day_sheet(uow, MONDAY) if r.entries]
    assert (saved.employee_id, saved.entries[0].minutes, saved.entries[0].kind) == (first.employee_id, 25, "late")
    assert page.view.currentIndex().row() == 1


def test_a_refused_entry_shows_the_issue_beside_the_field(page: AttendancePage) -> None:
    page.view.selectRow(0)
    assert not page.save()  # 0 minutes
    assert page.form._issues.message_for("minutes").text() != ""


def test_choosing_a_kind_shows_that_entry_for_correction(page: AttendancePage, uow: FakeUnitOfWork) -> None:
    page.view.selectRow(0)
    person = page.selected()
    assert person is not None
    services.record_attendance(
        uow, AttendanceEntry(person.employee_id, MONDAY, AttendanceKind.ABSENT, 480, "өвчтэй", True)
    )
    page.reload()
    page.view.selectRow(0)
    assert (page.form.minutes_spin.value(), page.form.justified_check.isChecked()) == (480, True)
    page.form.kind_combo.set_value(AttendanceKind.LATE)
    assert page.form.minutes_spin.value() == 0


def test_main_window_shows_the_day_sheet(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    settings = GuiSettings(tmp_path / "ui.ini")
    window = MainWindow(uow_factory=uow, database_label="tamga.sqlite3", settings=settings, language="mn")
    qtbot.addWidget(window)
    window.show()
    window.show_section(SECTION_TITLES.index("Attendance"))
    assert window.stack.currentWidget() is window.attendance_page
    assert window.attendance_page.model.rowCount() == 3  # loaded when first shown


def test_the_fourth_lateness_of_a_week_shades_the_row_and_names_the_person(
    page: AttendancePage, uow: FakeUnitOfWork
) -> None:
    page.view.selectRow(0)
    person = page.selected()
    assert person is not None
    for day in (2, 3, 4, 5):
        services.record_attendance(
            uow, AttendanceEntry(person.employee_id, date(2026, 11, day), AttendanceKind.LATE, 5)
        )
    page.reload()
    assert page.model.flagged == {person.employee_id}
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert person.name in page.flags_label.text().splitlines()[1]
