"""The year's vacation schedule (6.11): plan each employee's vacation, the heads agree, the chief approves.

After the approval an entry changes only with a reason; the selected entry's changes are listed
under the table, and the printed schedule carries them in its note column.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.vacation.schedule import ScheduleEntry
from core.vacation.schedule_document import ScheduleDocument
from core.vacation.schedule_view import ScheduleRow, ScheduleView
from gui.confirm import show_notice, show_refusal
from gui.forms.entity_dialog import EntityDialog
from gui.forms.schedule_sign_off import AgreementDialog, ApprovalDialog
from gui.forms.vacation_entry_dialog import VacationEntryDialog
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.save_file import ask_save_path
from gui.settings import GuiSettings
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.vacation_schedule_documents import schedule_pdf, schedule_xlsx
from gui.vacation_schedule_model import ScheduleColumn, ScheduleTableModel, period_text
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.period_pickers import year_spin


class VacationSchedulePage(QWidget):
    """One year at a time; the department filter also chooses whose agreement is recorded."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        settings: GuiSettings | None = None,
        parent: QWidget | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._settings = settings
        self.schedule_view: ScheduleView | None = None
        self.last_dialog: EntityDialog | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.model = ScheduleTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.year_spin = year_spin(self, date.today().year)
        self.department_combo = ChoiceCombo(self, none_text=_("All units"))
        self.department_combo.setObjectName("department_combo")
        self.department_combo.setMinimumContentsLength(24)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_label")
        self.view = self._build_view()
        self.history = QPlainTextEdit(self)
        self.history.setObjectName("history")
        self.history.setReadOnly(True)
        self.history.setMaximumHeight(90)
        self.history.setPlaceholderText(_("Changes made to the selected entry after the approval appear here."))
        self._make_buttons()
        self._build_layout()
        self.year_spin.valueChanged.connect(lambda _year: self.reload())
        self.department_combo.currentIndexChanged.connect(lambda _index: self._show_rows())
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_history())
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        if load_now:
            self.reload()

    def _make_buttons(self) -> None:
        self.prepare_button = action_button(
            self, _("&Prepare the year"), self.prepare, tip=_("Add a line for every working employee who has none")
        )
        self.edit_button = action_button(
            self,
            _("&Edit…"),
            self.edit_selected,
            tip=_("Plan the selected entry; after the approval, change it with a reason"),
        )
        self.part_button = action_button(
            self, _("Add a &part…"), self.add_part, tip=_("Another part of the selected employee's vacation")
        )
        self.agree_button = action_button(
            self, _("Head's a&greement…"), self.agree, tip=_("Record the agreement of the unit chosen above")
        )
        self.approve_button = action_button(
            self, _("Appro&ve…"), self.approve, tip=_("The chief approves the year's schedule (6.11)")
        )
        self.preview_button = action_button(self, _("Pre&view"), self.preview)
        self.pdf_button = action_button(self, _("Export &PDF…"), lambda: self.export(".pdf"))
        self.xlsx_button = action_button(self, _("Export E&xcel…"), lambda: self.export(".xlsx"))

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("schedule_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((ScheduleColumn.EMPLOYEE, 170), (ScheduleColumn.DEPARTMENT, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(ScheduleColumn.WISH, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year:"), self))
        top.addWidget(self.year_spin)
        top.addWidget(QLabel(_("Unit:"), self))
        top.addWidget(self.department_combo)
        top.addWidget(self.state_label, 1)
        buttons = QHBoxLayout()
        for button in (self.prepare_button, self.edit_button, self.part_button, self.agree_button, self.approve_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Vacation schedule (regulation 6.11)"), self))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.history)
        layout.addLayout(buttons)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self.set_view(services.get_schedule(self._uow_factory(), self.year_spin.value()))

    def set_view(self, view: ScheduleView) -> None:
        self.schedule_view = view
        chosen = self.department_combo.value()
        self.department_combo.blockSignals(True)
        self.department_combo.set_choices(
            (name or _("No unit"), key) for key, name in view.departments if key is not None
        )
        self.department_combo.set_value(chosen)
        self.department_combo.blockSignals(False)
        self._show_rows()
        self._show_state(view)

    def _show_rows(self) -> None:
        view = self.schedule_view
        if view is None:
            return
        department = self.department_combo.value()
        rows = [r for r in view.rows if department is None or r.entry.department_id == department]
        self.model.set_view(view, rows)
        self._show_history()

    def _show_state(self, view: ScheduleView) -> None:
        schedule = view.schedule
        if schedule is None:
            text = _("No schedule for {year} yet: prepare it.").format(year=view.year)
        elif schedule.approved_on is not None:
            text = _("Approved on {day} by {name}.").format(
                day=schedule.approved_on.isoformat(), name=schedule.approved_by
            )
        else:
            agreed = len(view.agreements)
            units = len([key for key, _name in view.departments if key is not None])
            text = _("Draft: {agreed} of {units} units agreed.").format(agreed=agreed, units=units)
        self.state_label.setText(text)
        has_schedule, approved = schedule is not None, view.approved
        for button in (self.edit_button, self.part_button, self.preview_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(has_schedule)
        self.agree_button.setEnabled(has_schedule and not approved)
        self.approve_button.setEnabled(has_schedule and not approved)

    def selected(self) -> ScheduleRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: ScheduleRow = self.model.item_at(self.proxy.mapToSource(index).row())
        return row

    def _show_history(self) -> None:
        row = self.selected()
        changes = row.changes if row else ()
        self.history.setPlainText(
            "\n".join(
                _("{day}: {old} → {new}. Reason: {reason}").format(
                    day=c.changed_on.isoformat(),
                    old=period_text(c.old_starts_on, c.old_ends_on) or _("not planned"),
                    new=period_text(c.new_starts_on, c.new_ends_on),
                    reason=c.reason,
                )
                for c in changes
            )
        )

    # -- actions ---------------------------------------------------------------------------------

    def prepare(self) -> None:
        self.set_view(services.prepare_schedule(self._uow_factory(), self.year_spin.value()))

    def edit_selected(self) -> VacationEntryDialog | None:
        row = self.selected()
        if row is None:
            show_refusal(self, _("Choose an employee's line first."))
            return None
        return self._open_entry(row.entry, row.name)

    def add_part(self) -> VacationEntryDialog | None:
        row = self.selected()
        if row is None:
            show_refusal(self, _("Choose an employee's line first."))
            return None
        entry = ScheduleEntry(
            row.entry.schedule_id, row.entry.employee_id, row.entry.department_id, submission_id=str(uuid4())
        )  # a form sent twice adds one part
        return self._open_entry(entry, row.name)

    def _open_entry(self, entry: ScheduleEntry, name: str) -> VacationEntryDialog:
        approved = self.schedule_view is not None and self.schedule_view.approved
        dialog = VacationEntryDialog(self._uow_factory, entry, employee_name=name, approved=approved, parent=self)
        return self._open(dialog)

    def agree(self) -> AgreementDialog | None:
        department = self.department_combo.value()
        if department is None:
            show_refusal(self, _("Choose the unit whose head agreed."))
            return None
        dialog = AgreementDialog(
            self._uow_factory, self.year_spin.value(), department, self.department_combo.currentText(), parent=self
        )
        return self._open(dialog)

    def approve(self) -> ApprovalDialog:
        return self._open(ApprovalDialog(self._uow_factory, self.year_spin.value(), parent=self))

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    # -- documents -------------------------------------------------------------------------------

    def _document_task(
        self, label: str, done: Callable[[Any], object], render: Callable[[ScheduleDocument], object]
    ) -> BackgroundTask:
        uow_factory, year = self._uow_factory, self.year_spin.value()

        def work() -> object:
            return render(services.vacation_schedule_document(uow_factory(), year))

        return run_in_background(work, label=label, window=self, done=done, write_error=_(DOCUMENT_NOT_WRITTEN))

    def _file_name(self, suffix: str) -> str:
        return _("vacation-schedule-{year}").format(year=self.year_spin.value()) + suffix

    def preview(self) -> BackgroundTask:
        return self._document_task(_("Preparing the preview…"), self._show_preview, schedule_pdf)

    def _show_preview(self, data: object) -> None:
        assert isinstance(data, bytes)
        title = _("Vacation schedule {year}").format(year=self.year_spin.value())
        self.last_preview = open_preview(
            PdfPreviewDialog(data, title=title, file_name=self._file_name(".pdf"), settings=self._settings, parent=self)
        )

    def export(self, suffix: str) -> BackgroundTask | None:
        path = ask_save_path(self, _("Export the vacation schedule"), self._file_name(suffix), self._settings)
        if path is None:
            return None
        return self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        render = schedule_xlsx if path.suffix.lower() == ".xlsx" else schedule_pdf
        return self._document_task(
            _("Writing the schedule…"),
            lambda _size: show_notice(
                self, _("Export finished"), _("The vacation schedule was written to {path}.").format(path=path)
            ),
            lambda document: path.write_bytes(render(document)),
        )
