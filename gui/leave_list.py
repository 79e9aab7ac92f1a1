"""The Leave slips screen: month, unit, status and kind filters, search, and the slip's actions.

Filtering and search run in the service (SQL), a page of rows at a time, so 200,000 slips
open as fast as 20; typing in the search waits for a pause before asking again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from core import services
from core.i18n import _, ngettext
from core.leave.entities import LEAVE_KIND_LABELS, SLIP_STATUS_LABELS, DocumentForm, SlipFilter, SlipStatus
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, SlipPage
from core.services.leave import LIST_PAGE
from gui.forms.leave_slip_dialog import LeaveSlipDialog
from gui.leave_labels import month_name, slip_summary
from gui.leave_models import LeaveSlipTableModel, SlipColumn
from gui.settings import GuiSettings
from gui.slip_actions import SelectedSlip, SlipDocuments, document_form
from gui.slip_steps import SlipSteps
from gui.views import configure_list_view, size_columns
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo

SEARCH_DELAY_MS = 250
YEARS_BACK = 10

COLUMN_WIDTHS: dict[SlipColumn, int] = {
    SlipColumn.NUMBER: 95,
    SlipColumn.EMPLOYEE: 180,
    SlipColumn.UNIT: 160,
    SlipColumn.PERIOD: 235,
    SlipColumn.DURATION: 140,
    SlipColumn.KIND: 170,
    SlipColumn.PAY: 85,
    SlipColumn.STATUS: 120,
}


class LeaveListPage(QWidget):
    """Emits ``leave_slips_changed`` after anything is saved, printed or recorded from here."""

    leave_slips_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: GuiSettings, parent: QWidget | None = None, *,
                 load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self._settings = settings
        self.selected: SelectedSlip | None = None
        self.page_rows = LIST_PAGE  # rows read at a time; more are read as the list scrolls
        self.model = LeaveSlipTableModel(self)
        self.documents = SlipDocuments(uow_factory, settings, self)
        self.steps = SlipSteps(uow_factory, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._build_filters()
        self._build_table()
        self._build_buttons()
        self._build_layout()
        self._connect_actions()
        self._update_buttons()
        if load_now:  # the main window loads hidden sections when first shown
            self.reload_units()
            self.reload()

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(_("Search by name or slip number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        this_year = date.today().year
        self.year_combo = self._combo("year_combo", _("All years"), 9,
                                      ((str(y), y) for y in range(this_year + 1, this_year - YEARS_BACK, -1)))
        self.year_combo.set_value(this_year)
        self.month_combo = self._combo("month_combo", _("All months"), 14, ((month_name(m), m) for m in range(1, 13)))
        self.unit_combo = self._combo("unit_combo", _("All units"), 16, ())
        self.status_combo = self._combo("status_combo", _("All"), 10,
                                        ((_(label), status) for status, label in SLIP_STATUS_LABELS.items()))
        self.kind_combo = self._combo("kind_combo", _("All kinds"), 14,
                                      ((_(label), kind) for kind, label in LEAVE_KIND_LABELS.items()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")

    def _combo(self, name: str, none_text: str, width: int, choices: Any) -> ChoiceCombo:
        combo = ChoiceCombo(self, none_text=none_text)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(width)
        combo.set_choices(choices)
        return combo

    def _build_table(self) -> None:
        view = QTableView(self)
        view.setObjectName("slip_view")
        view.setModel(self.model)
        configure_list_view(view)
        size_columns(view, COLUMN_WIDTHS, stretch=SlipColumn.KIND)
        view.activated.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._on_current)
        self.view = view
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setStyleSheet("color: #1e6b34;")

    def _build_buttons(self) -> None:
        self.new_button = action_button(self, _("&New slip"), self.open_new, tip=_("Start a leave slip (Ctrl+N)"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.open_button = action_button(self, _("&Open"), self.open_selected,
                                         tip=_("Edit the draft, or preview a printed slip (Enter)"))
        self.preview_button = action_button(self, _("Pre&view"), self.preview_selected,
                                            tip=_("The slip as it will print"))
        self.print_button = action_button(self, _("&Print…"), self.print_selected,
                                          tip=_("Print: a draft takes the year's next number; "
                                                "later prints are copies (ХУУЛБАР)"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.layout_combo = ChoiceCombo(self)
        self.layout_combo.setObjectName("layout_combo")
        self.layout_combo.setMinimumContentsLength(12)
        self.layout_combo.setToolTip(_("Paper for printed slips"))
        self.layout_combo.set_choices([(_("A5 sheet"), "a5"), (_("Two on A4"), "a4x2")])
        self.layout_combo.set_value(self._settings.slip_layout)
        self.layout_combo.currentIndexChanged.connect(self._on_layout)
        self.sign_button = action_button(self, _("Si&gned…"), self._step("sign"),
                                         tip=_("The printed slip came back signed"))
        self.void_button = action_button(self, _("Vo&id…"), self._step("void"),
                                         tip=_("A mistake on a printed slip: void it with the reason"))
        self.return_button = action_button(self, _("&Returned…"), self._step("record_return"),
                                           tip=_("The employee is back; late time is absence (6.9)"))
        self.order_button = action_button(self, _("Or&der draft…"), self._with_selected(self.documents.order_draft),
                                          tip=_("The chief's draft order, as PDF and for Word"))
        self.record_order_button = action_button(self, _("Order si&gned…"), self._step("record_order"),
                                                 tip=_("Record the number of the signed order"))
        self.delete_button = action_button(self, _("De&lete draft"), self._step("delete_draft"),
                                           tip=_("Delete the draft (a printed slip is voided)"))

    def _with_selected(self, action: Callable[[SelectedSlip], Any]) -> Callable[[], Any]:
        return lambda: action(self.selected) if self.selected is not None else None

    def _step(self, name: str) -> Callable[[], Any]:
        return self._with_selected(lambda selected: getattr(self.steps, name)(selected))

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for label, combo in ((_("Year:"), self.year_combo), (_("Month:"), self.month_combo),
                             (_("Unit:"), self.unit_combo), (_("Status:"), self.status_combo),
                             (_("Kind:"), self.kind_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1 if combo is self.unit_combo else 0)
        documents = QHBoxLayout()  # two rows of buttons: one row of twelve needs more than a 1366-pixel screen
        for widget in (self.new_button, self.open_button, self.preview_button, self.print_button, self.layout_combo):
            documents.addWidget(widget)
        documents.addStretch(1)
        steps = QHBoxLayout()
        for widget in (self.sign_button, self.void_button, self.return_button, self.order_button,
                       self.record_order_button, self.delete_button):
            steps.addWidget(widget)
        steps.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        footer.addWidget(self.status_label)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(documents)
        layout.addLayout(steps)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

    def _connect_actions(self) -> None:
        for combo in (self.year_combo, self.month_combo, self.unit_combo, self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._on_filter)
        for source in (self.documents, self.steps):
            source.changed.connect(self._after_change)
            source.message.connect(self.status_label.setText)

    # -- loading ---------------------------------------------------------------------------------

    def filters(self) -> SlipFilter:
        """What the filter row asks for, as the service takes it."""
        unit = self.unit_combo.value()
        return SlipFilter(year=self.year_combo.value(), month=self.month_combo.value(),
                          department_ids=(unit,) if unit is not None else (), status=self.status_combo.value(),
                          kind=self.kind_combo.value(), search=self.search_edit.text())

    def reload(self) -> None:
        """Read the first page again, keeping the selected slip selected when it still matches."""
        self._search_timer.stop()
        current = self.selected.id if self.selected else None
        filters, uow_factory, rows = self.filters(), self._uow_factory, self.page_rows

        def read_page(offset: int) -> SlipPage:
            return services.list_slips(uow_factory(), filters, limit=rows, offset=offset)

        self.model.set_minutes_per_day(services.get_leave_settings(uow_factory()).schedule.minutes_per_day)
        self.model.set_page(read_page(0), read_page)
        if current is not None:
            self.select_slip(current)
        self._update_count()

    def reload_units(self) -> None:
        self.unit_combo.set_units(services.list_departments(self._uow_factory()))

    def select_slip(self, slip_id: int) -> None:
        row = self.model.row_of(slip_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def _on_filter(self) -> None:
        self.month_combo.setEnabled(self.year_combo.value() is not None)
        if self.year_combo.value() is None and self.month_combo.value() is not None:
            self.month_combo.set_value(None)  # a month needs its year
        self.reload()

    def _update_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(ngettext("{count} slip", "{count} slips", total).format(count=total))

    # -- selection -------------------------------------------------------------------------------

    def _on_current(self, *_args: object) -> None:
        index = self.view.currentIndex()
        self.selected = None
        if index.isValid():
            item = self.model.item_at(index.row())
            try:
                slip = services.get_slip(self._uow_factory(), item.id)
                self.selected = SelectedSlip(slip, item.employee_name, document_form(self._uow_factory, slip))
            except NotFoundError:  # deleted meanwhile (another window): the next reload drops the row
                self.selected = None
        self.summary_label.setText(
            slip_summary(self.selected.slip, self.model.minutes_per_day) if self.selected else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected
        status = selected.slip.status if selected else None
        is_slip = selected is not None and selected.form is DocumentForm.SLIP
        is_order = selected is not None and selected.form is DocumentForm.ORDER
        enabled = {
            self.open_button: selected is not None,
            self.preview_button: selected is not None,
            self.print_button: is_slip and status is not SlipStatus.VOIDED,
            self.sign_button: status is SlipStatus.PRINTED,
            self.void_button: status in (SlipStatus.PRINTED, SlipStatus.SIGNED),
            self.return_button: status is SlipStatus.SIGNED,
            self.order_button: is_order and status is not SlipStatus.VOIDED,
            self.record_order_button: is_order and status is SlipStatus.DRAFT,
            self.delete_button: status is SlipStatus.DRAFT,
        }
        for button, on in enabled.items():
            button.setEnabled(on)

    # -- actions ---------------------------------------------------------------------------------

    def _on_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_new(self, employee_id: int | None = None) -> LeaveSlipDialog:
        dialog = LeaveSlipDialog(self._uow_factory, None, employee_id=employee_id, parent=self)
        return self._open(dialog)

    def open_selected(self) -> LeaveSlipDialog | None:
        """A draft opens in the form; a printed slip is never edited, so it opens as its preview."""
        selected = self.selected
        if selected is None:
            return None
        if selected.slip.status is not SlipStatus.DRAFT:
            self.documents.preview(selected)
            return None
        return self._open(LeaveSlipDialog(self._uow_factory, selected.slip, parent=self))

    def preview_selected(self) -> None:
        if self.selected is not None:
            self.documents.preview(self.selected)

    def print_selected(self) -> None:
        if self.selected is not None:
            self.documents.print_slip(self.selected)

    def _open(self, dialog: LeaveSlipDialog) -> LeaveSlipDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)  # a bound method: a lambda here outlived the dialog (crash)
        dialog.open()
        return dialog

    def _on_saved(self, saved: object) -> None:
        slip_id = getattr(saved, "id", None)
        if isinstance(slip_id, int):
            self._after_change(slip_id)

    def _after_change(self, slip_id: int) -> None:
        self.reload()
        self.select_slip(slip_id)
        self._on_current()
        self.leave_slips_changed.emit()

    def _on_layout(self) -> None:
        self._settings.slip_layout = self.layout_combo.value()
