"""The Discipline section: the sanction form's messages beside their fields, annulment, the employee's tab."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.discipline.entities import Sanction, SanctionKind
from core.i18n import _
from gui.discipline_model import SanctionColumn, SanctionTableModel
from gui.discipline_page import DisciplinePage
from gui.employee_sanctions import EmployeeSanctions
from gui.forms.sanction_dialog import SanctionDialog
from tests.fakes import FakeUnitOfWork

TODAY = date.today()


def warning(employee_id: int, **changes: Any) -> Sanction:
    values: dict[str, Any] = {
        "employee_id": employee_id, "breach_code": "11.1.5", "breach_text": "", "kind": SanctionKind.WARNING,
        "order_number": "А/12", "order_date": TODAY - timedelta(days=3), "starts_on": TODAY - timedelta(days=3),
    }
    return Sanction(**(values | changes))


def field_message(dialog: SanctionDialog, field: str) -> str:
    form = dialog.sanction_form
    return form.findChild(type(form.general_message), f"{field}_message").text()


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> DisciplinePage:
    page = DisciplinePage(uow)
    qtbot.addWidget(page)
    return page


def test_the_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    model = SanctionTableModel(today=TODAY)
    model.set_items([services.record_sanction(uow, warning(office["specialist"].id))])
    qtmodeltester.check(model)
    assert model.display(model.item_at(0), SanctionColumn.STATE) == _("In force")


def test_a_cut_over_the_law_is_refused_beside_its_fields(qtbot: QtBot, uow: FakeUnitOfWork,
                                                        office: dict[str, Any]) -> None:
    dialog = SanctionDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.sanction_form
    form.employee_combo.set_value(office["specialist"].id)
    form.kind_combo.set_value(SanctionKind.SALARY_CUT)
    form.cut_percent_spin.setValue(21)
    form.cut_months_spin.setValue(7)
    form.order_number_edit.setText("Б/7")
    dialog.accept()
    assert dialog.result() == 0
    percent_message = _("The salary cut must be from 1 to {limit} percent.").format(limit=20)
    months_message = _("The salary cut must last from 1 to {limit} months.").format(limit=6)
    assert field_message(dialog, "cut_percent") == percent_message
    assert field_message(dialog, "cut_months") == months_message
    form.cut_percent_spin.setValue(20)
    form.cut_months_spin.setValue(6)
    dialog.accept()
    saved = dialog.saved_entity
    assert saved is not None and saved.cut_percent == 20 and saved.lapses_on is not None


def test_the_page_filters_and_annuls(page: DisciplinePage, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.record_sanction(uow, warning(office["specialist"].id))
    old = TODAY - timedelta(days=800)
    services.record_sanction(uow, warning(office["head"].id, order_date=old, starts_on=old))
    page.reload()
    assert page.model.rowCount() == 2
    page.in_force_check.setChecked(True)
    assert [s.employee_id for s in page.model.items()] == [office["specialist"].id]
    page.annul(page.model.item_at(0).id, "Буруу ажилтан")
    assert page.model.rowCount() == 0
    page.in_force_check.setChecked(False)
    page.employee_combo.set_value(office["specialist"].id)
    assert page.model.display(page.model.item_at(0), SanctionColumn.STATE) == _("Annulled: {reason}").format(
        reason="Буруу ажилтан")


def test_the_employee_tab_says_whether_an_award_is_allowed(qtbot: QtBot, uow: FakeUnitOfWork,
                                                           office: dict[str, Any]) -> None:
    employee_id = office["specialist"].id
    tab = EmployeeSanctions(uow, employee_id)
    qtbot.addWidget(tab)
    assert tab.award_label.text() == _("No sanction in force: awards and promotion are allowed.")
    services.record_sanction(uow, warning(employee_id))
    tab = EmployeeSanctions(uow, employee_id)
    qtbot.addWidget(tab)
    assert "12.10" in tab.award_label.text()
    assert tab.model.rowCount() == 1


def test_the_order_draft_opens_as_a_preview_with_the_word_file(qtbot: QtBot, page: DisciplinePage,
                                                                uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.record_sanction(uow, warning(office["specialist"].id))
    page.reload()
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    assert page.order_draft() is not None
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20000)
    preview = page.last_preview
    assert preview is not None
    preview.close()
