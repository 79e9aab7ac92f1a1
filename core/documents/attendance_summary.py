"""The monthly attendance summary per person (6.1–6.3, 6.9) the accountant keeps beside the leave register.

Both the PDF and the .xlsx read their cells from ``core.attendance.report.summary_cells``, so they never differ.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from core.attendance.report import AttendanceDocument, summary_cells
from core.documents.closed_table import ClosedTable
from core.documents.fonts import BOLD
from core.documents.layout import NumberedCanvas, para, styles
from core.documents.register_layout import GRID_LOOK, list_heading, list_template, signatures_below
from core.documents.register_sheet import HEADER_ROW, new_workbook, write_heading

FIXED_HEADERS = ("№", "Овог, нэр", "Албан тушаал", "Харьяалах нэгж")
#: (header, width in mm) of the minute columns, in the order of :class:`AttendanceLine`'s minutes.
TIME_HEADERS: tuple[tuple[str, float], ...] = (
    ("Хоцорсон", 21),
    ("Эрт явсан", 21),
    ("Шалтгаангүй тасалсан", 26),
    ("Шалтгаантай", 26),
    ("Чөлөө хэтрүүлсэн (6.9)", 26),
    ("Ажил тасалсанд тооцож суутгах (6.3)", 28),
    ("Томилолт (6.1)", 22),  # working days away on a business trip: work, not absence
)
FIXED_WIDTHS_MM = (8, 32, 26, 26)


def render_attendance_pdf(doc: AttendanceDocument, out: BinaryIO) -> None:
    """Write the summary as an A4 landscape PDF, header repeated on every page and pages numbered."""
    template = list_template(out, title=doc.title, author=doc.office_name, subject="Ирцийн нэгтгэл")
    template.build(_story(doc), canvasmaker=NumberedCanvas)


def _story(doc: AttendanceDocument) -> list[Flowable]:
    st = styles(9)
    small = styles(8)  # the long clause headings fit their columns without breaking a word
    header = [para(text, small.centre_bold) for text in (*FIXED_HEADERS, *(title for title, _ in TIME_HEADERS))]
    rows = [[para(str(cell), st.body) for cell in row] for row in summary_cells(doc, as_numbers=False)]
    widths = [w * mm for w in (*FIXED_WIDTHS_MM, *(width for _, width in TIME_HEADERS))]
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*GRID_LOOK, ("FONTNAME", (0, 0), (-1, 0), BOLD)]))
    story: list[Flowable] = [*list_heading(doc.office_name, doc.title, st), Spacer(1, 5 * mm), table]
    closing = signatures_below(doc.signatures, st)
    return [*story[:-1], ClosedTable(table, closing)] if closing else story


def render_attendance_xlsx(doc: AttendanceDocument, out: BinaryIO) -> None:
    """Write the summary as an Excel sheet, times in decimal working days the accountant can sum."""
    workbook, sheet = new_workbook("Ирцийн нэгтгэл", title=doc.title, creator=doc.office_name)
    headers = [*FIXED_HEADERS, *(f"{title}, ажлын өдөр" for title, _ in TIME_HEADERS)]
    write_heading(sheet, doc.office_name, doc.title, headers)
    for row, values in enumerate(summary_cells(doc, as_numbers=True), start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
    sheet.freeze_panes = "C5"
    sheet.page_setup.orientation = "landscape"
    workbook.save(out)
