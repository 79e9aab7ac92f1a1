"""The in-app PDF preview (pypdfium2 → QImage) and printing through QPrinter to a PDF file."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from core import services
from gui.documents import register_pdf, slip_pdf
from gui.pdf_preview import PdfPreviewWidget
from gui.pdf_preview_dialog import PdfPreviewDialog
from gui.printing import page_setup, print_pdf
from tests.core.leave.conftest import Office, build_office
from tests.fakes import FakeUnitOfWork
from tests.gui.leave_helpers import PrintToFile, one_day, printed


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


@pytest.fixture
def slip_bytes(uow: FakeUnitOfWork, leave_office: Office) -> bytes:
    slip = printed(uow, one_day(leave_office))
    return slip_pdf(services.slip_document(uow, slip.id or 0, copy=True))


def coloured_pdf(pages: int = 1, size: tuple[float, float] = A5) -> bytes:
    """Red in the bottom-left corner, blue in the middle: checks the byte order of the pixels."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size)
    for _page in range(pages):
        canvas.setFillColorRGB(1, 0, 0)
        canvas.rect(0, 0, 100, 100, fill=1, stroke=0)
        canvas.setFillColorRGB(0, 0, 1)
        canvas.rect(size[0] / 2 - 20, size[1] / 2 - 20, 40, 40, fill=1, stroke=0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def dark_pixels(image: QImage) -> int:
    step = 4
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if QColor(image.pixel(x, y)).lightness() < 128)


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreviewWidget:
    widget = PdfPreviewWidget()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def test_page_one_of_a_real_slip_is_drawn_with_the_pages_proportions(preview: PdfPreviewWidget,
                                                                    slip_bytes: bytes) -> None:
    preview.set_pdf(slip_bytes)
    image = preview.page_image(0)
    assert preview.page_count() == 1 and not image.isNull()
    assert abs(image.width() / image.height() - A5[0] / A5[1]) < 0.01
    assert dark_pixels(image) > 200  # text, lines and the ХУУЛБАР mark, not a blank sheet
    assert QColor(image.pixel(2, 2)).name() == "#ffffff"


def test_colours_keep_their_channels(preview: PdfPreviewWidget) -> None:
    preview.set_pdf(coloured_pdf())
    image = preview.page_image(0)
    scale = image.width() / A5[0]
    assert QColor(image.pixel(round(10 * scale), image.height() - round(10 * scale))).name() == "#ff0000"
    assert QColor(image.pixel(image.width() // 2, image.height() // 2)).name() == "#0000ff"


def test_zoom_to_real_size_and_back_to_the_windows_width(preview: PdfPreviewWidget) -> None:
    preview.set_pdf(coloured_pdf(pages=3))
    assert preview.page_count() == 3 and preview.is_fit_width
    fitted = preview.page_image(0).width() / preview.devicePixelRatioF()
    assert fitted < preview.width()
    preview.set_zoom(1.0)
    assert not preview.is_fit_width
    real_width = A5[0] * preview.logicalDpiX() / 72  # pdfium rounds a fractional pixel up
    assert abs(preview.page_image(2).width() / preview.devicePixelRatioF() - real_width) <= 1
    preview.zoom_in()
    assert preview.zoom == 1.25 and preview.zoom_label.text() == "125 %"
    preview.fit_width()
    assert preview.is_fit_width and abs(preview.page_image(0).width() / preview.devicePixelRatioF() - fitted) < 2


def test_print_pdf_to_a_file_gives_one_a5_page(tmp_path: Path, slip_bytes: bytes) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "slip.pdf"))
    assert print_pdf(slip_bytes, printer) == 1
    reader = PdfReader(tmp_path / "slip.pdf")
    assert len(reader.pages) == 1
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [420, 595]
    assert (tmp_path / "slip.pdf").stat().st_size > 20_000  # the raster page, not an empty sheet


def test_a_landscape_register_prints_on_landscape_a4(tmp_path: Path, uow: FakeUnitOfWork,
                                                     leave_office: Office) -> None:
    printed(uow, one_day(leave_office))
    data = register_pdf(services.monthly_register(uow, 2026, 3))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "register.pdf"))
    pages = print_pdf(data, printer)
    reader = PdfReader(tmp_path / "register.pdf")
    assert len(reader.pages) == pages == len(PdfReader(io.BytesIO(data)).pages)
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [round(v) for v in landscape(A4)]


@pytest.mark.parametrize(("points", "paper", "orientation"), [
    (A5, QPageSize.PageSizeId.A5, QPageLayout.Orientation.Portrait),
    (landscape(A4), QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape),
])
def test_paper_is_the_nearest_standard_size(points: tuple[float, float], paper: QPageSize.PageSizeId,
                                            orientation: QPageLayout.Orientation) -> None:
    size, turned = page_setup(QSizeF(*points))
    assert size.id() == paper and turned == orientation


def test_the_preview_dialog_saves_and_prints_the_pdf(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     slip_bytes: bytes) -> None:
    printer = PrintToFile(monkeypatch, tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "copy"), ""))
    notices: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: notices.append(args))
    dialog = PdfPreviewDialog(slip_bytes, title="2026-0001", file_name="2026-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save_pdf() == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == slip_bytes and len(notices) == 1
    task = dialog.print_document()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [1] and len(PdfReader(printer.files[0]).pages) == 1


def test_a_draft_slip_cannot_be_saved_from_its_preview(qtbot: QtBot, slip_bytes: bytes) -> None:
    dialog = PdfPreviewDialog(slip_bytes, title="draft", file_name="draft.pdf", save_note="no number yet",
                              on_print=lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip() == "no number yet"
    assert dialog.print_button.isEnabled()


def test_slips_print_two_to_an_a4_sheet(tmp_path: Path, uow: FakeUnitOfWork, leave_office: Office) -> None:
    slip = printed(uow, one_day(leave_office), datetime(2026, 3, 2, 9, 0))
    data = slip_pdf(services.slip_document(uow, slip.id or 0, copy=True), "a4x2")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    assert print_pdf(data, printer) == 1
    assert [round(float(v)) for v in PdfReader(tmp_path / "two.pdf").pages[0].mediabox[2:]] == [round(v) for v in A4]
