"""The contract deadlines and reminders page: a moved deadline is saved, a bad one refused beside the table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.payments.due_soon import DuePolicy
from core.performance.policy import PerformancePolicy
from gui.deadline_settings_page import DeadlineSettingsPage
from gui.forms.deadline_policy_form import FIRST_DAY, LAST_DAY, MONTH, NEXT_YEAR, WHO
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> DeadlineSettingsPage:
    page = DeadlineSettingsPage(uow)
    qtbot.addWidget(page)
    return page


def _row_of(clause: str) -> int:
    return next(i for i, d in enumerate(PerformancePolicy().deadlines) if d.clause == clause)


def test_the_page_shows_the_regulations_settings(page: DeadlineSettingsPage) -> None:
    assert page.deadline_form.read() == PerformancePolicy()
    assert page.due_form.read() == DuePolicy()
    assert page.deadline_form.deadline_table.rowCount() == len(PerformancePolicy().deadlines)
    assert page.due_form.gift_days_edit.text() == "01-01, 06-01"


def test_a_deadline_moved_to_15_december_is_saved(page: DeadlineSettingsPage, uow: FakeUnitOfWork) -> None:
    table = page.deadline_form.deadline_table
    row = _row_of("7.1")
    table.spin(row, FIRST_DAY).setValue(15)
    table.spin(row, LAST_DAY).setValue(15)
    table.item(row, WHO).setText("Хүний нөөцийн мэргэжилтэн")
    page.deadline_form.reminder_spin.setValue(5)
    page.tabs.setCurrentIndex(0)
    assert page.save()
    assert page.status_label.text() == _("Saved.")
    stored = services.get_performance_policy(uow)
    moved = stored.deadlines[row]
    assert (moved.clause, moved.month, moved.first_day, moved.last_day, moved.who) == (
        "7.1",
        12,
        15,
        15,
        "Хүний нөөцийн мэргэжилтэн",
    )
    assert moved.year_offset == 1 and stored.reminder_days == 5
    assert [s.deadline.clause for s in services.upcoming_deadlines(uow, date(2026, 12, 10))] == ["7.1"]


def test_a_window_closing_before_it_opens_is_refused(page: DeadlineSettingsPage, uow: FakeUnitOfWork) -> None:
    table = page.deadline_form.deadline_table
    table.spin(0, FIRST_DAY).setValue(25)
    table.spin(0, MONTH).setValue(6)
    table.item(0, NEXT_YEAR).setCheckState(Qt.CheckState.Checked)
    page.tabs.setCurrentIndex(0)
    assert not page.save()
    expected = _("Deadline {row}: {problem}").format(row=1, problem=_("the first day is after the last day."))
    message = page.deadline_form.findChild(type(page.deadline_form.general_message), "deadlines_message")
    assert message.text() == expected
    assert services.get_performance_policy(uow) == PerformancePolicy()


def test_the_due_soon_numbers_are_saved_from_their_tab(page: DeadlineSettingsPage, uow: FakeUnitOfWork) -> None:
    form = page.due_form
    form.numbers["horizon_days"].setValue(30)
    form.ages_edit.setText("45, 55, 65")
    form.gift_days_edit.setText("06-01, 01-01")
    page.tabs.setCurrentIndex(1)
    assert page.save()
    stored = services.get_due_policy(uow)
    assert (stored.horizon_days, stored.jubilee_ages, stored.gift_days) == (30, (45, 55, 65), ((1, 1), (6, 1)))
    assert form.gift_days_edit.text() == "01-01, 06-01"


def test_a_typo_in_the_ages_is_refused_beside_the_field(page: DeadlineSettingsPage, uow: FakeUnitOfWork) -> None:
    page.due_form.ages_edit.setText("50, жаран")
    page.tabs.setCurrentIndex(1)
    assert not page.save()
    message = page.due_form.findChild(type(page.due_form.general_message), "jubilee_ages_message")
    assert message.text() == _("Enter whole numbers separated by commas.")
    assert services.get_due_policy(uow) == DuePolicy()


def test_the_defaults_button_refills_the_regulations_values(page: DeadlineSettingsPage) -> None:
    page.deadline_form.deadline_table.spin(0, MONTH).setValue(3)
    page.tabs.setCurrentIndex(0)
    page.defaults_button.click()
    assert page.deadline_form.read() == PerformancePolicy()
