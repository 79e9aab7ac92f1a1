"""The Vacation schedule section: plan an entry, the head's agreement, the chief's approval, a change with a reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from core.i18n import _
from gui.vacation_schedule_model import ScheduleColumn, ScheduleTableModel
from gui.vacation_schedule_page import VacationSchedulePage
from gui.widgets.field_message import FieldMessage
from tests.fakes import FakeUnitOfWork

YEAR = 2026


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> VacationSchedulePage:
    page = VacationSchedulePage(uow, load_now=False)
    qtbot.addWidget(page)
    page.year_spin.setValue(YEAR)
    page.prepare()
    return page


def select(page: VacationSchedulePage, employee_id: int) -> None:
    row = next(i for i, r in enumerate(page.model.items()) if r.entry.employee_id == employee_id)
    page.view.setCurrentIndex(page.proxy.mapFromSource(page.model.index(row, 0)))


def message(widget: Any, field: str) -> str:
    return widget.findChild(FieldMessage, f"{field}_message").text()


def cell(page: VacationSchedulePage, employee_id: int, column: ScheduleColumn) -> str:
    item = next(r for r in page.model.items() if r.entry.employee_id == employee_id)
    return page.model.display(item, column)


def plan(qtbot: QtBot, page: VacationSchedulePage, employee_id: int, start: date, end: date, reason: str = "") -> Any:
    select(page, employee_id)
    dialog = page.edit_selected()
    assert dialog is not None
    form = dialog.entry_form
    form.starts_on_edit.set_check.setChecked(True)
    form.starts_on_edit.date_edit.setDate(QDate(start))
    form.ends_on_edit.date_edit.setDate(QDate(end))
    form.reason_edit.setText(reason)
    dialog.accept()
    return dialog


def test_the_model_passes_the_model_tester(qtmodeltester: Any, page: VacationSchedulePage) -> None:
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    assert isinstance(page.model, ScheduleTableModel)


def test_plan_agree_approve_and_change_with_a_reason(
    qtbot: QtBot, page: VacationSchedulePage, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    head = office["head"].id
    assert page.state_label.text() == _("Draft: {agreed} of {units} units agreed.").format(agreed=0, units=1)
    dialog = plan(qtbot, page, head, date(2026, 8, 3), date(2026, 8, 14))
    assert dialog.entry_form.days_label.text() == _("{days} working days (entitled to {entitled})").format(
        days=10, entitled=20
    )
    assert dialog.result() == 1
    assert cell(page, head, ScheduleColumn.PLANNED) == "2026-08-03 – 2026-08-14"
    assert cell(page, head, ScheduleColumn.WORKING_DAYS) == "10"

    page.department_combo.set_value(office["legal"].id)
    agreement = page.agree()
    assert agreement is not None and agreement.sign_off_form.name_edit.text() == "Р.ОТГОНЖАРГАЛ"
    agreement.sign_off_form.on_edit.setDate(QDate(2026, 3, 10))
    agreement.accept()
    assert cell(page, head, ScheduleColumn.AGREEMENT) == _("{name}, {day}").format(
        name="Р.ОТГОНЖАРГАЛ", day="2026-03-10"
    )

    approval = page.approve()
    form = approval.sign_off_form
    form.on_edit.setDate(QDate(2026, 4, 2))
    assert form.name_edit.text() == "Д.БАТБАЯР"
    assert message(form, "approved_on") == _(
        "The schedule is approved in March of its year (6.11); {date} is not."
    ).format(date="2026 оны 04 дүгээр сарын 02-ны өдөр")
    form.on_edit.setDate(QDate(2026, 3, 20))
    assert message(form, "approved_on") == ""
    approval.accept()
    assert page.state_label.text() == _("Approved on {day} by {name}.").format(day="2026-03-20", name="Д.БАТБАЯР")
    assert not page.approve_button.isEnabled() and not page.agree_button.isEnabled()

    page.department_combo.set_value(None)
    refused = plan(qtbot, page, head, date(2026, 9, 7), date(2026, 9, 18))
    assert refused.result() == 0
    assert message(refused.entry_form, "reason") == _("Give the reason for the change (6.11).")
    refused.reject()
    plan(qtbot, page, head, date(2026, 9, 7), date(2026, 9, 18), reason="Ажлын шаардлагаар")
    assert cell(page, head, ScheduleColumn.PLANNED) == "2026-09-07 – 2026-09-18"
    assert cell(page, head, ScheduleColumn.STATUS) == _("Changed {count}×").format(count=1)
    select(page, head)
    assert "Ажлын шаардлагаар" in page.history.toPlainText()
    assert "2026-08-03 – 2026-08-14 → 2026-09-07 – 2026-09-18" in page.history.toPlainText()


def test_an_overlapping_part_is_refused_beside_the_dates(
    qtbot: QtBot, page: VacationSchedulePage, office: dict[str, Any]
) -> None:
    plan(qtbot, page, office["head"].id, date(2026, 8, 3), date(2026, 8, 14))
    select(page, office["head"].id)
    dialog = page.add_part()
    assert dialog is not None
    form = dialog.entry_form
    form.starts_on_edit.set_check.setChecked(True)
    form.starts_on_edit.date_edit.setDate(QDate(2026, 8, 10))
    form.ends_on_edit.date_edit.setDate(QDate(2026, 8, 20))
    assert message(form, "starts_on").startswith(
        _("These dates overlap the employee's other planned vacation ({start} – {end}).").split("(")[0]
    )
    dialog.accept()
    assert dialog.result() == 0
    dialog.reject()


def test_the_schedule_is_exported_to_excel(
    qtbot: QtBot, page: VacationSchedulePage, office: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: notices.append(args))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "schedule"), ""))
    plan(qtbot, page, office["head"].id, date(2026, 8, 3), date(2026, 8, 14))
    task = page.export(".xlsx")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    values = [
        c for row in openpyxl.load_workbook(tmp_path / "schedule.xlsx").active.iter_rows(values_only=True) for c in row
    ]
    assert "Раднаа Отгонжаргал" in values and "2026.08.03" in values
    assert notices and str(tmp_path / "schedule.xlsx") in notices[0][2]
