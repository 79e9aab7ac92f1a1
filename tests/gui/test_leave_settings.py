"""Leave settings: the working day and section 6's limits and clauses, checked by the service."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.leave.entities import LeaveSettings
from core.leave.policy import DEFAULT_POLICY, LeaveReason
from gui.leave_settings_page import LeaveSettingsPage
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> LeaveSettingsPage:
    page = LeaveSettingsPage(uow)
    qtbot.addWidget(page)
    page.show()
    return page


def message(page: LeaveSettingsPage, field: str) -> str:
    label = page.form.findChild(type(page.form.general_message), f"{field}_message")
    return label.text() if label is not None and label.isVisible() else ""


def test_the_regulations_defaults_are_shown_and_saved_unchanged(page: LeaveSettingsPage, uow: FakeUnitOfWork) -> None:
    assert page.form.read() == LeaveSettings()
    assert page.form.day_length_label.text() == _("A working day of {hours} h {minutes:02d} min").format(
        hours=8, minutes=0)
    assert page.save() and services.get_leave_settings(uow) == LeaveSettings()
    assert page.status_label.text() == _("Saved.")


def test_an_earlier_working_day_is_saved(qtbot: QtBot, page: LeaveSettingsPage, uow: FakeUnitOfWork) -> None:
    page.form.times["day_starts"].setTime(QTime(8, 30))
    page.form.times["day_ends"].setTime(QTime(17, 30))
    with qtbot.waitSignal(page.saved):
        page.save_button.click()
    schedule = services.get_leave_settings(uow).schedule
    assert (schedule.day_starts, schedule.day_ends, schedule.minutes_per_day) == (time(8, 30), time(17, 30), 480)


def test_limits_out_of_order_are_refused_beside_their_field(page: LeaveSettingsPage, uow: FakeUnitOfWork) -> None:
    page.form.days["head_decides_up_to_days"].setValue(6)
    page.form.clauses["pay_clause"].setText("")
    assert not page.save()
    assert "6.5" in message(page, "head_decides_up_to_days")
    assert message(page, "pay_clause") == _("Write the clause number, e.g. 6.5.")
    assert services.get_leave_settings(uow) == LeaveSettings()


def test_lunch_after_the_end_of_the_day_is_refused(page: LeaveSettingsPage) -> None:
    page.form.times["lunch_ends"].setTime(QTime(19, 0))
    assert not page.save()
    assert "6.1" in message(page, "day_ends")


def test_reasons_are_edited_as_a_table(page: LeaveSettingsPage, uow: FakeUnitOfWork) -> None:
    table = page.form.reason_table
    table.add_row(LeaveReason("6.8.6", "", ""))
    assert not page.save()
    assert message(page, "reasons") == _("Each reason needs the words printed on the slip.")
    table.table.item(table.table.rowCount() - 1, 1).setText("Цэргийн алба")
    table.table.item(table.table.rowCount() - 1, 2).setText("Цэргийн жинхэнэ алба хаах")
    assert page.save()
    reasons = services.get_leave_settings(uow).policy.reasons
    assert reasons[:-1] == DEFAULT_POLICY.reasons  # labels left as shown keep their translatable source
    assert reasons[-1] == LeaveReason("6.8.6", "Цэргийн алба", "Цэргийн жинхэнэ алба хаах")


def test_undo_changes_reads_the_stored_settings(page: LeaveSettingsPage, uow: FakeUnitOfWork) -> None:
    stored = replace(LeaveSettings(), policy=replace(DEFAULT_POLICY, order_from_days=4.0))
    services.save_leave_settings(uow, stored)
    page.form.days["order_from_days"].setValue(7)
    page.revert_button.click()
    assert page.form.read() == stored
