"""The working calendar screen: the office's changes, added and deleted, beside the public holidays."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from gui.calendar_models import ChangeColumn, HolidayColumn
from gui.calendar_page import CalendarPage
from tests.core.leave.conftest import Office, build_office
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, leave_office: Office) -> CalendarPage:
    page = CalendarPage(uow)
    qtbot.addWidget(page)
    page.year_spin.setValue(2026)
    page.show()
    return page


def days(page: CalendarPage) -> list[str]:
    return [page.change_model.index(row, ChangeColumn.DAY).data() for row in range(page.change_model.rowCount())]


def test_the_years_changes_and_public_holidays_are_shown(page: CalendarPage, qtmodeltester: ModelTester) -> None:
    assert days(page) == ["2026-02-17", "2026-02-28"]
    assert page.change_model.index(1, ChangeColumn.IS_WORKING).data() == _("a working day")
    holidays = {page.holiday_model.index(row, HolidayColumn.DAY).data(): page.holiday_model.index(
        row, HolidayColumn.NAME).data() for row in range(page.holiday_model.rowCount())}
    assert holidays["2026-02-18"] == "Цагаан сар" and "наадам" in holidays["2026-07-11"].lower()
    assert page.holiday_model.index(0, HolidayColumn.WEEKDAY).data() == _("Thursday")  # 1 January 2026
    qtmodeltester.check(page.change_model)
    qtmodeltester.check(page.holiday_model)
    page.year_spin.setValue(2027)
    assert days(page) == [] and page.holiday_model.rowCount() >= 10


def test_a_change_is_added_and_counted(qtbot: QtBot, page: CalendarPage, uow: FakeUnitOfWork) -> None:
    page.form.day_edit.setDate(QDate(2026, 12, 31))
    page.form.decision_edit.setText("Засаг даргын 2026 оны А/300 захирамж")
    with qtbot.waitSignal(page.calendar_changed):
        page.add_button.click()
    assert days(page)[-1] == "2026-12-31" and page.selected() is not None
    assert services.working_calendar(uow).is_working_day(date(2026, 12, 31)) is False


def test_a_second_change_for_a_day_is_refused_beside_the_date(page: CalendarPage, uow: FakeUnitOfWork) -> None:
    page.form.day_edit.setDate(QDate(2026, 2, 17))
    assert page.add_change() is None
    message = page.form.findChild(type(page.form.general_message), "day_message")
    assert message.isVisible() and message.text() == _("The calendar already has a change for this day.")
    assert len(services.list_calendar_changes(uow)) == 2


def test_a_change_is_deleted_after_asking(qtbot: QtBot, page: CalendarPage, uow: FakeUnitOfWork,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    assert not page.delete_button.isEnabled()
    page.change_view.setCurrentIndex(page.change_model.index(0, 0))
    with qtbot.waitSignal(page.calendar_changed):
        page.delete_button.click()
    assert len(asked) == 1 and days(page) == ["2026-02-28"]
    assert services.working_calendar(uow).is_working_day(date(2026, 2, 17))  # a Tuesday again


def test_deleting_can_be_declined(page: CalendarPage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    page.change_view.setCurrentIndex(page.change_model.index(0, 0))
    assert page.delete_selected() is False and len(days(page)) == 2
