"""The office's attendance day sheet (6.1–6.3): everyone at work on one day, entered by keyboard.

Arrow to a person, Tab into the form, type the minutes and press Enter: the entry is saved
and the next person is selected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.attendance.entities import AttendanceKind
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import DaySheetRow, MonthFlags, NotFoundError, RefusedError
from core.validation import ValidationError
from gui.attendance_flags import AttendanceFlags
from gui.attendance_model import COLUMN_WIDTHS, DaySheetColumn, DaySheetTableModel, entry_of
from gui.confirm import show_refusal
from gui.forms.attendance_form import AttendanceForm
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.optional_date_edit import make_date_edit, to_date


def flags_text(flags: MonthFlags, names: dict[int, str]) -> str:
    """The month's flags in one sentence each, naming the people."""

    def listed(ids: set[int]) -> str:
        return ", ".join(sorted(names.get(i, "?") for i in ids)) or _("nobody")

    deducted = listed({row.entry.employee_id for row in flags.deductions})
    warned = listed({warning.employee_id for warning in flags.warnings})
    return "\n".join(
        (
            _("This month, absence to deduct from pay (6.3): {names}").format(names=deducted),
            _("This month, grounds for a warning (13.3.1.3): {names}").format(names=warned),
        )
    )


class AttendancePage(QWidget):
    """The day's sheet on the left with the month's flags under it, the chosen person's entry on the right."""

    #: A sanction was proposed from a flag: the Discipline section shows it.
    proposed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.day_edit = make_date_edit(self)
        self.day_edit.setObjectName("day_edit")
        today = date.today()
        self.day_edit.setDate(QDate(today.year, today.month, today.day))
        self.model = DaySheetTableModel(self)
        self.view = self._build_view()
        self.flags_label = QLabel(self)
        self.flags_label.setObjectName("flags_label")
        self.flags_label.setWordWrap(True)
        self.flags = AttendanceFlags(uow_factory, self)
        self.propose_button = self.flags.propose_button
        self.flags.proposed.connect(self._after_proposal)
        self.form = AttendanceForm(self)
        self.save_button = action_button(self, _("Save"), self.save)
        self.form.submitted.connect(self.save)
        self.form.kind_combo.currentIndexChanged.connect(lambda _index: self._show_selected(keep_kind=True))
        self.day_edit.dateChanged.connect(lambda _date: self.reload())
        left = QVBoxLayout()
        left.addWidget(heading(_("Attendance day sheet (regulation 6.1–6.3)"), self))
        left.addWidget(self.day_edit)
        left.addWidget(self.view, 3)
        left.addWidget(self.flags_label)
        left.addWidget(self.flags, 1)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.save_button)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)  # the sheet's seven columns need three quarters of a 1366-pixel screen
        layout.addLayout(right, 1)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("day_sheet_view")
        view.setModel(self.model)
        configure_list_view(view)
        # Fixed widths, not ResizeToContents: a long unit name pushed the sheet past 1366 px, and
        # measuring 500 rows on every reload is slow. Long names are elided, whole in the tooltip.
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():  # at least the (translated) header's width
            view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(DaySheetColumn.REASON, QHeaderView.ResizeMode.Stretch)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_selected(keep_kind=False))
        return view

    @property
    def day(self) -> date:
        return to_date(self.day_edit.date())

    def reload(self) -> None:
        row = max(self.view.currentIndex().row(), 0)
        rows = services.day_sheet(self._uow_factory(), self.day)
        report = services.month_flag_report(self._uow_factory(), year=self.day.year, month=self.day.month)
        flags = report.flags
        self.model.flagged = {f.entry.employee_id for f in flags.deductions} | {w.employee_id for w in flags.warnings}
        self.model.set_items(rows)
        names = {r.employee_id: r.name for r in rows}
        self.flags_label.setText(flags_text(flags, names))
        cases = report.cases
        minutes_per_day = services.get_leave_settings(self._uow_factory()).schedule.minutes_per_day
        self.flags.set_cases(cases, names=names, minutes_per_day=minutes_per_day)
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))

    def selected(self) -> DaySheetRow | None:
        index = self.view.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _show_selected(self, *, keep_kind: bool) -> None:
        row = self.selected()
        if row is None:
            return
        if not keep_kind:
            self.flags.select_person(row.employee_id)
        kind = AttendanceKind(self.form.kind_combo.value()) if keep_kind else AttendanceKind.LATE
        if not keep_kind and row.entries:
            kind = row.entries[0].kind
        self.form.populate(entry_of(row, kind), employee_id=row.employee_id, day=self.day, kind=kind)

    def _after_proposal(self) -> None:
        self.reload()
        self.proposed.emit()

    def save(self) -> bool:
        """Save the form's entry; on success move to the next person."""
        if self.selected() is None:
            return False
        try:
            services.record_attendance(self._uow_factory(), self.form.read())
        except ValidationError as error:
            self.form.show_issues(error.report)
            return False
        except (RefusedError, NotFoundError) as error:
            show_refusal(self, str(error))
            return False
        current = self.view.currentIndex().row()
        self.reload()
        self.view.selectRow(min(current + 1, self.model.rowCount() - 1))
        return True
