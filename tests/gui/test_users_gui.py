"""Login, first start, password change, the users page and the role's limits in the main window."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.passwords import Argon2Hasher
from core.session import CurrentUser
from core.users import Role, User
from gui import account
from gui.account import AccountControls
from gui.account_dialog import AccountDialog
from gui.change_password_dialog import ChangePasswordDialog
from gui.first_admin_dialog import FirstAdministratorDialog
from gui.login_dialog import LoginDialog
from gui.main_window import MainWindow
from gui.new_user_dialog import NewUserDialog
from gui.settings import GuiSettings
from gui.users_page import UserColumn, UsersPage
from tests.fakes import FakeUnitOfWork

FAST = Argon2Hasher.for_tests()
PASSWORD = "нууц үг 123"


@pytest.fixture
def office() -> tuple[FakeUnitOfWork, User]:
    uow = FakeUnitOfWork()
    admin = services.create_first_administrator(uow, login="saraa", full_name="Б.Сараа", password=PASSWORD,
                                                repeated=PASSWORD, hasher=FAST)
    uow.actor = admin
    return uow, admin


def press_ok(qtbot: QtBot, dialog: AccountDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)


def test_login_dialog_shows_the_refusal_in_the_dialog_then_logs_in(qtbot: QtBot, office: Any) -> None:
    uow, admin = office
    uow.actor = None
    dialog = LoginDialog(uow, hasher=FAST, clock=lambda: datetime(2026, 11, 25, 9, 0))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.login_edit, "Saraa")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    press_ok(qtbot, dialog)
    assert dialog.message.text() == _("Wrong login or password.")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.password_edit.text() == ""
    dialog.password_edit.setText(PASSWORD)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.id == admin.id


def test_login_dialog_shows_the_wait(qtbot: QtBot, office: Any) -> None:
    uow, _admin = office
    uow.actor = None
    for _attempt in range(5):
        with pytest.raises(services.LoginRefusedError):
            services.login(uow, "saraa", "wrong", now=datetime(2026, 11, 25, 9, 0), hasher=FAST)
    dialog = LoginDialog(uow, hasher=FAST, clock=lambda: datetime(2026, 11, 25, 9, 0, 1))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.login_edit, "saraa")
    dialog.password_edit.setText(PASSWORD)
    press_ok(qtbot, dialog)
    assert dialog.message.text() == _("Too many wrong passwords. Try again in {seconds} s.").format(seconds=1)


def test_first_administrator_dialog(qtbot: QtBot) -> None:
    uow = FakeUnitOfWork()
    dialog = FirstAdministratorDialog(uow, hasher=FAST)
    qtbot.addWidget(dialog)
    dialog.full_name_edit.setText("Б.Сараа")
    qtbot.keyClicks(dialog.login_edit, "saraa")
    dialog.password_edit.setText(PASSWORD)
    qtbot.keyClicks(dialog.repeated_edit, "other password")
    press_ok(qtbot, dialog)
    assert dialog.issues.message_for("repeated").text() == _("The two passwords differ.")
    assert services.needs_first_administrator(uow)
    dialog.repeated_edit.setText(PASSWORD)
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role is Role.ADMINISTRATOR
    assert not services.needs_first_administrator(uow)


def test_forced_password_change(qtbot: QtBot, office: Any) -> None:
    uow, _admin = office
    hr = services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    uow.actor = hr
    dialog = ChangePasswordDialog(uow, hr, forced=True, hasher=FAST)
    qtbot.addWidget(dialog)
    dialog.old_password_edit.setText(PASSWORD)
    dialog.password_edit.setText("шинэ нууц үг")
    dialog.repeated_edit.setText("шинэ нууц үг")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.result_value, User) and not dialog.result_value.must_change_password


def test_users_page_adds_and_locks(qtbot: QtBot, office: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    uow, _admin = office
    page = UsersPage(uow, hasher=FAST)
    qtbot.addWidget(page)
    assert [u.login for u in page.model.items()] == ["saraa"]

    def fill_new_user(factory: Any, parent: Any = None) -> User | None:
        dialog = NewUserDialog(factory, hasher=FAST)
        qtbot.addWidget(dialog)
        dialog.full_name_edit.setText("Нярав Болд")
        qtbot.keyClicks(dialog.login_edit, "bold")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.VIEWER.value))
        dialog.password_edit.setText("түр нууц үг")
        press_ok(qtbot, dialog)
        return dialog.result_value if isinstance(dialog.result_value, User) else None

    monkeypatch.setattr(NewUserDialog, "ask", fill_new_user)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [(u.login, u.role) for u in page.model.items()] == [("bold", Role.VIEWER), ("saraa", Role.ADMINISTRATOR)]
    page.view.selectRow(0)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    bold = page.model.items()[0]
    assert bold.locked
    assert page.model.data(page.model.index(0, UserColumn.STATE)) == _("Locked")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (_("HR officer"), True))
    page.view.selectRow(0)
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert page.model.items()[0].role is Role.HR


def test_users_page_for_another_role_is_empty_not_a_crash(qtbot: QtBot, office: Any) -> None:
    uow, _admin = office
    uow.actor = User(login="v", full_name="V", role=Role.VIEWER, id=9)
    page = UsersPage(uow, hasher=FAST)
    qtbot.addWidget(page)
    assert page.model.items() == []


def _window(qtbot: QtBot, uow: FakeUnitOfWork, tmp_path: Any) -> MainWindow:
    window = MainWindow(uow_factory=uow, database_label="test.db", settings=GuiSettings(tmp_path / "ui.ini"),
                        language="en")
    qtbot.addWidget(window)
    return window


def test_a_viewer_sees_who_is_logged_in_and_write_buttons_stay_disabled(qtbot: QtBot, office: Any,
                                                                        tmp_path: Any) -> None:
    uow, _admin = office
    viewer = User(login="v", full_name="Харагч", role=Role.VIEWER, id=9)
    uow.actor = viewer
    window = _window(qtbot, uow, tmp_path)
    controls = AccountControls(window, uow, CurrentUser(viewer))
    assert controls.user_label.text() == _("Logged in: {name} ({role})").format(name="Харагч", role=_("Viewer"))
    assert not window.employee_list.new_button.isEnabled()
    window.employee_list.new_button.setEnabled(True)  # what a page does when the selection changes
    assert not window.employee_list.new_button.isEnabled()
    assert not window.import_action.isEnabled()
    users_row = window.stack.indexOf(window.users_page)
    assert window.navigation.item(users_row).isHidden()


def test_log_out_asks_again_and_shows_the_new_user(qtbot: QtBot, office: Any, tmp_path: Any) -> None:
    uow, admin = office
    current = CurrentUser(admin)
    window = _window(qtbot, uow, tmp_path)
    hr = User(login="hr", full_name="Нярав", role=Role.HR, id=5)
    controls = AccountControls(window, uow, current, ask_login=lambda: hr)
    users_row = window.stack.indexOf(window.users_page)
    assert not window.navigation.item(users_row).isHidden()
    controls.log_out()
    assert current.user == hr
    assert controls.user_label.text() == _("Logged in: {name} ({role})").format(name="Нярав", role=_("HR officer"))
    assert window.navigation.item(users_row).isHidden()
    assert window.employee_list.new_button.isEnabled()  # the HR officer adds employees
    controls2 = AccountControls(window, uow, current, ask_login=lambda: None)
    controls2.log_out()
    assert current.user is None and not window.isVisible()


def test_sign_in_goes_to_the_first_administrator_on_an_empty_database(monkeypatch: pytest.MonkeyPatch) -> None:
    made = User(login="a", full_name="A", role=Role.ADMINISTRATOR, id=1)
    monkeypatch.setattr(FirstAdministratorDialog, "ask", classmethod(lambda cls, factory, parent=None: made))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, factory, parent=None: pytest.fail("no login")))
    assert account.sign_in(FakeUnitOfWork()) is made


def test_sign_in_forces_a_password_change(monkeypatch: pytest.MonkeyPatch, office: Any) -> None:
    uow, _admin = office
    must = User(login="hr", full_name="H", role=Role.HR, must_change_password=True, id=2)
    changed = User(login="hr", full_name="H", role=Role.HR, id=2)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, factory, parent=None: must))
    monkeypatch.setattr(ChangePasswordDialog, "ask",
                        classmethod(lambda cls, factory, user, forced=False, parent=None: changed if forced else None))
    assert account.sign_in(uow) is changed


def test_user_table_model(qtmodeltester: Any, office: Any) -> None:
    uow, _admin = office
    services.create_user(uow, login="hr", full_name="Нярав", role=Role.HR, password=PASSWORD, hasher=FAST)
    page = UsersPage(uow, hasher=FAST)
    qtmodeltester.check(page.model)
    assert page.model.data(page.model.index(0, UserColumn.STATE)) == _("Must change the password")
    page.deleteLater()


def _start(qapp: Any, tmp_path: Any, current: CurrentUser, closed: list[bool]) -> Any:
    from gui.app import start
    from tests.conftest import LOCALE_DIR

    uow = FakeUnitOfWork()
    return start(qapp, db_path=tmp_path / "t.db", version="9.9", locale_dir=LOCALE_DIR, language="en",
                 open_database=lambda: (uow, lambda: closed.append(True)), refusal_message=lambda error: None,
                 settings=GuiSettings(tmp_path / "ui.ini"), current=current)


def test_start_logs_in_before_the_window(qapp: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    hr = User(login="hr", full_name="Нярав", role=Role.HR, id=2)
    monkeypatch.delenv("TAMGA_QUIT_AFTER_START", raising=False)
    monkeypatch.setattr("gui.app.sign_in", lambda factory: hr)
    current = CurrentUser()
    closed: list[bool] = []
    started = _start(qapp, tmp_path, current, closed)
    try:
        assert started is not None and current.user is hr and started.window.isVisible()
        assert started.account is not None and "Нярав" in started.account.user_label.text()
    finally:
        started.window.close()
        started.window.deleteLater()
        qapp.removeTranslator(started.translator)


def test_giving_up_the_login_opens_no_window(qapp: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAMGA_QUIT_AFTER_START", raising=False)
    monkeypatch.setattr("gui.app.sign_in", lambda factory: None)
    closed: list[bool] = []
    assert _start(qapp, tmp_path, CurrentUser(), closed) is None
    assert closed == [True]


def test_every_gated_button_exists(qtbot: QtBot, office: Any, tmp_path: Any) -> None:
    """A renamed button would silently lose its gate (core still refuses): the table must name real ones."""
    uow, admin = office
    window = _window(qtbot, uow, tmp_path)
    gate = account.RoleGate(window)
    assert len(gate.buttons) == len(account.GATED_BUTTONS)
    own = [name for name, _action in account.GATED_ACTIONS if not name.startswith("backup_actions.")]
    assert all(account.gated_action(window, name) is not None for name in own)
    if getattr(window, "backup_actions", None) is not None:  # the menu items of the backups, when there are any
        assert all(account.gated_action(window, name) is not None for name, _action in account.GATED_ACTIONS)
