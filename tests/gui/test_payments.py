"""Payments and awards on screen: the form's refusals beside their fields, the register, family, "due soon"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.payments.entities import Payment
from core.payments.family import FamilyMember, Relation
from core.payments.money import format_tugrik
from gui.due_soon_panel import DueSoonPanel, due_text
from gui.employee_family import EmployeeFamily
from gui.forms.payment_dialog import PaymentDialog
from gui.payments_model import PaymentColumn, PaymentTableModel
from gui.payments_page import PaymentsPage
from tests.fakes import FakeUnitOfWork

TODAY = date.today()


def field_message(dialog: PaymentDialog, field: str) -> str:
    form = dialog.payment_form
    return form.findChild(type(form.general_message), f"{field}_message").text()


def fuel(employee_id: int, amount: int = 200_000, order: str = "А/15") -> Payment:
    return Payment(employee_id=employee_id, kind_code="10.7.8", order_number=order, order_date=TODAY, amount=amount)


def test_the_form_shows_the_rule_and_refuses_over_the_ceiling_beside_the_amount(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    dialog = PaymentDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.payment_form
    form.employee_combo.set_value(office["specialist"].id)
    form.kind_code_combo.set_value("10.7.8")
    assert form.rule_label.text() == _("Regulation {clause}: up to {amount}.").format(
        clause="10.7.8", amount=format_tugrik(200_000)
    )
    assert form.amount_spin.value() == 200_000  # the default
    form.amount_spin.setValue(200_001)
    form.order_number_edit.setText("А/15")
    dialog.accept()
    assert dialog.result() == 0
    assert field_message(dialog, "amount") == _("Regulation {clause}: at most {limit}.").format(
        clause="10.7.8", limit=format_tugrik(200_000)
    )
    assert services.list_payments(uow) == []
    form.amount_spin.setValue(200_000)
    dialog.accept()
    assert dialog.saved_entity is not None and dialog.saved_entity.amount == 200_000


def test_a_salary_based_kind_defaults_to_its_share_and_needs_the_salary(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    dialog = PaymentDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.payment_form
    form.employee_combo.set_value(office["specialist"].id)
    form.kind_code_combo.set_value("12.2")
    assert not form.family_member_combo.isEnabled() and form.base_salary_spin.isEnabled()
    form.base_salary_spin.setValue(1_000_000)
    assert form.amount_spin.value() == 400_000
    form.base_salary_spin.setValue(0)
    form.order_number_edit.setText("А/16")
    dialog.accept()
    assert field_message(dialog, "base_salary") == _("Enter the base salary the sum is counted from.")


def test_a_relative_is_offered_from_the_employees_family(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    person = office["specialist"].id
    baby = services.save_family_member(uow, FamilyMember(person, Relation.CHILD, "Сараа", TODAY))
    dialog = PaymentDialog(
        uow, Payment(employee_id=person, kind_code="10.7.9", order_number="", order_date=None, family_member_id=baby.id)
    )
    qtbot.addWidget(dialog)
    form = dialog.payment_form
    assert form.family_member_combo.value() == baby.id and form.amount_spin.value() == 100_000
    form.family_member_combo.set_value(None)
    form.order_number_edit.setText("А/17")
    dialog.accept()
    expected = _("Regulation {clause}: name the relative ({relations}).").format(clause="10.7.9", relations=_("Child"))
    assert field_message(dialog, "family_member_id") == expected


def test_an_award_under_a_sanction_is_refused_beside_the_employee(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    from core.discipline.entities import Sanction, SanctionKind

    person = office["specialist"].id
    services.record_sanction(
        uow,
        Sanction(
            employee_id=person,
            breach_code="11.1.5",
            breach_text="",
            kind=SanctionKind.WARNING,
            order_number="А/1",
            order_date=TODAY - timedelta(days=3),
            starts_on=TODAY - timedelta(days=3),
        ),
    )
    dialog = PaymentDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.payment_form
    form.employee_combo.set_value(person)
    form.kind_code_combo.set_value("12.4")
    form.order_number_edit.setText("А/18")
    dialog.accept()
    assert "12.10" in field_message(dialog, "employee_id")


def test_the_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    model = PaymentTableModel()
    model.set_items([services.record_payment(uow, fuel(office["specialist"].id))])
    qtmodeltester.check(model)
    assert model.display(model.item_at(0), PaymentColumn.AMOUNT) == format_tugrik(200_000)


def test_the_page_filters_totals_annuls_and_exports(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: notices.append(args))
    services.record_payment(uow, fuel(office["specialist"].id))
    services.record_payment(uow, fuel(office["head"].id, 150_000, "А/16"))
    page = PaymentsPage(uow)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    assert page.totals_label.text().endswith(_("Total: {amount}").format(amount=format_tugrik(350_000)))
    page.unit_combo.set_value(office["legal"].id)
    assert [p.employee_id for p in page.model.items()] == [office["head"].id]
    page.unit_combo.set_value(None)
    page.kind_combo.set_value("12.4")
    assert page.model.rowCount() == 0
    page.kind_combo.set_value(None)
    page.view.selectRow(0)
    page.annul(page.selected().id or 0, "алдаа")  # type: ignore[union-attr]
    assert page.totals_label.text().endswith(_("Total: {amount}").format(amount=format_tugrik(200_000)))
    out = tmp_path / "payments.xlsx"
    with qtbot.waitSignal(page.export_to(out).finished, timeout=20_000):
        pass
    rows = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if any(r)]
    assert rows[-1][-1] == 200_000
    assert notices and str(out) in notices[0][2]


def test_the_family_tab_lists_and_adds_relatives(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    person = office["head"].id
    services.save_family_member(uow, FamilyMember(person, Relation.SPOUSE, "Батын Болд", date(1986, 1, 2)))
    tab = EmployeeFamily(uow, person)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1
    dialog = tab.open_new()
    dialog.member_form.name_edit.setText("")
    dialog.accept()
    assert dialog.result() == 0
    dialog.member_form.name_edit.setText("Сараа")
    dialog.member_form.birth_date_edit.setDate(date(2016, 5, 1))
    dialog.accept()
    assert [m.name for m in services.list_family(uow, person)] == ["Батын Болд", "Сараа"]
    assert tab.model.rowCount() == 2


def test_the_panel_lists_a_jubilee_and_proposes_the_payment(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    from dataclasses import replace

    person = office["specialist"]
    fifty = replace(person, birth_date=date(TODAY.year - 50, 1, 1))
    uow.employees.update(fifty)
    panel = DueSoonPanel(uow)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.reload(today=date(TODAY.year - 1, 12, 20)).finished, timeout=10_000):
        pass
    jubilee = next(i for i in panel.items if i.employee_id == person.id)
    assert panel.list.item(panel.items.index(jubilee)).text() == due_text(jubilee)
    assert jubilee.years == 50
    panel.list.setCurrentRow(panel.items.index(jubilee))
    with qtbot.waitSignal(panel.new_payment) as blocker:
        panel.propose_payment()
    proposed = blocker.args[0]
    assert (proposed.employee_id, proposed.kind_code) == (person.id, "12.5")
    with qtbot.waitSignal(panel.open_employee) as opened:
        panel.open_selected_employee()
    assert opened.args == [person.id]
