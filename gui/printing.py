"""Print a PDF on the system printer: each page rendered with pypdfium2 and painted by QPainter.

The page size comes from the PDF (A5 slip, A4 landscape register), so the printer is set up
before the dialog opens and the paper matches the document. ``ask_printer`` is the seam tests
replace to print to a PDF file without showing the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from core.i18n import _
from gui.pdf_render import POINTS_PER_INCH, PdfPages

#: Rendering beyond this resolution adds megabytes per page and nothing a laser printer shows.
MAX_PRINT_DPI = 300


class PrintError(Exception):
    """The printer could not be started (no printer, or the output file cannot be written)."""


def page_setup(size: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The standard paper (A5, A4…) nearest to a PDF page of *size* points, and its orientation."""
    landscape = size.width() > size.height()
    portrait = size.transposed() if landscape else size
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return page_size, orientation


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """Paper size and orientation of the first page, no margins: the PDF carries its own."""
    if not len(pages):
        return
    page_size, orientation = page_setup(pages.page_size(0))
    printer.setPageSize(page_size)
    printer.setPageOrientation(orientation)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0))
    printer.setFullPage(True)


def new_printer(data: bytes) -> QPrinter:
    """A high-resolution printer already set to the document's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages = PdfPages(data)
    try:
        prepare_printer(printer, pages)
    finally:
        pages.close()
    return printer


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog; ``False`` when the user cancels. Tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_printer(data: bytes, parent: QWidget | None) -> QPrinter | None:
    """A printer set up for *data*'s paper, chosen by the user, or ``None`` if they cancelled."""
    printer = new_printer(data)
    return printer if ask_printer(printer, parent) else None


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF *data* on *printer*; returns the number of pages printed.

    Safe to call off the GUI thread (QPainter may paint on a QPrinter in any thread).

    Raises:
        PrintError: The printer (or the PDF file it writes) could not be opened.
    """
    pages = PdfPages(data)
    try:
        if not len(pages):
            return 0
        prepare_printer(printer, pages)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(_("The printer could not be started. Check that it is switched on and try again."))
        try:
            for index in range(len(pages)):
                if index:
                    printer.newPage()
                _paint_page(painter, printer, pages, index)
        finally:
            painter.end()
        return len(pages)
    finally:
        pages.close()


def _paint_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int) -> None:
    """The page at the printer's resolution (at most 300 dpi), fitted to the paper, aspect kept."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    image = pages.render(index, dpi / POINTS_PER_INCH)
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    size = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(paper.topLeft(), size)
    target.moveCenter(paper.center())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)
