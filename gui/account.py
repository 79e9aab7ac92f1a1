"""The logged-in user in the main window: signing in, "Log out", and buttons the role may not use.

Core refuses every action the role may not do (``core.access``); disabling the buttons here
only spares the user a click that would be refused. A page re-enables its buttons as the
selection changes, so :class:`RoleGate` watches each gated button and turns it off again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from core import services
from core.access import Action, allowed
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.session import CurrentUser
from core.users import ROLE_LABELS, Role, User
from gui.change_password_dialog import ChangePasswordDialog
from gui.first_admin_dialog import FirstAdministratorDialog
from gui.login_dialog import LoginDialog

#: (page attribute of the main window, button attribute of the page, the action the button does).
GATED_BUTTONS: tuple[tuple[str, str, Action], ...] = (
    *(("employee_list", b, Action.EDIT_RECORDS) for b in ("new_button", "event_button")),
    ("employee_list", "leave_button", Action.EDIT_LEAVE),
    *(("leave_list", b, Action.EDIT_LEAVE) for b in ("new_button", "sign_button", "void_button", "return_button",
                                                       "record_order_button", "delete_button")),
    *(("leave_list", b, Action.PRINT) for b in ("preview_button", "print_button", "order_button")),
    *(("register_page", b, Action.PRINT) for b in ("preview_button", "pdf_button", "xlsx_button")),
    *(("job_description_page", b, Action.EDIT_RECORDS) for b in ("new_button", "revise_button", "copy_button",
                                                                   "approve_button", "delete_button",
                                                                   "import_button")),
    *(("job_description_page", b, Action.PRINT) for b in ("preview_button", "pdf_button", "word_button")),
    *(("structure_page", b, Action.EDIT_RECORDS) for b in ("seed_button", "add_unit_button", "add_subunit_button",
                                                             "edit_unit_button", "delete_unit_button",
                                                             "add_position_button", "edit_position_button",
                                                             "delete_position_button")),
    *(("payments_page", b, Action.EDIT_RECORDS) for b in ("add_button", "annul_button")),
    *(("payments_page", b, Action.PRINT) for b in ("pdf_button", "xlsx_button")),
    ("due_soon", "payment_button", Action.EDIT_RECORDS),
    ("due_soon", "gift_button", Action.PRINT),
    *(("acting_page", b, Action.EDIT_RECORDS) for b in ("add_button", "edit_button", "delete_button")),
    *(("calendar_page", b, Action.EDIT_SETTINGS) for b in ("add_button", "delete_button")),
    *(("settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button")),
    *(("leave_settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button",
                                                                   "defaults_button")),
    *(("conduct_settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button",
                                                                     "defaults_button")),
    *(("payment_settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button",
                                                                     "defaults_button")),
    *(("deadline_settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button",
                                                                      "defaults_button")),
    *(("discipline_page", b, Action.EDIT_RECORDS) for b in ("add_button", "annul_button", "decide_button",
                                                              "reject_button")),
    *(("trips_page", b, Action.EDIT_RECORDS) for b in ("new_button", "edit_button", "issue_button", "extend_button",
                                                         "recall_button", "report_button", "cancel_button")),
    ("trips_page", "certificate_button", Action.PRINT),
    ("discipline_page", "order_button", Action.PRINT),
    *(("vacation_schedule_page", b, Action.EDIT_RECORDS) for b in ("prepare_button", "edit_button", "part_button",
                                                                     "agree_button", "approve_button")),
    *(("vacation_schedule_page", b, Action.PRINT) for b in ("preview_button", "pdf_button", "xlsx_button")),
    *(("attendance_page", b, Action.EDIT_RECORDS) for b in ("save_button", "propose_button")),
    *(("vacation_settings_page", b, Action.EDIT_SETTINGS) for b in ("save_button", "revert_button",
                                                                      "defaults_button", "add_band_button",
                                                                      "remove_band_button")),
    *(("performance_page", b, Action.EDIT_RECORDS) for b in ("start_button", "concluded_button",
                                                               "half_year_report_button", "half_year_evaluation_button",
                                                               "year_report_button", "year_evaluation_button",
                                                               "propose_button")),
)
#: Main-window menu actions and what they do.
GATED_ACTIONS: tuple[tuple[str, Action], ...] = (("import_action", Action.EDIT_RECORDS),
                                                 ("export_action", Action.PRINT),
                                                 ("backup_actions.back_up_to_action", Action.BACK_UP),
                                                 ("backup_actions.restore_action", Action.RESTORE))
#: Sections shown to administrators only.
ADMIN_SECTIONS = ("users_page", "audit_page")


def gated_action(window: QMainWindow, name: str) -> object:
    """The menu action *name* names: "backup_actions.restore_action" is one a helper object owns."""
    found: object = window
    for part in name.split("."):
        found = getattr(found, part, None)
    return found


def sign_in(uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> User | None:
    """First start, login, and a forced password change; ``None`` when the user gives up."""
    if services.needs_first_administrator(uow_factory()):
        return FirstAdministratorDialog.ask(uow_factory, parent)
    user = LoginDialog.ask(uow_factory, parent)
    if user is not None and user.must_change_password:
        return ChangePasswordDialog.ask(uow_factory, user, forced=True, parent=parent)
    return user


class RoleGate(QObject):
    """Keeps the buttons of actions the current role may not do disabled, whatever the page says.

    It remembers what the page last asked for each button, so a later user whose role allows
    the action gets the button back in the state the page wants (e.g. off until a row is chosen).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._user: User | None = None
        self._forcing = False
        self.buttons: dict[QWidget, Action] = {}
        self._wanted: dict[QWidget, bool] = {}
        for page_name, button_name, action in GATED_BUTTONS:
            button = getattr(getattr(window, page_name, None), button_name, None)
            if isinstance(button, QWidget):
                self.buttons[button] = action
                self._wanted[button] = button.isEnabled()
                button.installEventFilter(self)

    def apply(self, user: User | None) -> None:
        self._user = user
        for button, action in self.buttons.items():
            self._force(button, self._wanted[button] and allowed(user, action))
        for name, action in GATED_ACTIONS:
            menu_action = gated_action(self._window, name)
            if isinstance(menu_action, QAction):
                menu_action.setEnabled(allowed(user, action))

    def _force(self, button: QWidget, enabled: bool) -> None:
        self._forcing = True
        try:
            button.setEnabled(enabled)
        finally:
            self._forcing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched in self.buttons and not self._forcing:
            assert isinstance(watched, QWidget)
            self._wanted[watched] = watched.isEnabled()
            if watched.isEnabled() and not allowed(self._user, self.buttons[watched]):
                self._force(watched, False)
        return False


