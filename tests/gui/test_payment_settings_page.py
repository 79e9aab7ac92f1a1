"""The payment and award kinds page: the regulation shown, a ceiling edited and saved, a bad row refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.payments.catalogue import PaymentPolicy
from core.payments.entities import Payment
from core.payments.money import format_tugrik
from core.payments.policy_validation import KIND_AMOUNT_MAX
from gui.forms.payment_dialog import PaymentDialog
from gui.forms.payment_policy_form import AMOUNT, OFFERED, PERCENT
from gui.payment_settings_page import PaymentSettingsPage
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> PaymentSettingsPage:
    page = PaymentSettingsPage(uow)
    qtbot.addWidget(page)
    return page


def test_the_page_shows_the_regulations_kinds(page: PaymentSettingsPage) -> None:
    assert page.form.read() == PaymentPolicy()
    assert page.form.table.rowCount() == len(PaymentPolicy().kinds)
    fuel = page.form.row_of("10.7.8")
    assert page.form.spin(fuel, AMOUNT).value() == 200_000
    assert not page.form.spin(page.form.row_of("12.3"), AMOUNT).isEnabled()  # an honour carries no money


def test_a_lowered_ceiling_is_saved(page: PaymentSettingsPage, uow: FakeUnitOfWork) -> None:
    form = page.form
    form.spin(form.row_of("10.7.8"), AMOUNT).setValue(150_000)
    item = form.table.item(form.row_of("12.4"), OFFERED)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    assert page.save()
    stored = services.get_payment_policy(uow)
    fuel, sport = stored.kind("10.7.8"), stored.kind("12.4")
    assert fuel is not None and sport is not None
    assert (fuel.amount, fuel.up_to, sport.offered) == (150_000, True, False)
    assert page.status_label.text() == _("Saved.")


def test_a_sum_out_of_range_is_refused_beside_the_table(page: PaymentSettingsPage, uow: FakeUnitOfWork) -> None:
    form = page.form
    form.spin(form.row_of("10.7.8"), AMOUNT).setValue(KIND_AMOUNT_MAX + 1)
    form.spin(form.row_of("10.7.2"), PERCENT).setValue(2000)
    assert not page.save()
    message = page.findChild(type(form.general_message), "kinds_message")
    assert message is not None
    expected = _("The sum must be a whole number of tögrög from 1 to {limit}.").format(
        limit=format_tugrik(KIND_AMOUNT_MAX)
    )
    assert f"10.7.8: {expected}" in message.text()
    assert "10.7.2: " in message.text()
    assert services.get_payment_policy(uow) == PaymentPolicy()


def test_the_defaults_button_refills_the_regulation(page: PaymentSettingsPage, uow: FakeUnitOfWork) -> None:
    page.form.spin(page.form.row_of("10.7.8"), AMOUNT).setValue(150_000)
    assert page.save()
    page.fill_defaults()
    assert page.form.read() == PaymentPolicy()
    page.reload()
    assert page.form.spin(page.form.row_of("10.7.8"), AMOUNT).value() == 150_000


def test_a_dropped_kind_is_not_offered_in_the_payment_form(
    qtbot: QtBot, page: PaymentSettingsPage, uow: FakeUnitOfWork
) -> None:
    item = page.form.table.item(page.form.row_of("12.4"), OFFERED)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    assert page.save()
    dialog = PaymentDialog(uow)
    qtbot.addWidget(dialog)
    combo = dialog.payment_form.kind_code_combo
    codes = [combo._values[i] for i in range(combo.count())]
    assert "12.4" not in codes and "10.7.8" in codes


def test_a_due_soon_proposal_of_a_dropped_kind_says_so_beside_the_kind(
    qtbot: QtBot, page: PaymentSettingsPage, uow: FakeUnitOfWork
) -> None:
    item = page.form.table.item(page.form.row_of("12.5"), OFFERED)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    assert page.save()
    proposal = Payment(employee_id=1, kind_code="12.5", order_number="", order_date=None)  # a 50th birthday
    dialog = PaymentDialog(uow, prefill=proposal)
    qtbot.addWidget(dialog)
    form = dialog.payment_form
    shown = form.findChild(type(form.general_message), "kind_code_message").text()
    assert shown == _("Regulation {clause}: the office no longer gives this kind (payment settings).").format(
        clause="12.5"
    )
