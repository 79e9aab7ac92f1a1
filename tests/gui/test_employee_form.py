"""The employee form and dialog: values go through the service, issues come back beside fields."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from core import services
from core.entities import ContractKind, Employee, Gender, Position
from core.i18n import _
from core.registration import make_registration_number
from core.validation import Severity
from gui.forms.employee_dialog import EmployeeDialog
from gui.forms.employee_form import EmployeeForm
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork
from tests.gui.keys import type_text

VALID_RD = make_registration_number("УБ", date(1990, 7, 9), 3, Gender.MALE)


@pytest.fixture
def dialog(qtbot: QtBot, uow: FakeUnitOfWork) -> EmployeeDialog:
    dialog = EmployeeDialog(uow, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_valid(qtbot: QtBot, form: EmployeeForm) -> None:
    type_text(qtbot, form.patronymic_edit, "Ганбат")
    type_text(qtbot, form.given_name_edit, "Өлзийбат")
    type_text(qtbot, form.registration_number_edit, VALID_RD)
    qtbot.keyClicks(form.phone_edit, "99112233")
    qtbot.keyClicks(form.email_edit, "ulzii@example.mn")
    type_text(qtbot, form.address_edit, "Цэцэрлэг, 2-р баг")


def stored(uow: FakeUnitOfWork) -> list[Employee]:
    return uow.employees.list()


def test_valid_employee_is_saved_with_the_typed_values(qtbot: QtBot, dialog: EmployeeDialog,
                                                       uow: FakeUnitOfWork) -> None:
    fill_valid(qtbot, dialog.employee_form)
    dialog.accept()
    [saved] = stored(uow)
    assert (saved.patronymic, saved.given_name, saved.registration_number) == ("Ганбат", "Өлзийбат", VALID_RD)
    assert (saved.birth_date, saved.gender) == (date(1990, 7, 9), Gender.MALE)
    assert (saved.phone, saved.email, saved.address) == ("99112233", "ulzii@example.mn", "Цэцэрлэг, 2-р баг")
    assert saved.appointed_on is None and saved.contract_ends_on is None
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_entity == saved


def test_registration_number_fills_birth_date_and_gender(qtbot: QtBot) -> None:
    form = EmployeeForm()
    qtbot.addWidget(form)
    assert form.birth_date_edit.value() is None and form.gender_combo.value() is None
    type_text(qtbot, form.registration_number_edit, "уб03241125")  # lower case, born in 2003
    assert form.birth_date_edit.value() == date(2003, 4, 11)
    assert form.gender_combo.value() is Gender.FEMALE


def test_registration_number_leaves_a_birth_date_the_user_set(qtbot: QtBot) -> None:
    form = EmployeeForm()
    qtbot.addWidget(form)
    form.birth_date_edit.set_check.setChecked(True)
    form.birth_date_edit.date_edit.setDate(QDate(1985, 1, 2))
    type_text(qtbot, form.registration_number_edit, VALID_RD)
    assert form.birth_date_edit.value() == date(1985, 1, 2)
    assert form.gender_combo.value() is Gender.MALE


def _clear_given_name(form: EmployeeForm) -> None:
    form.given_name_edit.clear()


def _latin_name(form: EmployeeForm) -> None:
    form.given_name_edit.setText("Ulzii")


def _bad_shape(form: EmployeeForm) -> None:
    form.registration_number_edit.setText("УБ1234")
    form.birth_date_edit.set_value(date(1990, 7, 9))


def _impossible_date(form: EmployeeForm) -> None:
    form.registration_number_edit.setText("УБ90133112")  # month 13
    form.birth_date_edit.set_value(date(1990, 7, 9))


def _birth_date_mismatch(form: EmployeeForm) -> None:
    form.birth_date_edit.set_value(date(1991, 7, 9))


def _bad_phone(form: EmployeeForm) -> None:
    form.phone_edit.setText("утас 12")


def _bad_email(form: EmployeeForm) -> None:
    form.email_edit.setText("ulzii.example.mn")


def _fixed_term_without_end(form: EmployeeForm) -> None:
    form.contract_kind_combo.set_value(ContractKind.FIXED_TERM)


@pytest.mark.parametrize(
    ("spoil", "field", "message"),
    [
        (_clear_given_name, "given_name", "This field is required."),
        (_latin_name, "given_name", "Write the name in Mongolian Cyrillic letters."),
        (_bad_shape, "registration_number",
         "A registration number is two Cyrillic letters and eight digits, e.g. УБ99112345."),
        (_impossible_date, "registration_number",
         "The digits of this registration number do not make a real birth date."),
        (_birth_date_mismatch, "birth_date", "The registration number gives the birth date {date}."),
        (_bad_phone, "phone", "A phone number has digits only, e.g. 99112233 or +976 99112233."),
        (_bad_email, "email", "This is not an e-mail address."),
        (_fixed_term_without_end, "contract_ends_on",
         "A fixed-term or probation contract needs an end date (4.6–4.7)."),
    ],
)
def test_each_invalid_field_shows_its_message_and_nothing_is_saved(
    qtbot: QtBot, dialog: EmployeeDialog, uow: FakeUnitOfWork, spoil: object, field: str, message: str
) -> None:
    form = dialog.employee_form
    fill_valid(qtbot, form)
    spoil(form)  # type: ignore[operator]
    dialog.accept()
    assert stored(uow) == []
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    label = form.findChild(type(form.general_message), f"{field}_message")
    assert label is not None and label.isVisible()
    assert label.text() == _(message).format(date="1990-07-09")
    assert label.severity is Severity.ERROR
    shown = [m.objectName() for m in form.findChildren(type(form.general_message)) if m.isVisible()]
    assert shown == [f"{field}_message"]


def test_messages_clear_when_the_form_is_populated_again(qtbot: QtBot, dialog: EmployeeDialog) -> None:
    form = dialog.employee_form
    dialog.accept()  # empty form: birth date and gender missing
    assert form.findChild(type(form.general_message), "birth_date_message").isVisible()
    form.populate(None)
    assert not any(m.isVisible() for m in form.findChildren(type(form.general_message)))


def test_enter_saves(qtbot: QtBot, dialog: EmployeeDialog, uow: FakeUnitOfWork) -> None:
    fill_valid(qtbot, dialog.employee_form)
    qtbot.keyClick(dialog.employee_form.address_edit, Qt.Key.Key_Return)
    assert len(stored(uow)) == 1
    assert dialog.result() == dialog.DialogCode.Accepted


def test_escape_cancels(qtbot: QtBot, dialog: EmployeeDialog, uow: FakeUnitOfWork) -> None:
    fill_valid(qtbot, dialog.employee_form)
    qtbot.keyClick(dialog.employee_form.address_edit, Qt.Key.Key_Escape)
    assert stored(uow) == []
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()


def test_first_field_has_focus_and_tab_walks_the_fields(qtbot: QtBot, dialog: EmployeeDialog) -> None:
    form = dialog.employee_form
    qtbot.waitUntil(lambda: dialog.focusWidget() is form.patronymic_edit)
    order = [form.patronymic_edit]
    while len(order) < 8:
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus):
            order[-1] = order[-1].nextInFocusChain()
    assert order[:5] == [form.patronymic_edit, form.given_name_edit, form.surname_edit,
                         form.registration_number_edit, form.birth_date_edit.set_check]


def test_save_button_is_the_default(dialog: EmployeeDialog) -> None:
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isDefault()


def test_existing_employee_round_trips_and_shows_history(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    post = services.save_position(uow, Position(title="Мэргэжилтэн", department_id=None, class_number=6,
                                                rank="дэс түшмэл"))
    saved = services.save_employee(uow, employee(position_id=post.id, appointed_on=date(2021, 3, 1)))
    dialog = EmployeeDialog(uow, saved)
    qtbot.addWidget(dialog)
    assert dialog.employee_form.read() == saved
    assert dialog.tabs.count() == 9  # details, family, job description, introduction, history, vacation,
    # attendance, business trips, sanctions
    assert dialog.history_view is not None and dialog.history_view.model().rowCount() == 1
    dialog.employee_form.phone_edit.setText("88001122")
    dialog.onboarding_form.salary_on_edit.set_value(date(2021, 3, 2))
    dialog.accept()
    assert services.get_employee(uow, saved.id).phone == "88001122"
    assert services.get_onboarding(uow, saved.id).salary_on == date(2021, 3, 2)


def test_future_onboarding_date_is_refused_on_its_tab(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    saved = services.save_employee(uow, employee())
    dialog = EmployeeDialog(uow, saved)
    qtbot.addWidget(dialog)
    dialog.onboarding_form.ethics_code_on_edit.set_value(date(2999, 1, 1))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.onboarding_form
    assert dialog.onboarding_form.general_message.text() == _("An introduction cannot be dated in the future.")
    assert services.get_onboarding(uow, saved.id).ethics_code_on is None
