"""The payments and awards register: filters by year, kind and unit, totals by kind, add, annul, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QInputDialog, QLabel, QTableView, QVBoxLayout, QWidget

from core import services
from core.i18n import _
from core.payments.documents import PaymentsRegisterDocument
from core.payments.entities import Payment
from core.payments.money import format_tugrik
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError
from gui.confirm import show_notice, show_refusal
from gui.forms.payment_dialog import PaymentDialog
from gui.payment_documents import payments_pdf, payments_xlsx
from gui.payment_labels import kind_title
from gui.payments_model import PaymentColumn, PaymentTableModel
from gui.save_file import ask_save_path
from gui.settings import GuiSettings
from gui.tasks import EXPORT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.period_pickers import year_spin


class PaymentsPage(QWidget):
    """Every payment and award of a year; the totals below count the ones not annulled."""

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
        self._departments: dict[int, int | None] = {}
        self.model = PaymentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._build_view()
        self.year_spin = year_spin(self, date.today().year)
        self.kind_combo = ChoiceCombo(self, none_text=_("All kinds"))
        self.kind_combo.setObjectName("kind_combo")
        self.unit_combo = ChoiceCombo(self, none_text=_("All units"))
        self.unit_combo.setObjectName("unit_combo")
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("totals_label")
        self.totals_label.setWordWrap(True)
        self.add_button = action_button(self, _("Add"), self.open_new)
        self.annul_button = action_button(
            self, _("Annul…"), self.annul_selected, tip=_("An entry made by mistake is annulled with a reason and kept")
        )
        self.pdf_button = action_button(self, _("Export &PDF…"), lambda: self.export(".pdf"))
        self.xlsx_button = action_button(self, _("Export &Excel…"), lambda: self.export(".xlsx"))
        self._build_layout()
        for combo in (self.kind_combo, self.unit_combo):
            combo.currentIndexChanged.connect(lambda _index: self.reload_payments())
        self.year_spin.valueChanged.connect(lambda _year: self.reload_payments())
        if load_now:
            self.reload()

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("payment_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PaymentColumn.KIND, QHeaderView.ResizeMode.Stretch)
        return view

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_("Year"), self))
        for widget in (self.year_spin, self.kind_combo, self.unit_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.annul_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Support payments and awards (regulation 10.7, 12)"), self))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_label)
        layout.addLayout(buttons)

    def reload(self) -> None:
        items = services.list_employee_items(self._uow_factory())
        self.model.set_employees({i.employee.id: i.employee for i in items if i.employee.id is not None})
        self._departments = {i.employee.id: i.department_id for i in items if i.employee.id is not None}
        self.unit_combo.set_units(services.list_departments(self._uow_factory()))
        # Dropped kinds stay: their recorded payments are still looked up.
        kinds = services.get_payment_policy(self._uow_factory()).kinds
        self.kind_combo.set_choices((kind_title(k), k.code) for k in kinds)
        self.reload_payments()

    def reload_payments(self) -> None:
        payments = services.list_payments(
            self._uow_factory(), year=self.year_spin.value(), kind_code=self.kind_combo.value()
        )
        unit = self.unit_combo.value()
        if unit is not None:
            payments = [p for p in payments if self._departments.get(p.employee_id) == unit]
        self.model.set_items(payments)
        self.totals_label.setText(totals_text(payments))

    def selected(self) -> Payment | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def open_new(self, prefill: Payment | None = None) -> PaymentDialog:
        dialog = PaymentDialog(self._uow_factory, prefill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload_payments())
        dialog.open()
        return dialog

    def annul_selected(self) -> None:
        payment = self.selected()
        if payment is None or payment.id is None:
            return
        reason, ok = QInputDialog.getText(self, _("Annul a payment"), _("Why was the entry a mistake?"))
        if ok:
            self.annul(payment.id, reason)

    def annul(self, payment_id: int, reason: str) -> None:
        try:
            services.annul_payment(self._uow_factory(), payment_id, reason=reason, on=date.today())
        except ValidationError as exc:
            show_refusal(self, exc.report.summary())
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
        self.reload_payments()

    def export(self, suffix: str) -> BackgroundTask | None:
        name = _("payments-{year}").format(year=self.year_spin.value()) + suffix
        path = ask_save_path(self, _("Export the payments register"), name, self._settings)
        return None if path is None else self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        """The year's register (all kinds and units, as the accountant keeps it) written to *path*."""
        uow_factory, year = self._uow_factory, self.year_spin.value()
        render: Callable[[PaymentsRegisterDocument], bytes] = payments_xlsx if path.suffix == ".xlsx" else payments_pdf

        def work() -> None:
            path.write_bytes(render(services.payments_register(uow_factory(), year=year)))

        return run_in_background(
            work,
            label=_("Writing the register…"),
            window=self,
            write_error=_(EXPORT_NOT_WRITTEN),
            done=lambda _none: show_notice(
                self, _("Export finished"), _("The payments register was written to {path}.").format(path=path)
            ),
        )


def totals_text(payments: list[Payment]) -> str:
    """ "10.7.8: 400 000 ₮ (2) · 12.4: 200 000 ₮ (1) · Total: 600 000 ₮", annulled entries left out."""
    sums: dict[str, tuple[int, int]] = {}
    for payment in payments:
        if payment.annulled:
            continue
        total, count = sums.get(payment.clause, (0, 0))
        sums[payment.clause] = (total + (payment.amount or 0), count + 1)
    parts = [f"{clause}: {format_tugrik(total)} ({count})" for clause, (total, count) in sorted(sums.items())]
    grand = format_tugrik(sum(total for total, _count in sums.values()))
    return " · ".join([*parts, _("Total: {amount}").format(amount=grand)])
