"""The audit trail section: who changed, printed or voided what and when, filtered by record,
user and days, under a red banner when the log's chain no longer verifies."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.audit import RECORD_KINDS, AuditFilter, ChainReport
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import RefusedError
from gui.audit_model import AuditColumn, AuditTableModel, user_text
from gui.views import configure_list_view, size_columns
from gui.widgets.buttons import action_button

#: Entries shown at once; the count says when there are more (narrow the filter).
PAGE_SIZE = 500
BANNER_STYLE = "background: #fde7e7; color: #8c1d18; padding: 8px; border: 1px solid #b3261e;"


class AuditPage(QWidget):
    """Read-only: the storage layer writes the log, this page only reads and verifies it."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *,
                 load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.banner = QLabel(self)
        self.banner.setObjectName("audit_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self._build_filters()
        self.model = AuditTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("audit_view")
        self.view.setModel(self.model)
        configure_list_view(self.view)
        size_columns(self.view, {AuditColumn.AT: 150, AuditColumn.USER: 120, AuditColumn.ACTION: 100,
                                 AuditColumn.RECORD: 160}, stretch=AuditColumn.CHANGES)
        self.count_label = QLabel(self)
        self._build_layout()
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_filters(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.addItem(_("All records"), None)
        for table, label in RECORD_KINDS.items():
            self.kind_combo.addItem(_(label), table)
        self.record_id_spin = QSpinBox(self)
        self.record_id_spin.setObjectName("record_id_spin")
        self.record_id_spin.setRange(0, 2**31 - 1)
        self.record_id_spin.setSpecialValueText(_("any"))
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("user_combo")
        self.days_check = QCheckBox(_("From"), self)
        self.since_edit = self._date_edit("since_edit")
        self.until_edit = self._date_edit("until_edit")
        self.apply_button = action_button(self, _("&Show"), self.reload)
        self.days_check.toggled.connect(self.since_edit.setEnabled)
        self.days_check.toggled.connect(self.until_edit.setEnabled)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((_("Record:"), self.kind_combo), (_("No.:"), self.record_id_spin),
                              (_("User:"), self.user_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.days_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(_("to"), self))
        filters.addWidget(self.until_edit)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def current_filter(self) -> AuditFilter:
        """The filter the widgets describe; a record number without a kind is ignored."""
        kind = self.kind_combo.currentData()
        record_id = self.record_id_spin.value() or None
        days = self.days_check.isChecked()
        return AuditFilter(
            entity=kind,
            entity_id=record_id if kind is not None else None,
            user_login=self.user_combo.currentData(),
            since=_day(self.since_edit) if days else None,
            until=_day(self.until_edit) if days else None,
        )

    def reload(self) -> None:
        """Entries, the user list and the chain check, fresh from the database."""
        try:
            self._reload_users()
            page = services.list_audit_entries(self._uow_factory(), self.current_filter(), limit=PAGE_SIZE)
            report = services.verify_audit_chain(self._uow_factory())
        except RefusedError as error:  # a role that may not read the log
            self.model.set_items([])
            self.count_label.setText(str(error))
            return
        self.model.set_items(page.entries)
        self.count_label.setText(_("{shown} of {total} entries, newest first.").format(
            shown=len(page.entries), total=page.total))
        self.show_report(report)

    def show_report(self, report: ChainReport) -> None:
        """The banner: shown when the chain is broken or cannot be checked, hidden when it verifies."""
        problem = not report.ok or not report.end_checked
        self.banner.setText(report.message() if problem else "")
        self.banner.setVisible(problem)

    def _reload_users(self) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(_("All users"), None)
        for login in services.audit_logins(self._uow_factory()):
            self.user_combo.addItem(user_text(login), login)
        index = self.user_combo.findData(chosen)
        self.user_combo.setCurrentIndex(max(index, 0) if chosen is not None else 0)
        self.user_combo.blockSignals(False)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def audit_warning(uow_factory: UnitOfWorkFactory) -> str | None:
    """The status bar's warning at start when the log was tampered with; ``None`` when it verifies
    (or the user's role may not read it: the administrator sees it)."""
    try:
        report = services.verify_audit_chain(uow_factory())
    except RefusedError:
        return None
    return report.message() if report.broken else None
