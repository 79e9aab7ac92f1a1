"""The monthly attendance summary per person (6.1–6.3, 6.9) the accountant keeps beside the leave register.

Both the PDF and the .xlsx read their cells from ``core.attendance.report.summary_cells``, so they never differ.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Spacer, Table, TableStyle

from core.attendance.report import AttendanceDocument, summary_cells
from core.documents.fonts import BOLD, ensure_fonts
from core.documents.layout import NumberedCanvas, office_caps, page_template, para, signature_block, styles

MARGINS_MM = (15, 15, 18, 20)  # top, right, bottom, left
FIXED_HEADERS = ("№", "Овог, нэр", "Албан тушаал", "Харьяалах нэгж")
#: (header, width in mm) of the minute columns, in the order of :class:`AttendanceLine`'s minutes.
TIME_HEADERS: tuple[tuple[str, float], ...] = (
    ("Хоцорсон", 22),
    ("Эрт явсан", 22),
    ("Шалтгаангүй тасалсан", 26),
    ("Шалтгаантай", 26),
    ("Чөлөө хэтрүүлсэн (6.9)", 26),
    ("Ажил тасалсанд тооцож суутгах (6.3)", 30),
)
FIXED_WIDTHS_MM = (8, 34, 32, 32)


def render_attendance_pdf(doc: AttendanceDocument, out: BinaryIO) -> None:
    """Write the summary as an A4 landscape PDF, header repeated on every page and pages numbered."""
    ensure_fonts()
    template = page_template(
        out,
        pagesize=landscape(A4),
        margins_mm=MARGINS_MM,
        on_page=_no_decoration,
        title=doc.title,
        author=doc.office_name,
        subject="Ирцийн нэгтгэл",
    )
    template.build(_story(doc), canvasmaker=NumberedCanvas)


def _no_decoration(canvas: Canvas, template: BaseDocTemplate) -> None:
    """Page numbers are drawn by :class:`NumberedCanvas` once the page count is known."""


def _story(doc: AttendanceDocument) -> list[Flowable]:
    st = styles(9)
    small = styles(8)  # the long clause headings fit their columns without breaking a word
    header = [para(text, small.centre_bold) for text in (*FIXED_HEADERS, *(title for title, _ in TIME_HEADERS))]
    rows = [[para(str(cell), st.body) for cell in row] for row in summary_cells(doc, as_numbers=False)]
    widths = [w * mm for w in (*FIXED_WIDTHS_MM, *(width for _, width in TIME_HEADERS))]
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Flowable] = [
        para(office_caps(doc.office_name), st.office),
        Spacer(1, 2 * mm),
        para(doc.title, st.title),
        Spacer(1, 5 * mm),
        table,
    ]
    if doc.signatures:
        story.append(KeepTogether([Spacer(1, 8 * mm), signature_block(doc.signatures, 170 * mm, st, room=6 * mm)]))
    return story


def render_attendance_xlsx(doc: AttendanceDocument, out: BinaryIO) -> None:
    """Write the summary as an Excel sheet, times in decimal working days the accountant can sum."""
    from openpyxl import Workbook  # slow to import: only when a sheet is written
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ирцийн нэгтгэл"
    workbook.properties.title = doc.title
    workbook.properties.creator = doc.office_name
    sheet.cell(row=1, column=1, value=office_caps(doc.office_name)).font = Font(bold=True)
    sheet.cell(row=2, column=1, value=doc.title).font = Font(bold=True, size=14)
    headers = [*FIXED_HEADERS, *(f"{title}, ажлын өдөр" for title, _ in TIME_HEADERS)]
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=4, column=column, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for row, values in enumerate(summary_cells(doc, as_numbers=True), start=5):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    sheet.freeze_panes = "C5"
    sheet.page_setup.orientation = "landscape"
    workbook.save(out)