class AccountControls(QObject):
    """The status-bar name, the Account menu (change password, log out), and the role's limits."""

    def __init__(self, window: QMainWindow, uow_factory: UnitOfWorkFactory, current: CurrentUser, *,
                 ask_login: Callable[[], User | None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._uow_factory = uow_factory
        self._current = current
        self._ask_login = ask_login or (lambda: sign_in(uow_factory, None))
        self.gate = RoleGate(window)
        self.user_label = QLabel(window)
        self.user_label.setObjectName("user_label")
        window.statusBar().addPermanentWidget(self.user_label)
        menu = window.menuBar().addMenu(_("&Account"))
        self.change_password_action = menu.addAction(_("&Change password…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.log_out_action = menu.addAction(_("&Log out"))
        self.log_out_action.triggered.connect(self.log_out)
        self.show_user(current.user)

    def show_user(self, user: User | None) -> None:
        """Label, gated buttons and administrator-only sections for *user*."""
        self.gate.apply(user)
        if user is not None:
            self.user_label.setText(_("Logged in: {name} ({role})").format(name=user.full_name,
                                                                            role=_(ROLE_LABELS[user.role])))
        self.change_password_action.setEnabled(user is not None)
        self.log_out_action.setEnabled(user is not None)
        self._show_admin_sections(user is None or user.role is Role.ADMINISTRATOR)

    def _show_admin_sections(self, visible: bool) -> None:
        navigation = getattr(self._window, "navigation", None)
        stack = getattr(self._window, "stack", None)
        if navigation is None or stack is None:
            return
        for name in ADMIN_SECTIONS:
            page = getattr(self._window, name, None)
            row = stack.indexOf(page) if page is not None else -1
            if row >= 0:
                navigation.item(row).setHidden(not visible)
                if not visible and navigation.currentRow() == row:
                    navigation.setCurrentRow(0)

    def change_password(self) -> None:
        user = self._current.user
        if user is not None:
            changed = ChangePasswordDialog.ask(self._uow_factory, user, parent=self._window)
            if changed is not None:
                self._current.user = changed

    def log_out(self) -> None:
        """Hide the records, ask for a login again; closing the login dialog quits."""
        self._current.user = None
        self._window.hide()
        user = self._ask_login()
        if user is None:
            self._window.close()
            return
        self._current.user = user
        self.show_user(user)
        reload_all = getattr(self._window, "reload_all_sections", None)
        if callable(reload_all):  # what the last user saw (unmasked, perhaps) is read again for this one
            reload_all()
        self._window.show()
