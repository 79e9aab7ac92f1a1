"""The year's vacation schedule (6.11) as the chief signs it: A4 landscape, grouped by department.

The cells come from ``core.vacation.schedule_document``, which the .xlsx reads too, so the
two never differ.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Spacer, Table, TableStyle

from core.documents.fonts import REGULAR, ensure_fonts
from core.documents.layout import NumberedCanvas, Styles, draw_watermark, page_template, para, styles
from core.documents.paged_table import Row, ruled_table
from core.vacation.schedule_document import DRAFT_MARK, HEADERS, ScheduleDocument

MARGINS_MM = (15, 15, 18, 20)  # top, right, bottom, left
#: Column widths in mm, in the order of ``HEADERS``; they fill the 262 mm between the margins.
WIDTHS_MM = (8, 40, 42, 19, 19, 22, 22, 15, 24, 51)
APPROVAL_WIDTH_MM = 100
CELL_SIZE = 8.5


def render_schedule_pdf(doc: ScheduleDocument, out: BinaryIO) -> None:
    """Write the schedule: approval block top right, header repeated and pages numbered, ТӨСӨЛ until approved."""
    ensure_fonts()
    width, height = landscape(A4)
    top, right, bottom, left = (value * mm for value in MARGINS_MM)

    def decorate(canvas: Canvas, _template: BaseDocTemplate) -> None:
        if doc.draft:
            draw_watermark(
                canvas, DRAFT_MARK, x=left, y=bottom, width=width - left - right, height=height - top - bottom
            )

    template = page_template(
        out,
        pagesize=(width, height),
        margins_mm=MARGINS_MM,
        on_page=decorate,
        title=doc.title,
        author=doc.office_name,
        subject="Ээлжийн амралтын хуваарь",
    )
    template.build(_story(doc, frame_height=height - top - bottom), canvasmaker=NumberedCanvas)


def _approval_block(doc: ScheduleDocument, st: Styles) -> Table:
    word, title, signature, day = doc.approval
    rows = [[para(word, st.bold)], [para(title, st.bold)], [para(signature, st.body)], [para(day, st.body)]]
    table = Table(rows, colWidths=[APPROVAL_WIDTH_MM * mm], hAlign="RIGHT")
    look = [
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    table.setStyle(TableStyle(look))  # the font: else reportlab names Helvetica, which the PDF does not embed
    return table


def _rows(doc: ScheduleDocument, st: Styles) -> tuple[list[Row], list[int]]:
    small = styles(CELL_SIZE - 1)
    rows: list[Row] = [[[para(text, small.centre_bold)] for text in HEADERS]]
    spans: list[int] = []
    for group in doc.groups:
        spans.append(len(rows))
        rows.append([[], [para(group.heading, st.bold)], *([] for _ in HEADERS[2:])])
        for line in group.lines:
            rows.append(
                [[para(text, st.centre if column in (0, 3, 4, 7) else st.body)] for column, text in enumerate(line)]
            )
    return rows, spans


def _story(doc: ScheduleDocument, *, frame_height: float) -> list[Flowable]:
    st = styles(CELL_SIZE)
    rows, spans = _rows(doc, st)
    table = ruled_table(
        rows,
        [w * mm for w in WIDTHS_MM],
        header=True,
        spans=spans,
        cell_size=CELL_SIZE,
        frame_height=frame_height,
        min_row_part=3 * CELL_SIZE * 1.25,
    )
    title_style = styles(10).title
    return [_approval_block(doc, styles(10)), Spacer(1, 6 * mm), para(doc.title, title_style), Spacer(1, 5 * mm), table]
