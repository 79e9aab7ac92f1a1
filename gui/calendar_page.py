"""The working calendar: the office's own changes (swapped days, a day closed by the Governor)
beside the year's public holidays, which come from the ``holidays`` package and are read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.i18n import _
from core.leave.calendar import public_holidays
from core.leave.entities import CalendarChange
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError
from gui.calendar_models import CalendarChangeTableModel, ChangeColumn, Holiday, HolidayColumn, HolidayTableModel
from gui.confirm import confirm_delete, show_refusal
from gui.forms.calendar_change_form import CalendarChangeForm
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.period_pickers import year_spin


class CalendarPage(QWidget):
    """Emits ``calendar_changed`` after a change is added or deleted (drafts count again from it)."""

    calendar_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *,
                 load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.year_spin = year_spin(self, date.today().year)
        self.change_model = CalendarChangeTableModel(self)
        self.holiday_model = HolidayTableModel(self)
        self.change_view = self._view("change_view", self.change_model, ChangeColumn.DECISION)
        self.holiday_view = self._view("holiday_view", self.holiday_model, HolidayColumn.NAME)
        self.form = CalendarChangeForm(self)
        self.add_button = action_button(self, _("&Add the change"), self.add_change)
        self.delete_button = action_button(self, _("&Delete the selected change"), self.delete_selected)
        self.form.submitted.connect(self.add_change)
        self._build_layout()
        self.year_spin.valueChanged.connect(self.reload)
        self.change_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        if load_now:  # the main window loads hidden sections when first shown
            self.reload()

    def _view(self, name: str, model: CalendarChangeTableModel | HolidayTableModel, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year:"), self))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        note = QLabel(_("Leave is counted in working days: weekends and public holidays are skipped, and the "
                        "office's changes below are applied on top (a Saturday made a working day, an extra day "
                        "off). Printed slips keep the working time counted when they were saved."), self)
        note.setWordWrap(True)
        add_box = QGroupBox(_("New change"), self)
        add_layout = QVBoxLayout(add_box)
        add_layout.addWidget(self.form)
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_button)
        add_buttons.addStretch(1)
        add_layout.addLayout(add_buttons)
        left = QVBoxLayout()
        left.addWidget(heading(_("The office's calendar changes"), self))
        left.addWidget(self.change_view, 1)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        left.addLayout(delete_row)
        left.addWidget(add_box)
        self.holidays_heading = heading("", self)
        right = QVBoxLayout()
        right.addWidget(self.holidays_heading)
        right.addWidget(self.holiday_view, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addLayout(columns, 1)

    def reload(self) -> None:
        year = self.year_spin.value()
        changes = [c for c in services.list_calendar_changes(self._uow_factory()) if c.day.year == year]
        self.change_model.set_items(sorted(changes, key=lambda c: c.day))
        self.holiday_model.set_items(Holiday(day, name) for day, name in sorted(public_holidays(year).items()))
        self.holidays_heading.setText(_("Public holidays of {year} (Labour Law; read-only)").format(year=year))
        if self.form.read().day.year != year:
            self.form.populate(None, day=date(year, 1, 1))
        self._update_buttons()

    def selected(self) -> CalendarChange | None:
        index = self.change_view.currentIndex()
        return self.change_model.item_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def add_change(self) -> CalendarChange | None:
        """Form → service; a refused change stays in the form with the reason beside the field."""
        change = self.form.read()
        try:
            saved = services.add_calendar_change(self._uow_factory(), change)
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            return None
        self.form.populate(None, day=change.day)
        self.year_spin.setValue(saved.day.year)
        self.reload()
        self._select(saved)
        self.calendar_changed.emit()
        return saved

    def _select(self, change: CalendarChange) -> None:
        for row, item in enumerate(self.change_model.items()):
            if item.id == change.id:
                self.change_view.setCurrentIndex(self.change_model.index(row, 0))

    def delete_selected(self) -> bool:
        change = self.selected()
        if change is None or change.id is None:
            return False
        if not confirm_delete(self, _("the change of {day}").format(day=change.day.isoformat())):
            return False
        try:
            services.delete_calendar_change(self._uow_factory(), change.id)
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
        self.reload()
        self.calendar_changed.emit()
        return True
