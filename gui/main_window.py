"""The main window: a navigation list of sections, the File and Help menus, the open database."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.backups import BackupPort
from core.i18n import N_, _
from core.payments.entities import Payment
from core.ports import UnitOfWorkFactory
from gui.acting_page import ActingPage
from gui.attendance_page import AttendancePage
from gui.audit_page import AuditPage, audit_warning
from gui.backup_menu import BackupActions
from gui.calendar_page import CalendarPage
from gui.conduct_settings_page import ConductSettingsPage
from gui.deadline_reminders import DeadlineReminder
from gui.deadline_settings_page import DeadlineSettingsPage
from gui.discipline_page import DisciplinePage
from gui.due_soon_panel import DueSoonPanel
from gui.employee_list import EmployeeListWidget
from gui.job_description_page import JobDescriptionPage
from gui.leave_list import LeaveListPage
from gui.leave_settings_page import LeaveSettingsPage
from gui.payment_settings_page import PaymentSettingsPage
from gui.payments_page import PaymentsPage
from gui.performance_page import PerformancePage
from gui.register_page import RegisterPage
from gui.sections import SectionRefresher
from gui.settings import GuiSettings
from gui.settings_page import OfficeSettingsPage
from gui.structure_page import StructurePage
from gui.tasks import BackgroundTask
from gui.transfer import EmployeeTransfer
from gui.trips_page import TripsPage
from gui.users_page import UsersPage
from gui.vacation_schedule_page import VacationSchedulePage
from gui.vacation_settings_page import VacationSettingsPage
from gui.warm_up import warm_up_later

SECTION_TITLES = (N_("Employees"), N_("Leave slips"), N_("Leave register"), N_("Vacation schedule"),
                  N_("Attendance"), N_("Discipline"), N_("Business trips"), N_("Payments & awards"),
                  N_("Performance contracts"), N_("Job descriptions"), N_("Units & positions"),
                  N_("Acting officials"), N_("Working calendar"), N_("Office settings"), N_("Leave settings"),
                  N_("Vacation table"), N_("Attendance & discipline rules"), N_("Payment and award kinds"),
                  N_("Contract deadlines and reminders"), N_("Audit trail"), N_("Users"))


class MainWindow(QMainWindow):
    """Sections reload from the services when the app-level change signals fire."""

    employees_changed = Signal()
    structure_changed = Signal()
    leave_slips_changed = Signal()
    calendar_changed = Signal()  # the office calendar or the leave settings: working time counts again
    job_descriptions_changed = Signal()

    def __init__(self, *, uow_factory: UnitOfWorkFactory, database_label: str, settings: GuiSettings,
                 language: str, version: str = "", backups: BackupPort | None = None) -> None:
        super().__init__()
        self._settings = settings
        self._version = version
        self._uow_factory = uow_factory
        self.setWindowTitle(_("Tamga — HR records"))
        self.employee_list = EmployeeListWidget(uow_factory, self)
        self.leave_list = LeaveListPage(uow_factory, settings, self, load_now=False)
        self.register_page = RegisterPage(uow_factory, settings, self, load_now=False)
        self.calendar_page = CalendarPage(uow_factory, self, load_now=False)
        self.leave_settings_page = LeaveSettingsPage(uow_factory, self, load_now=False)
        self.vacation_settings_page = VacationSettingsPage(uow_factory, self, load_now=False)
        self.vacation_schedule_page = VacationSchedulePage(uow_factory, settings, self, load_now=False)
        self.conduct_settings_page = ConductSettingsPage(uow_factory, self, load_now=False)
        self.payment_settings_page = PaymentSettingsPage(uow_factory, self, load_now=False)
        self.deadline_settings_page = DeadlineSettingsPage(uow_factory, self, load_now=False)
        self.structure_page = StructurePage(uow_factory, self, load_now=False)
        self.job_description_page = JobDescriptionPage(uow_factory, settings, self, load_now=False)
        self.acting_page = ActingPage(uow_factory, self, load_now=False)
        self.settings_page = OfficeSettingsPage(uow_factory, settings, language, self, load_now=False)
        self.discipline_page = DisciplinePage(uow_factory, self, load_now=False)
        self.payments_page = PaymentsPage(uow_factory, settings, self, load_now=False)
        self.attendance_page = AttendancePage(uow_factory, self, load_now=False)
        self.performance_page = PerformancePage(uow_factory, self, load_now=False)
        self.trips_page = TripsPage(uow_factory, self, load_now=False)
        self.audit_page = AuditPage(uow_factory, self, load_now=False)
        self.users_page = UsersPage(uow_factory, self, load_now=False)  # administrators only (gui/account.py)
        self.transfer = EmployeeTransfer(uow_factory, settings, self)
        self._build_sections()
        self._build_menus()
        self.database_label = QLabel(_("Database: {path}").format(path=database_label), self)
        self.database_label.setObjectName("database_label")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self.deadline_reminder = DeadlineReminder(uow_factory, self)  # section 7's deadlines coming up
        self.statusBar().insertPermanentWidget(0, self.deadline_reminder)
        self.deadline_reminder.open_requested.connect(
            lambda: self.navigation.setCurrentRow(self.stack.indexOf(self.performance_page)))
        self.backup_actions = (None if backups is None else BackupActions(
            backups, self, menu=self.file_menu, before=self.quit_action, on_restored=self.reload_all_sections))
        self._connect_changes()
        self._add_due_soon_panel()
        self._restore_geometry()
        self.warm_up = warm_up_later(self)
        # Tampering behind Tamga's back is shown at start; walking a long chain takes a second, so
        # it runs beside the first screen instead of before it.
        self.audit_warning: str | None = None
        self.audit_check = BackgroundTask(lambda: audit_warning(uow_factory), label="", parent=self, quiet=True)
        self.audit_check.finished.connect(self._show_audit_warning)
        self.audit_check.start()
        self.deadline_reminder.refresh()

    def _show_audit_warning(self, warning: object) -> None:
        self.audit_warning = warning if isinstance(warning, str) else None
        if self.audit_warning:
            self.statusBar().showMessage(self.audit_warning)

    def _add_due_soon_panel(self) -> None:
        """Jubilees, ten years of service, children's gifts, pension age (12.5–12.7) beside the sections."""
        self.due_soon = DueSoonPanel(self._uow_factory, self)
        self.due_soon.setFixedWidth(self.navigation.maximumWidth())
        self.navigation_column.addWidget(self.due_soon)
        self.due_soon.open_employee.connect(self.open_employee)
        self.due_soon.new_payment.connect(self.open_payment)
        self.employees_changed.connect(lambda: self.due_soon.reload())
        self.employees_changed.connect(self.sections.slot(self.payments_page, self.payments_page.reload))
        self.due_soon.reload()

    def open_employee(self, employee_id: int) -> None:
        self.show_section(self.stack.indexOf(self.employee_list))
        self.employee_list.select_employee(employee_id)
        self.employee_list.open_selected()

    def open_payment(self, prefill: object) -> None:
        """The payments section with a new payment prefilled from a "due soon" line."""
        self.show_section(self.stack.indexOf(self.payments_page))
        self.payments_page.open_new(prefill if isinstance(prefill, Payment) else None)

    def _build_sections(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.addItems([_(title) for title in SECTION_TITLES])
        self.navigation.setFixedWidth(210)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet("QListWidget::item { padding: 4px 6px; }")  # 21 sections in 768 px
        self.stack = QStackedWidget(self)
        pages = (self.employee_list, self.leave_list, self.register_page, self.vacation_schedule_page,
                 self.attendance_page, self.discipline_page, self.trips_page, self.payments_page,
                 self.performance_page, self.job_description_page, self.structure_page, self.acting_page,
                 self.calendar_page, self.settings_page, self.leave_settings_page, self.vacation_settings_page,
                 self.conduct_settings_page, self.payment_settings_page,
                 self.deadline_settings_page, self.audit_page, self.users_page)
        assert len(pages) == len(SECTION_TITLES)
        for page in pages:
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.sections = SectionRefresher(self.stack)
        self.sections.defer(self.leave_list, self.leave_list.reload_units)
        for page in pages[1:]:
            self.sections.defer(page, page.reload)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        self.navigation_column = QVBoxLayout()  # the sections, and the due-soon panel under them
        self.navigation_column.addWidget(self.navigation, 1)
        layout.addLayout(self.navigation_column)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(_("&File"))
        self.import_action = self._action(_("&Import employees from Excel…"), self.transfer.open_import_dialog,
                                          "Ctrl+I")
        self.export_action = self._action(_("&Export employees to Excel…"), self.transfer.export_employees,
                                          "Ctrl+E")
        self.quit_action = self._action(_("&Quit"), self.close, "Ctrl+Q")
        self.verify_action = self._action(_("&Verify a slip…"), self.open_verify_dialog, "Ctrl+Shift+V")
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(_("&Go"))
        for row, title in enumerate(SECTION_TITLES):
            shortcut = f"Ctrl+{row + 1}" if row < 9 else None  # Ctrl+1 … Ctrl+9; the tenth has none
            action = self._action(_(title), lambda _checked=False, r=row: self.show_section(r), shortcut)
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(_("&Help"))
        self.about_action = self._action(_("&About Tamga"), self.show_about)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _connect_changes(self) -> None:
        self.employee_list.employees_changed.connect(self.employees_changed)
        self.transfer.employees_changed.connect(self.employees_changed)
        self.structure_page.structure_changed.connect(self.structure_changed)
        lazy = self.sections.slot
        self.employees_changed.connect(lazy(self.employee_list, self.employee_list.reload))
        self.employees_changed.connect(lazy(self.structure_page, self.structure_page.reload))
        self.employees_changed.connect(lazy(self.acting_page, self.acting_page.reload))
        self.employees_changed.connect(lazy(self.discipline_page, self.discipline_page.reload))
        self.employees_changed.connect(lazy(self.vacation_schedule_page, self.vacation_schedule_page.reload))
        self.employees_changed.connect(lazy(self.attendance_page, self.attendance_page.reload))
        self.conduct_settings_page.saved.connect(lazy(self.attendance_page, self.attendance_page.reload))
        self.conduct_settings_page.saved.connect(lazy(self.discipline_page, self.discipline_page.reload))
        self.payment_settings_page.saved.connect(lazy(self.payments_page, self.payments_page.reload))
        self.deadline_settings_page.saved.connect(lazy(self.performance_page, self.performance_page.reload))
        self.deadline_settings_page.saved.connect(self.deadline_reminder.refresh)
        self.deadline_settings_page.saved.connect(lambda: self.due_soon.reload())
        self.attendance_page.proposed.connect(lazy(self.discipline_page, self.discipline_page.reload_sanctions))
        self.employees_changed.connect(lazy(self.performance_page, self.performance_page.reload))
        self.employees_changed.connect(lazy(self.trips_page, self.trips_page.reload))
        self.structure_changed.connect(lazy(self.trips_page, self.trips_page.reload))
        self.employees_changed.connect(self.deadline_reminder.refresh)
        self.performance_page.contracts_changed.connect(self.deadline_reminder.refresh)
        self.employees_changed.connect(lazy(self.settings_page, self.settings_page.reload_employees))
        self.structure_changed.connect(lazy(self.employee_list, self.employee_list.reload_units))
        self.structure_changed.connect(lazy(self.employee_list, self.employee_list.reload))
        self.structure_changed.connect(lazy(self.acting_page, self.acting_page.reload))
        self.settings_page.saved.connect(lazy(self.acting_page, self.acting_page.reload))  # the chief may change
        self._connect_leave_changes()
        self._connect_description_changes()

    def _connect_leave_changes(self) -> None:
        lazy = self.sections.slot
        self.leave_list.leave_slips_changed.connect(self.leave_slips_changed)
        self.employee_list.leave_slips_changed.connect(self.leave_slips_changed)
        self.calendar_page.calendar_changed.connect(self.calendar_changed)
        self.leave_settings_page.saved.connect(self.calendar_changed)
        self.structure_changed.connect(lazy(self.leave_list, self.leave_list.reload_units))
        for signal in (self.leave_slips_changed, self.calendar_changed, self.employees_changed, self.structure_changed):
            signal.connect(lazy(self.leave_list, self.leave_list.reload))
            signal.connect(lazy(self.register_page, self.register_page.reload))

    def _connect_description_changes(self) -> None:
        """The page reloads after its own saves; a position renamed, moved or deleted changes its rows too."""
        page = self.job_description_page
        page.job_descriptions_changed.connect(self.job_descriptions_changed)
        self.structure_changed.connect(self.sections.slot(page, page.reload))

    def reload_all_sections(self) -> None:
        """After a restore every section shows stale records: reload each, now or when shown."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            reload = getattr(page, "reload", None)
            if page is not None and callable(reload):
                self.sections.defer(page, reload)
        for signal in (self.structure_changed, self.employees_changed, self.leave_slips_changed,
                       self.calendar_changed, self.job_descriptions_changed):
            signal.emit()

    def show_section(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def open_verify_dialog(self) -> None:
        """Check a paper slip's code or scan against the records (any role may)."""
        from gui.verify_slip_dialog import VerifySlipDialog

        VerifySlipDialog(self._uow_factory, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            _("About Tamga"),
            _("<b>Tamga</b> {version}<br>Human resources records for an aimag Governor's Office.<br>"
              "Works without the internet; the records stay on this computer.").format(version=self._version),
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(QSize(1280, 800))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.sync()
        super().closeEvent(event)
