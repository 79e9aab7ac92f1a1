"""The employee's Vacation tab: this year's entitlement and why, the parts taken, planned, remaining."""

from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _, ngettext
from core.leave.entities import LeaveKind, LeaveSlip
from gui.employee_vacation import EmployeeVacation
from gui.forms.employee_dialog import EmployeeDialog
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 7, 1)


@pytest.fixture(autouse=True)
def planned(monkeypatch: pytest.MonkeyPatch) -> dict[int, int]:
    """The March schedule's planned days (another helper's service), as a dict the test fills."""
    days: dict[int, int] = {}
    module = importlib.import_module("core.services.vacation_balance")
    monkeypatch.setattr(module, "planned_days", lambda uow, year: dict(days))
    return days


@pytest.fixture
def person(uow: FakeUnitOfWork) -> int:
    saved = services.save_employee(
        uow, employee(career_started_on=date(2018, 3, 1), appointed_on=date(2018, 3, 1))  # 8 years: 15 + 3
    )
    assert saved.id is not None
    return saved.id


def days(count: int) -> str:
    return ngettext("{days} working day", "{days} working days", count).format(days=count)


def test_the_tab_shows_the_year(qtbot: QtBot, uow: FakeUnitOfWork, person: int, planned: dict[int, int]) -> None:
    slip = services.save_draft(uow, LeaveSlip(person, datetime(2026, 3, 2, 9), datetime(2026, 3, 13, 18),
                                              kind=LeaveKind.VACATION))
    services.record_order(uow, slip.id or 0, order_number="А/21", signed_on=date(2026, 2, 25))
    planned[person] = 5
    tab = EmployeeVacation(uow, person, today=TODAY)
    qtbot.addWidget(tab)
    base = _("{days} base days").format(days=15)
    years = ngettext("{years} full year of service", "{years} full years of service", 8).format(years=8)
    assert tab.entitlement_label.text() == _("{total} working days: {base} + {extra} additional days for {years}"
                                             ).format(total=18, base=base, extra=3, years=years)
    assert (tab.taken_label.text(), tab.planned_label.text(), tab.remaining_label.text()) == (
        days(10), days(5), days(8))
    row = [tab.parts_table.item(0, column).text() for column in range(4)]
    assert row == ["2026-03-02", "2026-03-13", "10", _("Order {number}").format(number="А/21")]
    tab.year_spin.setValue(2027)
    assert tab.parts_table.rowCount() == 0 and tab.taken_label.text() == days(0)


def test_a_newcomer_has_not_earned_it_yet(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    newcomer = services.save_employee(uow, employee(appointed_on=date(2026, 3, 1), career_started_on=None))
    tab = EmployeeVacation(uow, newcomer.id or 0, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.entitlement_label.text() == _(
        "Not earned yet: vacation is earned after the first months of work (Labour Law, art. 99).")
    assert tab.remaining_label.text() == days(0)


def test_the_employee_dialog_has_the_tab_and_the_disability_box(qtbot: QtBot, uow: FakeUnitOfWork,
                                                                person: int) -> None:
    dialog = EmployeeDialog(uow, services.get_employee(uow, person))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert _("Vacation") in titles
    dialog.employee_form.has_disability_check.setChecked(True)
    assert dialog.employee_form.read() == replace(services.get_employee(uow, person), has_disability=True)
