"""The Performance contracts section: the table, a step refused beside its date, the reminder strip."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.performance.entities import Period
from core.performance.policy import ContractStep
from core.performance.rules import DATE_FIELD
from gui.deadline_reminders import DeadlineReminder, reminder_text
from gui.forms.performance_step_dialog import PerformanceStepDialog
from gui.main_window import MainWindow
from gui.performance_model import STATUS_LABELS, ContractColumn, ContractTableModel, DeadlineTableModel
from gui.performance_page import PerformancePage
from gui.settings import GuiSettings
from tests.fakes import FakeUnitOfWork

YEAR = date.today().year


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> PerformancePage:
    page = PerformancePage(uow)
    qtbot.addWidget(page)
    page.year_spin.setValue(YEAR)
    return page


def _select(page: PerformancePage, name: str) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.item_at(r).employee_name == name)
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))


def _message(dialog: PerformanceStepDialog, field: str) -> str:
    form = dialog.step_form
    return form.findChild(type(form.general_message), f"{field}_message").text()


def test_the_models_pass_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.start_contracts(uow, YEAR)
    contracts = ContractTableModel()
    contracts.set_items(services.list_contracts(uow, YEAR))
    qtmodeltester.check(contracts)
    deadlines = DeadlineTableModel()
    deadlines.set_items(services.deadline_calendar(uow, YEAR))
    qtmodeltester.check(deadlines)
    assert deadlines.rowCount() == 9


def test_starting_the_year_fills_the_table_and_the_calendar(page: PerformancePage) -> None:
    page.start_button.click()
    assert page.model.rowCount() == 3
    assert {page.model.display(i, ContractColumn.STATUS) for i in page.model.items()} == {_(STATUS_LABELS["draft"])}
    assert page.deadline_model.rowCount() == 9


def test_a_future_date_is_refused_beside_the_field_and_nothing_is_saved(qtbot: QtBot, page: PerformancePage) -> None:
    page.start_button.click()
    _select(page, "Ганбат Өлзийбат")
    dialog = page.open_step(ContractStep.CONCLUDED)
    assert dialog is not None
    dialog.step_form.on_edit.setDate(QDate(date.today() + timedelta(days=3)))
    dialog.accept()
    assert dialog.isVisible()
    assert _message(dialog, DATE_FIELD) == _("The date cannot be later than today.")
    assert all(i.contract.concluded_on is None for i in page.model.items())
    dialog.step_form.on_edit.setDate(QDate(date.today()))
    dialog.accept()
    assert not dialog.isVisible()
    concluded = [i for i in page.model.items() if i.contract.concluded_on == date.today()]
    assert [i.employee_name for i in concluded] == ["Ганбат Өлзийбат"]


def test_a_poor_rating_is_marked_with_its_clause_and_offers_a_sanction(
    qtbot: QtBot, uow: FakeUnitOfWork, page: PerformancePage, office: dict[str, Any]
) -> None:
    (contract,) = services.start_contracts(uow, YEAR - 1, department_id=office["legal"].id)
    cid = contract.id or 0
    services.record_concluded(uow, cid, on=date(YEAR - 2, 12, 19))
    services.record_evaluation(
        uow, cid, period=Period.YEAR, rating="unsatisfactory", on=date(YEAR - 1, 12, 24), evaluator="Д.Батбаяр"
    )
    page.year_spin.setValue(YEAR - 1)
    (item,) = page.model.items()
    assert page.model.display(item, ContractColumn.CONSEQUENCE) == _("Grounds for a sanction ({clauses})").format(
        clauses="12.8, 13.4.2"
    )
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    _select(page, item.employee_name)
    dialog = page.propose_sanction()
    assert dialog is not None
    form = dialog.sanction_form
    assert form.employee_combo.value() == office["head"].id and form.breach_code_combo.value() == "13.4.2"
    dialog.close()


def test_the_reminder_names_the_clause_the_date_and_the_contracts_behind(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    today = date(2026, 12, 15)
    text = reminder_text(services.upcoming_deadlines(uow, today, 14), today)
    first = _("{clause}: {date} — {what} ({when})").format(
        clause="7.1",
        date="2026-12-20",
        what=_("{count} contracts not yet concluded").format(count=3),
        when=_("in {days} days").format(days=5),
    )
    line = _("{line}, not a working day").format(line=first)  # 20 December 2026 is a Sunday
    assert text == _("{line} (and {count} more)").format(
        line=line, count=5
    )  # 7.3, 7.4 on the 20th; 7.5, 7.6, 7.2 after


def test_the_reminder_strip_opens_the_section(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    window = MainWindow(
        uow_factory=uow, database_label="test.db", settings=GuiSettings(tmp_path / "ui.ini"), language="mn"
    )
    qtbot.addWidget(window)
    window.show()
    reminder = window.deadline_reminder
    today = date(2026, 12, 15)
    reminder.show_states(services.upcoming_deadlines(uow, today, 14), today)
    assert reminder.isVisible() and reminder.text().startswith("7.1: 2026-12-20")
    qtbot.mouseClick(reminder, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.performance_page


def test_the_reminder_hides_when_nothing_is_due(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    reminder = DeadlineReminder(uow)
    qtbot.addWidget(reminder)
    reminder.show()
    reminder.show_states([], date(2026, 12, 30))
    assert reminder.isHidden()
    answers: list[object] = []
    reminder.refresh().finished.connect(lambda states: answers.append(states))
    qtbot.waitUntil(lambda: bool(answers))
    assert answers == [[]] and reminder.isHidden()  # nobody works here: nothing to remind
