"""The vacation table section: the Labour Law's numbers and the office's service bands."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.vacation.entitlement import LABOUR_LAW_BANDS, ServiceBand, VacationPolicy
from gui.vacation_settings_page import VacationSettingsPage
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> VacationSettingsPage:
    page = VacationSettingsPage(uow)
    qtbot.addWidget(page)
    page.show()
    return page


def set_cell(page: VacationSettingsPage, row: int, column: int, text: str) -> None:
    page.form.band_table.setItem(row, column, QTableWidgetItem(text))


def test_the_labour_law_is_shown_and_saved_unchanged(page: VacationSettingsPage, uow: FakeUnitOfWork) -> None:
    assert page.form.band_table.rowCount() == len(LABOUR_LAW_BANDS)
    assert page.form.band_table.item(5, 1).text() == ""  # 32 and more: no end
    assert page.form.read() == VacationPolicy()
    assert page.save() and services.get_vacation_policy(uow) == VacationPolicy()
    assert page.status_label.text() == _("Saved.")


def test_a_band_added_and_a_base_changed_are_saved(qtbot: QtBot, page: VacationSettingsPage,
                                                   uow: FakeUnitOfWork) -> None:
    page.form.numbers["base_days"].setValue(16)
    set_cell(page, 5, 1, "35")
    page.form.add_band_button.click()  # starts at 36
    set_cell(page, 6, 2, "16")
    with qtbot.waitSignal(page.saved):
        page.save_button.click()
    policy = services.get_vacation_policy(uow)
    assert policy.base_days == 16
    assert policy.bands[-2:] == (ServiceBand(32, 35, 14), ServiceBand(36, None, 16))


def test_an_overlapping_band_is_refused_beside_its_row(page: VacationSettingsPage, uow: FakeUnitOfWork) -> None:
    set_cell(page, 1, 0, "10")  # 10–15 overlaps 6–10
    assert not page.save()
    assert page.form.bands_message.text() == _("Row {row}: {message}").format(
        row=2, message=_("This band overlaps the one above it."))
    assert page.form.band_table.item(1, 0).background().color().name() == "#fbe9e7"
    assert services.get_vacation_policy(uow) == VacationPolicy()


def test_a_cell_that_is_not_a_number_is_refused(page: VacationSettingsPage, uow: FakeUnitOfWork) -> None:
    set_cell(page, 0, 2, "три")
    assert not page.save()
    expected = _("Years and days are whole numbers; leave “to” empty for the last band.")
    assert page.form.bands_message.text() == _("Row {row}: {message}").format(row=1, message=expected)
    assert services.get_vacation_policy(uow) == VacationPolicy()


def test_removing_a_band_and_going_back_to_the_law(page: VacationSettingsPage, uow: FakeUnitOfWork) -> None:
    page.form.band_table.selectRow(5)
    page.form.remove_band_button.click()
    set_cell(page, 4, 1, "")  # 26 and more
    assert page.save()
    assert services.get_vacation_policy(uow).bands[-1] == ServiceBand(26, None, 11)
    page.defaults_button.click()
    assert page.form.read() == VacationPolicy()
