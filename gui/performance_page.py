"""Performance contracts (regulation section 7): the year's contracts, their steps and the deadline calendar."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.discipline.entities import DisciplinePolicy, Sanction, SanctionKind
from core.entities import SigningRole
from core.i18n import N_, _
from core.names import short_name
from core.performance.entities import ContractListItem, ContractStatus
from core.performance.policy import ContractStep
from core.ports import UnitOfWorkFactory
from gui.confirm import show_refusal
from gui.forms.performance_step_dialog import PerformanceStepDialog
from gui.forms.sanction_dialog import SanctionDialog
from gui.performance_model import (
    STATUS_LABELS,
    ContractColumn,
    ContractTableModel,
    DeadlineColumn,
    DeadlineTableModel,
)
from gui.views import configure_list_view, heading, size_columns
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo

#: (button attribute, label, the step it records).
STEP_BUTTONS: tuple[tuple[str, str, ContractStep], ...] = (
    ("concluded_button", N_("Co&ncluded…"), ContractStep.CONCLUDED),
    ("half_year_report_button", N_("&Half-year report…"), ContractStep.HALF_YEAR_REPORT),
    ("half_year_evaluation_button", N_("Half-year e&valuation…"), ContractStep.HALF_YEAR_EVALUATION),
    ("year_report_button", N_("&Year report…"), ContractStep.YEAR_REPORT),
    ("year_evaluation_button", N_("Year &evaluation…"), ContractStep.YEAR_EVALUATION),
)

#: The contract table's starting widths (a translated header is never cut: see ``size_columns``).
CONTRACT_WIDTHS: dict[int, int] = {
    ContractColumn.EMPLOYEE: 150,
    ContractColumn.UNIT: 160,
    ContractColumn.STATUS: 150,
    ContractColumn.CONCLUDED: 85,
    ContractColumn.HALF_YEAR_REPORT: 85,
    ContractColumn.HALF_YEAR_RATING: 110,
    ContractColumn.YEAR_REPORT: 85,
    ContractColumn.YEAR_RATING: 110,
}


class PerformancePage(QWidget):
    """The contracts of the chosen year beside that year's deadlines; a poor rating names its clauses."""

    contracts_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.model = ContractTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._table("contract_view", self.proxy, ContractColumn.CONSEQUENCE)
        self.deadline_model = DeadlineTableModel(self)
        self.deadline_view = self._deadline_table()
        self.deadline_title = QLabel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("year_spin")
        self.year_spin.setRange(2000, 2200)
        self.year_spin.setValue(date.today().year)
        self.unit_combo = ChoiceCombo(self, none_text=_("All units"))
        self.unit_combo.setObjectName("unit_combo")
        self.status_combo = ChoiceCombo(self, none_text=_("Any status"))
        self.status_combo.setObjectName("status_combo")
        self.status_combo.set_choices((_(label), status) for status, label in STATUS_LABELS.items())
        self.start_button = action_button(
            self,
            _("&Start the year's contracts"),
            self.start_year,
            tip=_("A draft contract for every working employee who has none"),
        )
        for name, label, step in STEP_BUTTONS:
            setattr(self, name, action_button(self, _(label), partial(self.open_step, step)))
        self.propose_button = action_button(
            self,
            _("&Propose a sanction…"),
            self.propose_sanction,
            tip=_("A poor rating is grounds for a sanction (12.8, 13.1, 13.4.2)"),
        )
        self.last_dialog: PerformanceStepDialog | SanctionDialog | None = None
        self._build_layout()
        self.year_spin.valueChanged.connect(lambda _year: self.reload_contracts())
        self.unit_combo.currentIndexChanged.connect(lambda _index: self.reload_contracts())
        self.status_combo.currentIndexChanged.connect(lambda _index: self.reload_contracts())
        if load_now:
            self.reload()

    def _table(self, name: str, model: object, stretch: int) -> QTableView:
        """Fixed widths, not ResizeToContents: a long unit name pushed the table past a 1366-pixel screen."""
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)  # type: ignore[arg-type]
        configure_list_view(view)
        size_columns(view, CONTRACT_WIDTHS, stretch=stretch)
        return view

    def _deadline_table(self) -> QTableView:
        """The regulation's wording is long: it wraps in the widest column and the rows grow instead of clipping."""
        view = QTableView(self)
        view.setObjectName("deadline_view")
        view.setModel(self.deadline_model)
        configure_list_view(view)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        size_columns(
            view,
            {DeadlineColumn.DATE: 130, DeadlineColumn.CLAUSE: 40, DeadlineColumn.BEHIND: 130},
            stretch=DeadlineColumn.WHAT,
        )
        return view

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in (
            (_("Year"), self.year_spin),
            (_("Unit"), self.unit_combo),
            (_("Status"), self.status_combo),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.start_button, *(getattr(self, n) for n, _l, _s in STEP_BUTTONS), self.propose_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        contracts = QWidget(self)
        left = QVBoxLayout(contracts)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(filters)
        left.addWidget(self.view, 1)
        left.addLayout(buttons)
        calendar = QWidget(self)
        right = QVBoxLayout(calendar)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.deadline_title)
        right.addWidget(self.deadline_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)  # the calendar's wording needs the page's width
        splitter.addWidget(contracts)
        splitter.addWidget(calendar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Performance contracts (regulation section 7)"), self))
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.unit_combo.set_units(services.list_departments(self._uow_factory()))
        self.reload_contracts()

    def reload_contracts(self) -> None:
        year = self.year_spin.value()
        status: ContractStatus | None = self.status_combo.value()
        self.model.set_items(
            services.list_contracts(self._uow_factory(), year, department_id=self.unit_combo.value(), status=status)
        )
        self.deadline_title.setText(_("Deadlines of {year} (7.1–7.6)").format(year=year))
        self.deadline_model.set_items(services.deadline_calendar(self._uow_factory(), year))

    def selected(self) -> ContractListItem | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        item: ContractListItem = self.model.item_at(self.proxy.mapToSource(index).row())
        return item

    def start_year(self) -> None:
        services.start_contracts(self._uow_factory(), self.year_spin.value(), department_id=self.unit_combo.value())
        self._changed()

    def open_step(self, step: ContractStep) -> PerformanceStepDialog | None:
        item = self.selected()
        if item is None:
            show_refusal(self, _("Choose a contract in the list first."))
            return None
        dialog = PerformanceStepDialog(self._uow_factory, item, step, evaluator=self._chief_text(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self._changed())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _chief_text(self) -> str:
        """7.6: the chief evaluates; the dialog offers whoever signs for the chief today."""
        signatory = services.signatory_for(self._uow_factory(), SigningRole.CHIEF, date.today())
        return f"{signatory.title} {short_name(signatory.employee)}" if signatory.employee else signatory.title

    def propose_sanction(self) -> SanctionDialog | None:
        """The sanctions register's own dialog, filled with the employee and the breach the rating is (12.8)."""
        item = self.selected()
        codes = [c for c in (item.sanction_grounds if item else ()) if DisciplinePolicy().breach(c) is not None]
        if item is None or not codes:
            show_refusal(self, _("Only a poor rating (12.8, 13.1, 13.4.2) is grounds for a sanction."))
            return None
        dialog = SanctionDialog(self._uow_factory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sanction_form.populate(
            Sanction(
                employee_id=item.contract.employee_id,
                breach_code=codes[-1],
                breach_text="",
                kind=SanctionKind.SALARY_CUT,
                order_number="",
                order_date=None,
                starts_on=date.today(),
                note=f"{item.contract.year} оны үр дүнгийн гэрээний үнэлгээ ({', '.join(item.sanction_grounds)})",
            )
        )
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _changed(self) -> None:
        self.reload_contracts()
        self.contracts_changed.emit()
