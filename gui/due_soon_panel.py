"""The "due soon" panel beside the sections: jubilees, ten years of service, children's gifts, pension age.

Each line opens the employee (double-click) or a new payment prefilled with the employee and the
kind the regulation pays for it. Reading the list walks every employee's history, so it runs off
the GUI thread (house style 19).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QListWidget, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from core import services
from core.i18n import N_, _, ngettext
from core.payments.due_soon import DueItem, DueKind, gift_days
from core.payments.entities import Payment
from core.ports import UnitOfWorkFactory
from gui.payment_documents import gift_list_pdf
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.widgets.buttons import action_button

DUE_TEXTS: dict[DueKind, str] = {
    DueKind.JUBILEE: N_("{day} {name}: {years}th birthday (12.5)"),
    DueKind.LONG_SERVICE: N_("{day} {name}: {years} years of continuous service (12.7)"),
    DueKind.RETIREMENT: N_("{day} {name}: reaches the pension age of {years} (12.5)"),
}


def due_text(item: DueItem) -> str:
    if item.kind is DueKind.CHILD_GIFT:
        count = len(item.children)
        text = ngettext(
            "{day} {name}: a gift for {count} child (12.6)", "{day} {name}: gifts for {count} children (12.6)", count
        )
        return text.format(day=item.on.isoformat(), name=item.name, count=count)
    return _(DUE_TEXTS[item.kind]).format(
        day=item.on.isoformat(), name=item.name, years=item.years, count=len(item.children)
    )


def payment_for(item: DueItem) -> Payment:
    """The new payment a due line proposes: its employee and kind, the child when there is one."""
    child = item.children[0].id if len(item.children) == 1 else None
    return Payment(
        employee_id=item.employee_id,
        kind_code=item.payment_kind or "",
        order_number="",
        order_date=None,
        family_member_id=child,
    )


class DueSoonPanel(QWidget):
    """Under the section list, as narrow as it: a panel beside the sections costs no screen width.

    It opens folded to its heading with the count, so on a 768-pixel screen the section list
    keeps its height; the secretary unfolds it when the count says there is something to see.
    """

    open_employee = Signal(int)
    new_payment = Signal(object)  # a prefilled Payment

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("due_soon_panel")
        self._uow_factory = uow_factory
        self.items: list[DueItem] = []
        self.task: BackgroundTask | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("due_list")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected_employee())
        self.employee_button = action_button(self, _("Employee"), self.open_selected_employee)
        self.payment_button = action_button(
            self, _("Payment…"), self.propose_payment, tip=_("A new payment or award for the selected line")
        )
        self.gift_button = action_button(
            self,
            _("Gift list…"),
            self.preview_gift_list,
            tip=_("The children's gift list per unit for the next gift day (12.6)"),
        )
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("due_soon_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.toggled.connect(self.unfold)
        self.body = QWidget(self)
        buttons = QGridLayout()
        buttons.addWidget(self.employee_button, 0, 0)
        buttons.addWidget(self.payment_button, 0, 1)
        buttons.addWidget(self.gift_button, 1, 0, 1, 2)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.list, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body, 1)
        self._show_heading()
        self.unfold(False)
        self.list.setMinimumHeight(80)
        self.last_preview: PdfPreviewDialog | None = None

    def unfold(self, unfolded: bool) -> None:
        """Show the list and its buttons, or only the heading with the count."""
        self.body.setVisible(unfolded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != unfolded:
            self.toggle.setChecked(unfolded)

    def _show_heading(self) -> None:
        self.toggle.setText(_("Due soon ({count})").format(count=len(self.items)))

    def reload(self, today: date | None = None) -> BackgroundTask:
        uow_factory, day = self._uow_factory, today or date.today()

        self.task = BackgroundTask(
            lambda: services.due_soon_list(uow_factory(), today=day), label="", parent=self, quiet=True
        )
        self.task.finished.connect(self._show)
        self.task.start()
        return self.task

    def _show(self, result: object) -> None:
        assert isinstance(result, list)
        self.items = result
        self.list.clear()
        self.list.addItems([due_text(item) for item in self.items])
        self._show_heading()
        if not self.items:
            self.list.addItem(_("Nothing due in the next weeks."))

    def selected(self) -> DueItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def open_selected_employee(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_employee.emit(item.employee_id)

    def propose_payment(self) -> None:
        item = self.selected()
        if item is not None and item.payment_kind:
            self.new_payment.emit(payment_for(item))

    def preview_gift_list(self) -> BackgroundTask:
        uow_factory = self._uow_factory
        policy = services.get_due_policy(uow_factory())  # one row: read here, the list itself off the GUI thread
        day = gift_days(date.today(), replace(policy, horizon_days=366))[0]
        return run_in_background(
            lambda: gift_list_pdf(services.gift_list_document(uow_factory(), on=day)),
            label=_("Preparing the list…"),
            window=self,
            write_error=_(DOCUMENT_NOT_WRITTEN),
            done=lambda data: self._show_gift_list(day, data),
        )

    def _show_gift_list(self, day: date, data: object) -> None:
        assert isinstance(data, bytes)
        name = _("gift-list-{day}").format(day=day.isoformat())
        self.last_preview = open_preview(
            PdfPreviewDialog(data, title=_("Children's gift list"), file_name=f"{name}.pdf", parent=self)
        )
