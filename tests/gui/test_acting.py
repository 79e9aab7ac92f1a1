"""Acting officials: the dialog, the table, and the “who signs on [date]?” panel."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import services
from core.entities import ActingAssignment, SigningRole
from core.i18n import _
from core.names import short_name
from gui.acting_model import ActingColumn, ActingTableModel
from gui.acting_page import ActingPage
from gui.forms.acting_dialog import ActingDialog
from gui.signatory_panel import SignatoryPanel
from tests.fakes import FakeUnitOfWork

ACTING_FROM, ACTING_TO = date(2026, 3, 2), date(2026, 3, 6)


@pytest.fixture
def chief_away(uow: FakeUnitOfWork, office: dict[str, Any]) -> ActingAssignment:
    return services.save_acting(uow, ActingAssignment(role=SigningRole.CHIEF,
                                                      acting_employee_id=office["head"].id,
                                                      starts_on=ACTING_FROM, ends_on=ACTING_TO,
                                                      order_number="А/12"))


@pytest.fixture
def panel(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> SignatoryPanel:
    panel = SignatoryPanel(uow)
    qtbot.addWidget(panel)
    panel.set_units(services.list_departments(uow))
    return panel


def test_who_signs_shows_the_acting_chief_inside_the_period(panel: SignatoryPanel, office: dict[str, Any],
                                                            chief_away: ActingAssignment) -> None:
    panel.set_date(date(2026, 3, 6))
    assert panel.chief_title_label.text() == "Тамгын газрын даргын үүрэг гүйцэтгэгч"
    assert panel.chief_name_label.text() == _("{name} (acting)").format(name=short_name(office["head"]))
    panel.set_date(date(2026, 3, 7))
    assert panel.chief_title_label.text() == "Тамгын газрын дарга"
    assert panel.chief_name_label.text() == short_name(office["chief"]) == "Д.Батбаяр"


def test_who_signs_for_a_unit_head(panel: SignatoryPanel, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    legal = office["legal"]
    services.save_acting(uow, ActingAssignment(role=SigningRole.DEPARTMENT_HEAD, department_id=legal.id,
                                               acting_employee_id=office["specialist"].id,
                                               starts_on=ACTING_FROM, ends_on=ACTING_TO))
    assert panel.unit_name_label.text() == _("Choose a unit to see who signs for its head.")
    panel.unit_combo.set_value(legal.id)
    panel.set_date(date(2026, 3, 3))
    assert panel.unit_title_label.text() == "Хууль, эрх зүйн хэлтсийн даргын үүрэг гүйцэтгэгч"
    assert panel.unit_name_label.text() == _("{name} (acting)").format(name="Г.Өлзийбат")
    panel.set_date(date(2026, 3, 9))
    assert panel.unit_title_label.text() == "Хууль, эрх зүйн хэлтсийн дарга"
    assert panel.unit_name_label.text() == "Р.Отгонжаргал"


def test_dialog_saves_an_acting_official(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    dialog = ActingDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.acting_form
    assert not form.department_combo.isEnabled()
    form.role_combo.set_value(SigningRole.DEPARTMENT_HEAD)
    assert form.department_combo.isEnabled()
    form.department_combo.set_value(office["legal"].id)
    form.acting_employee_combo.set_value(office["specialist"].id)
    form.starts_on_edit.setDate(QDate(2026, 4, 1))
    form.ends_on_edit.setDate(QDate(2026, 4, 10))
    form.order_number_edit.setText("А/20")
    dialog.accept()
    [saved] = services.list_acting(uow)
    assert saved == ActingAssignment(role=SigningRole.DEPARTMENT_HEAD, department_id=office["legal"].id,
                                     acting_employee_id=office["specialist"].id, starts_on=date(2026, 4, 1),
                                     ends_on=date(2026, 4, 10), order_number="А/20", id=saved.id)


def field_message(dialog: ActingDialog, field: str) -> str:
    return dialog.acting_form.findChild(type(dialog.acting_form.general_message), f"{field}_message").text()


def test_dialog_shows_issues_beside_fields(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any],
                                           chief_away: ActingAssignment) -> None:
    dialog = ActingDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.acting_form
    dialog.accept()
    assert field_message(dialog, "acting_employee_id") == _("This field is required.")
    form.acting_employee_combo.set_value(office["specialist"].id)
    form.starts_on_edit.setDate(QDate(2026, 3, 5))
    form.ends_on_edit.setDate(QDate(2026, 3, 1))
    dialog.accept()
    assert field_message(dialog, "ends_on") == _("The end date is before the start date.")
    assert field_message(dialog, "acting_employee_id") == ""
    form.ends_on_edit.setDate(QDate(2026, 3, 9))
    dialog.accept()
    assert field_message(dialog, "starts_on") == _("Another acting official is recorded from {start} to {end}.").format(
        start="2026-03-02", end="2026-03-06")
    assert len(services.list_acting(uow)) == 1


def test_acting_table_model(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any],
                            chief_away: ActingAssignment) -> None:
    model = ActingTableModel()
    model.set_names({}, {office["head"].id: office["head"]})
    model.set_items(services.list_acting(uow))
    qtmodeltester.check(model)
    texts = [model.index(0, c).data() for c in ActingColumn]
    assert texts == [_("Chief of office"), "", "Раднаа Отгонжаргал", "2026-03-02", "2026-03-06", "А/12"]


def test_page_deletes_after_asking(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any],
                                   chief_away: ActingAssignment, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ActingPage(uow)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    monkeypatch.setattr("gui.acting_page.confirm_delete", lambda parent, what: what == "Раднаа Отгонжаргал")
    page.delete_button.click()
    assert services.list_acting(uow) == [] and page.model.rowCount() == 0
