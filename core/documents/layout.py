"""Building blocks every printed document shares: styles, field tables, signatures, marks.

One place decides how a labelled field, a signature or a "ХУУЛБАР" mark looks, so the slip,
the order and the register read as documents of the same office.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from core.documents.fonts import BOLD, REGULAR
from core.documents.grid import Grid, Padding
from core.documents.models import SignatureLine
from core.leave.wording import clause_reference, last_clause_number

CREATOR = "Tamga"
LINE_COLOUR = colors.black
MARK_GREY = colors.Color(0.55, 0.55, 0.55)
WATERMARK_GREY = colors.Color(0.82, 0.82, 0.82)
_FIELD_PAD = 4  # points between a field's rules and its text
_SIGN_PAD = 4


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of one document at one body size."""

    body: ParagraphStyle
    bold: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    office: ParagraphStyle
    title: ParagraphStyle
    paragraph: ParagraphStyle  # justified, first-line indent: order text


@lru_cache(maxsize=8)
def styles(size: float) -> Styles:
    """Styles for a body size, built once: ParagraphStyle creation shows up in timings."""
    leading = size * 1.25
    body = ParagraphStyle(f"body{size}", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_LEFT)

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(f"{name}{size}", parent=body, **changes)

    return Styles(
        body=body,
        bold=derive("bold", fontName=BOLD),
        centre=derive("centre", alignment=TA_CENTER),
        centre_bold=derive("centre_bold", fontName=BOLD, alignment=TA_CENTER),
        right=derive("right", alignment=TA_RIGHT),
        right_bold=derive("right_bold", fontName=BOLD, alignment=TA_RIGHT),
        office=derive("office", fontName=BOLD, fontSize=size + 1, leading=(size + 1) * 1.3, alignment=TA_CENTER),
        title=derive("title", fontName=BOLD, fontSize=size + 4, leading=(size + 4) * 1.3, alignment=TA_CENTER),
        paragraph=derive("paragraph", alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm, leading=size * 1.4),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: the document's words are data, never markup."""
    return Paragraph(escape(text), style)


def office_caps(name: str) -> str:
    """The office name as a letterhead prints it: capitals (Ө, Ү included)."""
    return name.strip().upper()


def caption_text(caption: str) -> str:
    """ "Зөвшөөрсөн" → "Зөвшөөрсөн:", leaving a caption that already has its colon alone."""
    return caption.rstrip().rstrip(":") + ":"


def clause_at(clause: str) -> str:
    """ "6.5 дахь заалт", "6.8.1 дэх заалт": the suffix follows the last spoken number."""
    return clause_reference([clause])


def clause_to(clause: str) -> str:
    """ "6.6-д", "6.4-т": the dative written on a clause number.

    -т after the numbers whose last word ends in в or р without a hidden n (хоёр, гурав,
    дөрөв, арав); -д after all others.
    """
    number = last_clause_number(clause)
    dative_t = number % 10 in (2, 3, 4) or number % 100 == 10
    return f"{clause}-{'т' if dative_t else 'д'}"


def date_number_place(date_text: str, number_text: str, place: str, width: float, st: Styles) -> Grid:
    """The MNS 5140 line under a title: date left, number in the middle, place right.

    Each column gets its text's natural width plus an equal share of what is left, so the
    three fit on one line whenever they can; otherwise they wrap in proportion.
    """
    natural = [stringWidth(text, REGULAR, st.body.fontSize) + 2 for text in (date_text, number_text, place)]
    slack = width - sum(natural)
    if slack >= 0:
        widths = [w + slack / 3 for w in natural]
    else:
        widths = [width * w / sum(natural) for w in natural]
    cells = [[[para(date_text, st.body)], [para(number_text, st.centre)], [para(place, st.right)]]]
    return Grid(cells, widths)


def field_table(rows: Sequence[tuple[str, str]], width: float, st: Styles) -> Grid:
    """Labelled fields in a ruled two-column table; long values wrap inside their cell.

    The label column is as wide as the longest label (at most 40%), leaving the values as
    much width as possible: fewer wrapped lines is what keeps a slip on one sheet.
    """
    size = st.body.fontSize
    longest = max(stringWidth(label, BOLD, size) for label, _ in rows) + 2 * _FIELD_PAD + 1
    label_width = min(longest, width * 0.4)
    cells = [[[para(label, st.bold)], [para(value, st.body)]] for label, value in rows]
    padding = Padding(_FIELD_PAD, _FIELD_PAD, size * 0.22, size * 0.38)
    return Grid(cells, [label_width, width - label_width], padding=padding, ruled=True)


def signature_block(signatures: Sequence[SignatureLine], width: float, st: Styles, *, room: float) -> Grid:
    """One row per signer: caption and title left; room to sign, dots and the name right.

    Args:
        signatures: The signers in printing order.
        width: Width available on the page.
        st: Styles of the document.
        room: Height kept free above the dots for the handwritten signature.

    Returns:
        A block whose long titles wrap inside the left column instead of running off the page;
        the name sits under the dots so even a long name never wraps.
    """
    left = width * 0.52
    dots = dotted_line(width - left - 2 * _SIGN_PAD, st.body.fontSize)
    rows = [_signature_row(line, st, room, dots) for line in signatures]
    return Grid(rows, [left, width - left], padding=Padding(right=_SIGN_PAD, top=3, bottom=2), valign="bottom")


def dotted_line(width: float, size: float) -> str:
    """As many dots as fill *width*: the line a signature or a missing name is written on."""
    return "." * int(width / stringWidth(".", REGULAR, size))


def _signature_row(line: SignatureLine, st: Styles, room: float, dots: str) -> list[list[Flowable]]:
    left: list[Flowable] = [para(caption_text(line.caption), st.bold)] if line.caption else []
    if line.title:
        left.append(para(line.title, st.body))
    name = para(line.name, st.centre_bold) if line.name else Paragraph(dots, st.centre)
    return [left, [Spacer(1, room), Paragraph(dots, st.centre), name]]


def draw_box_mark(canvas: Canvas, text: str, *, right: float, top: float, size: float = 11) -> None:
    """A boxed word in the top right corner ("ХУУЛБАР", "ТӨСӨЛ"), visible but not loud."""
    pad = size * 0.45
    text_width = stringWidth(text, BOLD, size)
    box_width, box_height = text_width + 2 * pad, size + 2 * pad
    canvas.saveState()
    canvas.setStrokeColor(MARK_GREY)
    canvas.setFillColor(MARK_GREY)
    canvas.setLineWidth(1.2)
    canvas.rect(right - box_width, top - box_height, box_width, box_height, stroke=1, fill=0)
    canvas.setFont(BOLD, size)
    canvas.drawString(right - box_width + pad, top - box_height + pad + size * 0.18, text)
    canvas.restoreState()


def draw_watermark(canvas: Canvas, text: str, *, x: float, y: float, width: float, height: float) -> None:
    """Large light-grey text across the diagonal of a region, drawn under the content."""
    diagonal = (width**2 + height**2) ** 0.5
    size = 0.8 * diagonal / (stringWidth(text, BOLD, 100) / 100)
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.setFont(BOLD, size)
    canvas.translate(x + width / 2, y + height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


def page_template(
    out: BinaryIO,
    *,
    pagesize: tuple[float, float],
    margins_mm: tuple[float, float, float, float],
    on_page: Callable[[Canvas, BaseDocTemplate], None],
    title: str,
    author: str,
    subject: str,
) -> BaseDocTemplate:
    """A document template whose frame is exactly the page inside the MNS margins.

    reportlab's default frame pads 6 pt on each side; ruled blocks drawn at the full text
    width would then stick out past the justified paragraphs.

    Args:
        out: The stream the PDF goes to.
        pagesize: Page width and height in points.
        margins_mm: Top, right, bottom, left margins in millimetres.
        on_page: Draws what each page carries besides the story (marks, page numbers).
        title: PDF title property.
        author: PDF author property (the office).
        subject: PDF subject property.
    """
    top, right, bottom, left = (value * mm for value in margins_mm)
    width, height = pagesize
    frame = Frame(left, bottom, width - left - right, height - top - bottom, 0, 0, 0, 0, id="body")
    template = BaseDocTemplate(
        out,
        pagesize=pagesize,
        title=title,
        author=author,
        subject=subject,
        creator=CREATOR,
        pageCompression=0,
        initialFontName=REGULAR,  # else every page names Helvetica, a font the PDF does not embed
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, pagesize=pagesize)])
    return template


def set_metadata(canvas: Canvas, *, title: str, author: str, subject: str = "") -> None:
    """PDF document properties, so a saved file says what and whose it is."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end to print "Хуудас N / M" on each."""

    #: Distance of the page number from the right edge: the documents' right margin.
    number_right_mm = 15

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(REGULAR, 8)
        self.drawRightString(width - self.number_right_mm * mm, 8 * mm, f"Хуудас {number} / {total}")
        self.restoreState()
