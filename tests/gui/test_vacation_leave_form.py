"""A vacation in the leave form: the year's days beside the dates, and art. 99's refusal there too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.leave.entities import LeaveKind
from gui.forms.leave_slip_dialog import LeaveSlipDialog
from gui.leave_labels import vacation_text
from tests.core.leave.conftest import Office, at, build_office
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def dialog(qtbot: QtBot, uow: FakeUnitOfWork) -> LeaveSlipDialog:
    office: Office = build_office(uow)
    services.save_employee(uow, replace(office.specialist, career_started_on=date(2018, 1, 1)))  # 18 days
    dialog = LeaveSlipDialog(uow, employee_id=office.specialist.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_vacation(dialog: LeaveSlipDialog, start: str, end: str) -> None:
    form = dialog.slip_form
    form.kind_combo.set_value(LeaveKind.VACATION)
    form.starts_at_edit.setDateTime(at(start, "09:00"))
    form.ends_at_edit.setDateTime(at(end, "18:00"))
    dialog.refresh_preview()


def test_the_years_days_beside_the_dates(dialog: LeaveSlipDialog) -> None:
    form = dialog.slip_form
    choose_vacation(dialog, "2026-03-02", "2026-03-13")
    assert form.vacation_label.isVisible() and not form.reason_combo.isEnabled()
    preview = dialog.preview
    assert preview is not None and preview.vacation is not None
    assert form.vacation_label.text() == vacation_text(preview.vacation, 10)
    assert "18" in form.vacation_label.text() and "8" in form.vacation_label.text()
    assert dialog.panel.pay_label.text() == _("Paid: annual vacation with vacation pay (Labour Law, art. 99)")


def test_a_part_of_9_out_of_18_is_refused_beside_the_dates(dialog: LeaveSlipDialog) -> None:
    choose_vacation(dialog, "2026-03-02", "2026-03-12")
    message = dialog.slip_form.findChild(type(dialog.slip_form.general_message), "ends_at_message")
    assert message is not None and message.isVisible()
    expected = _(
        "A vacation taken in parts keeps one part of at least {days} working days (Labour Law, art. 99); "
        "after this part only {left} days would be left. Take a longer part."
    ).format(days=10, left=9)
    assert message.text() == expected
