"""The sanctions register (regulation section 13): filters, record, decide or reject a proposal, annul."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services
from core.discipline.entities import Sanction, SanctionStatus
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import ValidationError
from gui.confirm import show_refusal
from gui.discipline_model import SanctionColumn, SanctionTableModel
from gui.documents import order_docx, order_pdf
from gui.forms.sanction_dialog import SanctionDialog
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo


class DisciplinePage(QWidget):
    """Every sanction, newest first; the ones in force today are shaded."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.model = SanctionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._build_view()
        self.employee_combo = ChoiceCombo(self, none_text=_("All employees"))
        self.employee_combo.setObjectName("employee_combo")
        self.in_force_check = QCheckBox(_("Only in force today"), self)
        self.in_force_check.setObjectName("in_force_check")
        self.proposals_check = QCheckBox(_("Only proposals awaiting a decision"), self)
        self.proposals_check.setObjectName("proposals_check")
        self.add_button = action_button(self, _("Add"), self.open_new)
        self.annul_button = action_button(self, _("Annul…"), self.annul_selected,
                                          tip=_("A sanction entered by mistake is annulled with a reason and kept"))
        self.order_button = action_button(self, _("Or&der draft…"), self.order_draft,
                                          tip=_("The chief's draft order for the selected sanction, PDF and Word"))
        self.decide_button = action_button(self, _("Decide…"), self.decide_selected,
                                           tip=_("Record the chief's order for the selected proposal"))
        self.reject_button = action_button(self, _("Reject…"), self.reject_selected,
                                           tip=_("The chief declines the proposal; it is kept with the reason"))
        self.last_preview: PdfPreviewDialog | None = None
        self._build_layout()
        self.employee_combo.currentIndexChanged.connect(lambda _index: self.reload_sanctions())
        self.in_force_check.toggled.connect(lambda _checked: self.reload_sanctions())
        self.proposals_check.toggled.connect(lambda _checked: self.reload_sanctions())
        if load_now:
            self.reload()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.employee_combo)
        filters.addWidget(self.in_force_check)
        filters.addWidget(self.proposals_check)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.annul_button)
        buttons.addWidget(self.order_button)
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Discipline (regulation section 13)"), self))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("sanction_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SanctionColumn.BREACH, QHeaderView.ResizeMode.Stretch)
        return view

    def reload(self) -> None:
        employees = [i.employee for i in services.list_employee_items(self._uow_factory())]
        self.model.set_employees({e.id: e for e in employees if e.id is not None})
        self.employee_combo.set_employees(employees)
        self.reload_sanctions()

    def reload_sanctions(self) -> None:
        self.model.today = date.today()
        in_force_on = self.model.today if self.in_force_check.isChecked() else None
        sanctions = services.list_sanctions(
            self._uow_factory(), employee_id=self.employee_combo.value(), in_force_on=in_force_on)
        if self.proposals_check.isChecked():
            sanctions = [s for s in sanctions if s.is_proposal and not s.annulled]
        self.model.set_items(sanctions)

    def selected(self) -> Sanction | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row())

    def open_new(self) -> SanctionDialog:
        dialog = SanctionDialog(self._uow_factory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload_sanctions())
        dialog.open()
        return dialog

    def open_decision(self, proposal: Sanction) -> SanctionDialog:
        dialog = SanctionDialog(self._uow_factory, self, proposal=proposal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload_sanctions())
        dialog.open()
        return dialog

    def _open_proposal(self) -> Sanction | None:
        sanction = self.selected()
        if sanction is None:
            return None
        if not sanction.is_proposal or sanction.annulled:
            show_refusal(self, _("Choose a proposal that awaits the chief's decision."))
            return None
        return sanction

    def decide_selected(self) -> SanctionDialog | None:
        proposal = self._open_proposal()
        return None if proposal is None else self.open_decision(proposal)

    def reject_selected(self) -> None:
        proposal = self._open_proposal()
        if proposal is None or proposal.id is None:
            return
        reason, ok = QInputDialog.getText(self, _("Reject a proposal"), _("Why does the chief reject it?"))
        if ok:
            self.reject(proposal.id, reason)

    def reject(self, sanction_id: int, reason: str) -> None:
        try:
            services.reject_sanction(self._uow_factory(), sanction_id, reason=reason)
        except ValidationError as exc:
            show_refusal(self, exc.report.summary())
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
        self.reload_sanctions()

    def annul_selected(self) -> None:
        sanction = self.selected()
        if sanction is None or sanction.id is None:
            return
        reason, ok = QInputDialog.getText(self, _("Annul a sanction"), _("Why was the entry a mistake?"))
        if ok:
            self.annul(sanction.id, reason)

    def annul(self, sanction_id: int, reason: str) -> None:
        try:
            services.annul_sanction(self._uow_factory(), sanction_id, reason=reason, on=date.today())
        except ValidationError as exc:
            show_refusal(self, exc.report.summary())
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self, str(exc))
        self.reload_sanctions()

    def order_draft(self) -> BackgroundTask | None:
        """The draft order as a PDF preview, with the .docx to finish in Word."""
        sanction = self.selected()
        if sanction is None or sanction.id is None:
            return None
        if sanction.annulled or sanction.status is SanctionStatus.REJECTED:
            show_refusal(self, _("An annulled sanction or a rejected proposal has no order to draft."))
            return None
        uow_factory, sanction_id = self._uow_factory, sanction.id

        def work() -> tuple[bytes, bytes]:
            document = services.sanction_order_draft(uow_factory(), sanction_id)
            return order_pdf(document), order_docx(document)

        number = sanction.order_number or _("proposal-{id}").format(id=sanction.id)
        name = _("sanction-order-{number}").format(number=number.replace("/", "-").replace(" ", "-"))
        return run_in_background(work, label=_("Preparing the order draft…"), window=self,
                                 done=lambda files: self._show_order(name, files), write_error=_(DOCUMENT_NOT_WRITTEN))

    def _show_order(self, name: str, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, docx = files
        dialog = PdfPreviewDialog(pdf, title=_("Order draft: {name}").format(name=name), file_name=f"{name}.pdf",
                                  extra_files=[(_("Save for &Word…"), f"{name}.docx", docx)], parent=self)
        self.last_preview = open_preview(dialog)
