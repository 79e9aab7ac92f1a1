"""A slip's documents: preview, print (a draft is numbered as it prints), and the order draft.

Printing goes through ``services.print_slip`` with a renderer that sends the PDF to the
printer inside the numbering transaction, so a print that fails takes no number. The PDF
rendering (reportlab) and the printing run off the GUI thread (house style 19).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from core import services
from core.documents.models import SlipDocument
from core.i18n import _
from core.leave.entities import DocumentForm, LeaveSlip, SlipStatus
from core.leave.validation import validate_printable
from core.ports import UnitOfWorkFactory
from core.services import PrintResult
from gui import printing
from gui.confirm import show_refusal
from gui.documents import SlipLayout, order_docx, order_pdf, slip_pdf
from gui.leave_labels import number_text
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.settings import GuiSettings
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background

PAPER: dict[str, QPageSize.PageSizeId] = {"a5": QPageSize.PageSizeId.A5, "a4x2": QPageSize.PageSizeId.A4}


@dataclass(frozen=True, slots=True)
class SelectedSlip:
    """The slip the list has selected, with what the list knows beside it."""

    slip: LeaveSlip
    employee_name: str
    form: DocumentForm  # on a slip, or by the chief's order (6.5)

    @property
    def id(self) -> int:
        assert self.slip.id is not None
        return self.slip.id

    @property
    def label(self) -> str:
        """ "2026-0042 — Чулуун Тамираа": how messages name the slip."""
        return f"{number_text(self.slip.number, self.slip.order_number)} — {self.employee_name}"


def document_form(uow_factory: UnitOfWorkFactory, slip: LeaveSlip) -> DocumentForm:
    """Slip or order: a draft asks the rules (6.5); a given leave has a number or an order."""
    if slip.status is SlipStatus.DRAFT:
        return services.leave_preview(uow_factory(), slip).decision.form
    return DocumentForm.SLIP if slip.number is not None else DocumentForm.ORDER


class SlipDocuments(QObject):
    """Emits ``changed(slip_id)`` after a print was recorded, ``message(text)`` for the status line."""

    changed = Signal(int)
    message = Signal(str)

    def __init__(self, uow_factory: UnitOfWorkFactory, settings: GuiSettings, window: QWidget) -> None:
        super().__init__(window)
        self._uow_factory = uow_factory
        self._settings = settings
        self._window = window
        self.last_preview: PdfPreviewDialog | None = None

    @property
    def layout(self) -> SlipLayout:
        return "a4x2" if self._settings.slip_layout == "a4x2" else "a5"

    # -- preview ---------------------------------------------------------------------------------

    def preview(self, selected: SelectedSlip) -> BackgroundTask:
        """The slip as it would print now (a copy once numbered), or the order draft for an order leave."""
        if selected.form is DocumentForm.ORDER:
            return self.order_draft(selected)
        uow_factory, slip_id, layout = self._uow_factory, selected.id, self.layout
        copy = selected.slip.status is not SlipStatus.DRAFT

        def work() -> bytes:
            return slip_pdf(services.slip_document(uow_factory(), slip_id, copy=copy), layout)

        return self._run(work, _("Preparing the preview…"), lambda data: self._show_slip(selected, data))

    def _show_slip(self, selected: SelectedSlip, data: object) -> None:
        assert isinstance(data, bytes)
        status = selected.slip.status
        number = number_text(selected.slip.number)
        dialog = PdfPreviewDialog(
            data, title=_("Leave slip {number}").format(number=number), file_name=f"{number}.pdf",
            settings=self._settings, on_print=lambda: self.print_slip(selected),
            print_note=_("A void slip is not printed again.") if status is SlipStatus.VOIDED else None,
            save_note=_("A draft has no number yet: print it to number it.") if status is SlipStatus.DRAFT else None,
            parent=self._window,
        )
        self.last_preview = open_preview(dialog)

    def order_draft(self, selected: SelectedSlip) -> BackgroundTask:
        """The chief's draft order (6.5) as PDF to preview, with the .docx to finish in Word."""
        uow_factory, slip_id = self._uow_factory, selected.id

        def work() -> tuple[bytes, bytes]:
            document = services.order_draft(uow_factory(), slip_id)
            return order_pdf(document), order_docx(document)

        return self._run(work, _("Preparing the order draft…"), lambda files: self._show_order(selected, files))

    def _show_order(self, selected: SelectedSlip, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, docx = files
        name = _("order-draft-{name}").format(name=selected.employee_name.replace(" ", "-"))
        dialog = PdfPreviewDialog(
            pdf, title=_("Order draft: {slip}").format(slip=selected.label), file_name=f"{name}.pdf",
            settings=self._settings, extra_files=[(_("Save for &Word…"), f"{name}.docx", docx)], parent=self._window,
        )
        self.last_preview = open_preview(dialog)

    # -- printing --------------------------------------------------------------------------------

    def print_slip(self, selected: SelectedSlip) -> BackgroundTask | None:
        """Choose the printer, then print: a draft takes the year's next number, later prints are copies."""
        if selected.slip.status is SlipStatus.DRAFT and not self._printable(selected.slip):
            return None
        layout = self.layout
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAPER[layout]))
        if not printing.ask_printer(printer, self._window):
            return None
        uow_factory, slip_id = self._uow_factory, selected.id

        def work() -> PrintResult:
            return services.print_slip(uow_factory(), slip_id, now=datetime.now(),
                                       render=lambda document: self._send(document, layout, printer))

        return self._run(work, _("Printing the slip…"), self._on_printed)

    @staticmethod
    def _send(document: SlipDocument, layout: SlipLayout, printer: QPrinter) -> None:
        printing.print_pdf(slip_pdf(document, layout), printer)

    def _printable(self, slip: LeaveSlip) -> bool:
        """Asked before the print dialog, so the secretary does not choose a printer for nothing."""
        policy = services.get_leave_settings(self._uow_factory()).policy
        preview = services.leave_preview(self._uow_factory(), slip)
        report = preview.report + validate_printable(preview.slip, decision=preview.decision, policy=policy)
        if report.is_valid:
            return True
        problems = "\n".join(f"• {issue.message}" for issue in report.errors)
        show_refusal(self._window, _("The slip cannot be printed yet:\n{problems}").format(problems=problems))
        return False

    def _on_printed(self, result: object) -> None:
        assert isinstance(result, PrintResult) and result.slip.id is not None
        number = str(result.slip.number)
        text = (_("A copy of slip {number} was printed.") if result.is_copy
                else _("Slip {number} was printed; it waits for the signatures.")).format(number=number)
        self.changed.emit(result.slip.id)
        self.message.emit(text)

    # -- running ---------------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], label: str, done: Callable[[Any], None]) -> BackgroundTask:
        return run_in_background(work, label=label, window=self._window, done=done, refused=(printing.PrintError,),
                                 write_error=_(DOCUMENT_NOT_WRITTEN))
