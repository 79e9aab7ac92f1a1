"""The slip form's live answer of section 6: who decides, slip or order, pay, refusals beside fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import services
from core.entities import ActingAssignment, SigningRole
from core.i18n import _, ngettext
from core.leave.entities import LeaveKind, PayDecision, SlipStatus
from gui.employee_list import EmployeeListWidget
from gui.forms.leave_decision_panel import LeaveDecisionPanel
from gui.forms.leave_slip_dialog import LeaveSlipDialog
from gui.forms.leave_slip_form import LeaveSlipForm
from tests.core.leave.conftest import Office, at, build_office
from tests.fakes import FakeUnitOfWork
from tests.gui.keys import type_text
from tests.gui.leave_helpers import one_day, printed, working_days_after


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


@pytest.fixture
def dialog(qtbot: QtBot, uow: FakeUnitOfWork, leave_office: Office) -> LeaveSlipDialog:
    dialog = LeaveSlipDialog(uow, employee_id=leave_office.specialist.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_period(dialog: LeaveSlipDialog, start: str, end: str, start_time: str = "09:00",
               end_time: str = "18:00") -> None:
    form: LeaveSlipForm = dialog.slip_form
    form.starts_at_edit.setDateTime(at(start, start_time))
    form.ends_at_edit.setDateTime(at(end, end_time))
    dialog.refresh_preview()


def panel(dialog: LeaveSlipDialog) -> LeaveDecisionPanel:
    return dialog.panel


def test_the_panel_follows_typing_after_a_pause(qtbot: QtBot, dialog: LeaveSlipDialog) -> None:
    dialog.refresh_preview()
    dialog.slip_form.starts_at_edit.setDateTime(at("2026-03-02"))
    dialog.slip_form.ends_at_edit.setDateTime(at("2026-03-04", "18:00"))
    assert "3" not in panel(dialog).duration_label.text()  # not asked yet: the pause has not passed
    qtbot.waitUntil(lambda: panel(dialog).duration_label.text() == "3 ажлын өдөр", timeout=2000)


def test_one_day_is_decided_by_the_department_head(dialog: LeaveSlipDialog) -> None:
    set_period(dialog, "2026-03-03", "2026-03-03")
    text = panel(dialog).approver_label.text()
    assert "Хууль, эрх зүйн хэлтсийн дарга Р.Отгонжаргал" in text and "6.5" in text
    assert panel(dialog).form_label.text() == _("On a leave slip (regulation {clause})").format(clause="6.5")
    assert panel(dialog).recommending_label.text() == _("No recommendation is needed: the head decides alone.")
    assert not dialog.slip_form.pay_combo.isEnabled()
    assert dialog.slip_form.pay_combo.value() is PayDecision.PAID


def test_a_few_hours_are_counted_in_hours(dialog: LeaveSlipDialog) -> None:
    set_period(dialog, "2026-03-03", "2026-03-03", "10:00", "12:30")
    assert panel(dialog).duration_label.text().startswith("2 цаг 30 минут")


def test_three_days_go_to_the_chief_on_a_slip(dialog: LeaveSlipDialog) -> None:
    set_period(dialog, "2026-03-02", "2026-03-04")
    assert panel(dialog).duration_label.text() == "3 ажлын өдөр"
    approver = panel(dialog).approver_label.text()
    assert "Тамгын газрын дарга Д.Батбаяр" in approver and "6.5" in approver
    assert "Р.Отгонжаргал" in panel(dialog).recommending_label.text()
    assert dialog.slip_form.read().recommended_by == "Р.Отгонжаргал"  # suggested from the structure (6.4)
    assert not dialog.slip_form.pay_combo.isEnabled()


def test_six_days_need_an_order_and_the_chiefs_pay_decision(dialog: LeaveSlipDialog) -> None:
    set_period(dialog, "2026-03-02", "2026-03-09")
    form = dialog.slip_form
    assert panel(dialog).duration_label.text() == "6 ажлын өдөр"
    assert panel(dialog).form_label.text().startswith(
        _("By the chief's order, not a slip (regulation {clause}): save, then make the order draft.").format(
            clause="6.5")[:20])
    assert form.pay_combo.isEnabled() and form.is_pay_required
    pay_message = form.findChild(type(form.general_message), "pay_message")
    assert pay_message is not None and pay_message.isVisible() and "6.6" in pay_message.text()
    form.pay_combo.set_value(PayDecision.UNPAID)
    form.pay_combo.activated.emit(form.pay_combo.currentIndex())
    dialog.refresh_preview()
    assert not pay_message.isVisible()
    assert dialog.preview is not None and dialog.preview.slip.pay is PayDecision.UNPAID


def test_a_shorter_leave_forgets_the_rules_pay_but_keeps_the_chiefs_decision(dialog: LeaveSlipDialog) -> None:
    form = dialog.slip_form
    set_period(dialog, "2026-03-02", "2026-03-09")
    form.pay_combo.set_value(PayDecision.UNPAID)
    form.pay_combo.activated.emit(form.pay_combo.currentIndex())
    set_period(dialog, "2026-03-02", "2026-03-04")
    assert form.pay_combo.value() is PayDecision.PAID and not form.pay_combo.isEnabled()
    set_period(dialog, "2026-03-02", "2026-03-09")
    assert form.pay_combo.value() is PayDecision.UNPAID and form.pay_combo.isEnabled()


def test_thirty_one_paid_days_are_refused_beside_the_pay_field(dialog: LeaveSlipDialog, uow: FakeUnitOfWork) -> None:
    form = dialog.slip_form
    form.reason_combo.set_value("6.8.1")  # a reason 6.6 allows long paid leave for
    set_period(dialog, "2026-03-02", working_days_after(uow, "2026-03-02", 31))
    assert panel(dialog).duration_label.text() == "31 ажлын өдөр"
    form.pay_combo.set_value(PayDecision.PAID)
    form.pay_combo.activated.emit(form.pay_combo.currentIndex())
    dialog.refresh_preview()
    pay_message = form.findChild(type(form.general_message), "pay_message")
    assert pay_message.isVisible() and "6.6" in pay_message.text() and "30" in pay_message.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert uow.store.leave_slips.rows == {}
    assert pay_message.isVisible()


def test_thirty_paid_days_for_a_listed_reason_are_saved(dialog: LeaveSlipDialog, uow: FakeUnitOfWork) -> None:
    form = dialog.slip_form
    set_period(dialog, "2026-03-02", working_days_after(uow, "2026-03-02", 30))
    form.pay_combo.set_value(PayDecision.PAID)
    form.pay_combo.activated.emit(form.pay_combo.currentIndex())
    dialog.accept()
    [saved] = uow.store.leave_slips.rows.values()
    assert saved.pay is PayDecision.PAID and saved.status is SlipStatus.DRAFT and not dialog.isVisible()


def test_an_overlap_names_the_other_slip(dialog: LeaveSlipDialog, uow: FakeUnitOfWork, leave_office: Office) -> None:
    printed(uow, one_day(leave_office, "2026-03-03"))
    set_period(dialog, "2026-03-02", "2026-03-04")
    message = dialog.slip_form.findChild(type(dialog.slip_form.general_message), "starts_at_message")
    assert message.isVisible() and "2026-0001" in message.text()
    assert panel(dialog).status_label.text() == ngettext(
        "Cannot be saved: {count} problem, marked in red beside its field.",
        "Cannot be saved: {count} problems, marked in red beside their fields.", 1).format(count=1)
    dialog.accept()
    assert dialog.isVisible() and len(uow.store.leave_slips.rows) == 1


def test_the_acting_chief_is_named_with_the_acting_title(dialog: LeaveSlipDialog, uow: FakeUnitOfWork,
                                                        leave_office: Office) -> None:
    services.save_acting(uow, ActingAssignment(SigningRole.CHIEF, leave_office.admin_head.id or 0,
                                               date(2026, 3, 1), date(2026, 3, 20), order_number="Б/12"))
    set_period(dialog, "2026-03-02", "2026-03-04")
    text = panel(dialog).approver_label.text()
    assert "Тамгын газрын даргын үүрэг гүйцэтгэгч" in text and "С.Энхболд" in text
    set_period(dialog, "2026-03-23", "2026-03-25")  # after the acting period: the chief himself
    assert "Д.Батбаяр" in panel(dialog).approver_label.text()


def test_other_reason_needs_words(dialog: LeaveSlipDialog) -> None:
    dialog.slip_form.reason_combo.set_value("other")
    set_period(dialog, "2026-03-03", "2026-03-03")
    message = dialog.slip_form.findChild(type(dialog.slip_form.general_message), "reason_text_message")
    assert message.isVisible() and "6.4" in message.text()
    dialog.slip_form.reason_text_edit.setText("Нотариатаар баримт батлуулах")
    dialog.refresh_preview()
    assert not message.isVisible()


def test_childcare_takes_no_reason_and_is_not_paid_by_the_office(dialog: LeaveSlipDialog) -> None:
    dialog.slip_form.kind_combo.set_value(LeaveKind.CHILDCARE)
    set_period(dialog, "2026-05-04", "2027-05-03")
    assert not dialog.slip_form.reason_combo.isEnabled()
    assert "6.7" in panel(dialog).pay_label.text()
    assert panel(dialog).form_label.text() == _(
        "By the chief's order, not a slip (regulation {clause}): save, then make the order draft."
    ).format(clause="6.5")


def test_no_employee_means_no_answer_yet(qtbot: QtBot, uow: FakeUnitOfWork, leave_office: Office) -> None:
    dialog = LeaveSlipDialog(uow)
    qtbot.addWidget(dialog)
    dialog.show()
    assert panel(dialog).status_label.text() == _("Choose the employee to see what the regulation says.")
    dialog.accept()
    message = dialog.slip_form.findChild(type(dialog.slip_form.general_message), "employee_id_message")
    assert message.isVisible() and uow.store.leave_slips.rows == {}


def test_enter_saves_the_draft_and_escape_cancels(qtbot: QtBot, dialog: LeaveSlipDialog, uow: FakeUnitOfWork,
                                                  leave_office: Office) -> None:
    set_period(dialog, "2026-03-03", "2026-03-03")
    dialog.slip_form.starts_at_edit.setFocus()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.slip_form.starts_at_edit, Qt.Key.Key_Return)
    [saved] = uow.store.leave_slips.rows.values()
    assert saved.employee_id == leave_office.specialist.id and saved.working_minutes == 8 * 60
    assert saved.recommended_by == ""  # the head decides alone: no recommendation recorded
    again = LeaveSlipDialog(uow, employee_id=leave_office.specialist.id)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again.slip_form.starts_at_edit, Qt.Key.Key_Escape)
    assert not again.isVisible() and len(uow.store.leave_slips.rows) == 1


def test_a_draft_opens_with_its_values_and_saves_changes(qtbot: QtBot, uow: FakeUnitOfWork,
                                                        leave_office: Office) -> None:
    draft = services.save_draft(uow, replace(one_day(leave_office), reason_code="6.8.5"))
    dialog = LeaveSlipDialog(uow, draft)
    qtbot.addWidget(dialog)
    assert dialog.slip_form.read() == replace(draft, pay=None)  # the rules' pay is not a decision
    dialog.slip_form.ends_at_edit.setDateTime(datetime(2026, 3, 3, 13, 0))
    dialog.accept()
    assert services.get_slip(uow, draft.id or 0).working_minutes == 4 * 60


def test_the_employee_list_starts_a_slip_for_the_selected_employee(qtbot: QtBot, uow: FakeUnitOfWork,
                                                                   leave_office: Office) -> None:
    screen = EmployeeListWidget(uow)
    qtbot.addWidget(screen)
    screen.show()
    screen.select_employee(leave_office.archivist.id or 0)
    screen.leave_button.click()
    dialog: Any = QApplication.activeModalWidget()
    assert isinstance(dialog, LeaveSlipDialog)
    assert dialog.slip_form.employee_picker.value() == leave_office.archivist.id
    dialog.slip_form.starts_at_edit.setDateTime(at("2026-03-03"))
    dialog.slip_form.ends_at_edit.setDateTime(at("2026-03-03", "18:00"))
    with qtbot.waitSignal(screen.leave_slips_changed):
        dialog.accept()
    [saved] = uow.store.leave_slips.rows.values()
    assert saved.employee_id == leave_office.archivist.id


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_the_employee_is_found_by_typing_part_of_the_name(qtbot: QtBot, uow: FakeUnitOfWork,
                                                         leave_office: Office) -> None:
    dialog = LeaveSlipDialog(uow)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.slip_form.employee_picker
    line = picker.lineEdit()
    assert line is not None
    line.setFocus()
    type_text(qtbot, line, "тамир")  # lower case, part of the given name
    completer = picker.completer()
    assert completer.completionCount() == 1 and completer.popup().isVisible()
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.value() == leave_office.specialist.id
    dialog.refresh_preview()
    assert dialog.preview is not None and dialog.preview.slip.employee_id == leave_office.specialist.id


def test_whole_days_stretches_the_period_to_the_office_day(dialog: LeaveSlipDialog) -> None:
    set_period(dialog, "2026-03-03", "2026-03-04", "10:30", "12:00")
    dialog.slip_form.whole_days_button.click()
    slip = dialog.slip_form.read()
    assert (slip.starts_at, slip.ends_at) == (at("2026-03-03", "09:00"), at("2026-03-04", "18:00"))
