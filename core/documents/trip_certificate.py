"""The trip certificate (томилолтын хуудас, regulation 9.1) on one A4 page, as PDF and Word.

The classic form: the office, the title, date, number and place, the trip's fields, the
chief's signature with the seal's place (Т.Т.), and the table the hosts fill in where the
employee works: the day they arrived and left, with a signature and a stamp.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from core.documents.fonts import REGULAR
from core.documents.grid import Grid
from core.documents.layout import (
    LINE_COLOUR,
    Styles,
    date_number_place,
    field_table,
    office_caps,
    para,
    styles,
)
from core.documents.leave_order import PDF_BODY_SIZE, order_template, set_up_page
from core.trips.certificate import DRAFT_MARK, MARK_HEADERS, MARK_ROWS, SEAL_PLACE, TITLE, TripCertificate

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

MARK_ROW_MM = 15  # room for a date, a signature and a stamp in each host's row
#: Column shares of the hosts' table: the organisation gets the most room.
MARK_SHARES = (0.34, 0.15, 0.15, 0.18, 0.18)


def number_text(certificate: TripCertificate) -> str:
    return f"Дугаар {certificate.number}"


def signer_text(certificate: TripCertificate) -> str:
    """ "................ /Б.БОЛД/": the line the chief signs on, then the name between slashes."""
    name = certificate.signer_name or " " * 24
    return f"{'.' * 28} /{name}/"


def render_certificate_pdf(certificate: TripCertificate, out: BinaryIO) -> None:
    """Write the certificate as a one-page A4 PDF.

    Args:
        certificate: The certificate, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    template = order_template(
        out,
        is_draft=certificate.is_draft,
        title=f"{TITLE.capitalize()} {certificate.number}",
        author=certificate.office_name,
        subject=TITLE.capitalize(),
    )
    width = template.pageTemplates[0].frames[0].width
    template.build(_story(certificate, width, styles(PDF_BODY_SIZE)))


def _story(certificate: TripCertificate, width: float, st: Styles) -> list[Flowable]:
    return [
        para(office_caps(certificate.office_name), st.office),
        Spacer(1, 6 * mm),
        para(TITLE, st.title),
        Spacer(1, 4 * mm),
        date_number_place(certificate.issued_on, number_text(certificate), certificate.city, width, st),
        Spacer(1, 6 * mm),
        field_table(certificate.fields, width, st),
        Spacer(1, 3 * mm),
        para(certificate.basis, st.body),
        Spacer(1, 12 * mm),
        _signature(certificate, width, st),
        Spacer(1, 10 * mm),
        para("Томилолтоор ажилласан газрын тэмдэглэл", st.centre_bold),
        Spacer(1, 2 * mm),
        _marks_table(width, st),
    ]


def _signature(certificate: TripCertificate, width: float, st: Styles) -> Grid:
    left = [para(certificate.signer_title, st.bold), Spacer(1, 4 * mm), para(SEAL_PLACE, st.body)]
    return Grid([[left, [para(signer_text(certificate), st.right_bold)]]], [width * 0.5, width * 0.5], valign="top")


def _marks_table(width: float, st: Styles) -> Table:
    header = [para(text, st.centre_bold) for text in MARK_HEADERS]
    rows = [header] + [[""] * len(MARK_HEADERS) for _ in range(MARK_ROWS)]
    table = Table(
        rows, colWidths=[width * share for share in MARK_SHARES], rowHeights=[None] + [MARK_ROW_MM * mm] * MARK_ROWS
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, LINE_COLOUR),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.94, 0.94, 0.94)),
            ]
        )
    )
    return table


def render_certificate_docx(certificate: TripCertificate, out: BinaryIO) -> None:
    """Write the certificate as a Word document with real tables, for an office that prints from Word.

    Args:
        certificate: The certificate, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    import docx  # python-docx loads lxml: only when a certificate is actually written

    word = docx.Document()
    set_up_page(word)
    if certificate.is_draft:
        _paragraph(word, DRAFT_MARK, align="RIGHT", bold=True)
    _paragraph(word, office_caps(certificate.office_name), align="CENTER", bold=True)
    _paragraph(word, "")
    _paragraph(word, TITLE, align="CENTER", bold=True, size=16)
    _paragraph(word, f"{certificate.issued_on}    {number_text(certificate)}    {certificate.city}", align="CENTER")
    _paragraph(word, "")
    _table(word, [list(row) for row in certificate.fields], widths_mm=(55, 110), bold_first=True)
    _paragraph(word, certificate.basis)
    _paragraph(word, "")
    _paragraph(word, "")
    _paragraph(word, f"{certificate.signer_title}\t{signer_text(certificate)}", bold=True)
    _paragraph(word, SEAL_PLACE)
    _paragraph(word, "")
    _paragraph(word, "Томилолтоор ажилласан газрын тэмдэглэл", align="CENTER", bold=True)
    marks = [list(MARK_HEADERS)] + [[""] * len(MARK_HEADERS) for _ in range(MARK_ROWS)]
    _table(
        word, marks, widths_mm=tuple(round(165 * share) for share in MARK_SHARES), bold_first=False, row_mm=MARK_ROW_MM
    )
    word.core_properties.title = f"{TITLE.capitalize()} {certificate.number}"
    word.core_properties.author = certificate.office_name
    word.save(out)


def _paragraph(word: WordDocument, text: str, *, align: str = "LEFT", bold: bool = False, size: int = 0) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    paragraph = word.add_paragraph()
    paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(165), alignment=2)  # right tab: the signature line
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def _table(
    word: WordDocument, rows: list[list[str]], *, widths_mm: tuple[int, ...], bold_first: bool, row_mm: int = 0
) -> None:
    from docx.shared import Mm

    table = word.add_table(rows=len(rows), cols=len(widths_mm))
    table.style = "Table Grid"
    table.autofit = False
    for row_index, (row, texts) in enumerate(zip(table.rows, rows, strict=True)):
        if row_mm and row_index:
            row.height = Mm(row_mm)
        for column, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            cell.width = Mm(widths_mm[column])
            run = cell.paragraphs[0].add_run(text)
            run.bold = (bold_first and column == 0) or (not bold_first and row_index == 0)
