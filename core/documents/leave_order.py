"""The chief's draft order (тушаалын төсөл) for a leave of 5 days or more (6.5), PDF and Word.

The order is finished and signed in Word, so the .docx is the working copy and the PDF the
preview. Both are drawn from one list of blocks, so they can never differ in what they say.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Literal, cast

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Spacer

from core.documents.fonts import ensure_fonts
from core.documents.grid import Grid
from core.documents.layout import date_number_place, draw_box_mark, office_caps, page_template, para, styles
from core.documents.models import OrderDocument

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.shared import Length
    from docx.styles.style import ParagraphStyle
    from docx.table import Table
    from docx.text.paragraph import Paragraph as WordParagraph

Align = Literal["left", "center", "right", "justify"]

DRAFT_MARK = "ТӨСӨЛ"
BODY_SIZE = 12  # MNS 5140: 12 pt body text
PDF_BODY_SIZE = 11.5  # Noto Serif runs wider than Times New Roman; this keeps the same lines
WORD_FONT = "Times New Roman"  # every office computer has it, with Cyrillic
#: MNS 5140 margins of an A4 page (top, right, bottom, left), in millimetres.
MARGINS_MM = (20, 15, 20, 30)
INDENT_MM = 12.5  # first-line indent of the order's paragraphs

BlockKind = Literal["office", "heading", "dateline", "title", "paragraph", "signature"]


@dataclass(frozen=True, slots=True)
class _Block:
    """One piece of the order; ``parts`` has three texts for a dateline, two for a signature."""

    kind: BlockKind
    parts: tuple[str, ...]


def _blocks(doc: OrderDocument) -> list[_Block]:
    """The order, top to bottom, in the MNS 5140 composition."""
    clauses = [_Block("paragraph", (f"{number}. {text}",)) for number, text in enumerate(doc.clauses, start=1)]
    return [
        _Block("office", (office_caps(doc.office_name),)),
        _Block("heading", (doc.heading.upper(),)),
        _Block("dateline", (doc.date_line, doc.number_line, doc.city)),
        _Block("title", (doc.title,)),
        _Block("paragraph", (doc.basis,)),
        *clauses,
        _Block("signature", (doc.signature.title, doc.signature.name)),
    ]


def render_order_pdf(doc: OrderDocument, out: BinaryIO) -> None:
    """Write the order as an A4 PDF (a preview of what the .docx will print).

    Args:
        doc: The order, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    template = order_template(
        out,
        is_draft=doc.is_draft,
        title=f"{doc.title} ({DRAFT_MARK.capitalize()})" if doc.is_draft else doc.title,
        author=doc.office_name,
        subject=doc.heading,
    )
    width = template.pageTemplates[0].frames[0].width
    template.build([flowable for block in _blocks(doc) for flowable in _pdf_flowables(block, width)])


def order_template(out: BinaryIO, *, is_draft: bool, title: str, author: str, subject: str) -> BaseDocTemplate:
    """An A4 page in MNS 5140 margins; a draft carries the boxed mark top right (trip certificates use it too)."""
    ensure_fonts()
    return page_template(
        out,
        pagesize=A4,
        margins_mm=MARGINS_MM,
        on_page=_draft_mark if is_draft else _no_mark,
        title=title,
        author=author,
        subject=subject,
    )


def _pdf_flowables(block: _Block, width: float) -> list[Flowable]:
    st = styles(PDF_BODY_SIZE)
    text = block.parts[0]
    if block.kind == "office":
        return [para(text, st.office)]
    if block.kind == "heading":
        return [para(text, st.office), Spacer(1, 6 * mm)]
    if block.kind == "dateline":
        date_text, number_text, place = block.parts
        return [date_number_place(date_text, number_text, place, width, st), Spacer(1, 8 * mm)]
    if block.kind == "title":
        return [para(text, st.title), Spacer(1, 6 * mm)]
    if block.kind == "paragraph":
        return [para(text, st.paragraph), Spacer(1, 2 * mm)]
    title_cell, name_cell = [para(block.parts[0], st.bold)], [para(block.parts[1], st.right_bold)]
    return [KeepTogether([Spacer(1, 18 * mm), Grid([[title_cell, name_cell]], [width * 0.62, width * 0.38])])]


def _draft_mark(canvas: Canvas, template: BaseDocTemplate) -> None:
    width, height = A4
    draw_box_mark(canvas, DRAFT_MARK, right=width - MARGINS_MM[1] * mm, top=height - 8 * mm, size=12)


def _no_mark(canvas: Canvas, template: BaseDocTemplate) -> None:
    """No mark on a final document."""


def render_order_docx(doc: OrderDocument, out: BinaryIO) -> None:
    """Write the order as a Word document the office edits, numbers and signs.

    Real paragraphs, not a picture of the PDF: the secretary fills the date and number
    blanks and may reword a clause before the chief signs.

    Args:
        doc: The order, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    import docx  # python-docx loads lxml: only when an order is actually written

    word = docx.Document()
    set_up_page(word)
    if doc.is_draft:
        _word_paragraph(word, DRAFT_MARK, align="right", bold=True)
    for block in _blocks(doc):
        _word_block(word, block)
    word.core_properties.title = doc.title
    word.core_properties.author = doc.office_name
    word.save(out)


def set_up_page(word: WordDocument) -> None:
    """Give *word* MNS 5140's A4 page and margins and the body font (the job description's Word file uses it too)."""
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, right, bottom, left = MARGINS_MM
    section.top_margin, section.right_margin = Mm(top), Mm(right)
    section.bottom_margin, section.left_margin = Mm(bottom), Mm(left)
    normal = cast("ParagraphStyle", word.styles["Normal"])
    normal.font.name = WORD_FONT
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:cs", "w:eastAsia"):  # some templates set Cyrillic as another script
        fonts.set(qn(script), WORD_FONT)


def _word_block(word: WordDocument, block: _Block) -> None:
    from docx.shared import Mm, Pt

    text = block.parts[0]
    if block.kind in ("office", "heading"):
        _word_paragraph(word, text, align="center", bold=True, after=Pt(12) if block.kind == "heading" else None)
    elif block.kind == "dateline":
        _word_row(word, block.parts, widths_mm=(78, 47, 40), aligns=("left", "center", "right"), bold=False)
        _word_paragraph(word, "", after=Pt(12))
    elif block.kind == "title":
        _word_paragraph(word, text, align="center", bold=True, after=Pt(12))
    elif block.kind == "paragraph":
        paragraph = _word_paragraph(word, text, align="justify", after=Pt(6))
        paragraph.paragraph_format.first_line_indent = Mm(INDENT_MM)
    else:
        for _ in range(3):
            _word_paragraph(word, "")
        _word_row(word, block.parts, widths_mm=(105, 60), aligns=("left", "right"), bold=True)


def _word_paragraph(
    word: WordDocument, text: str, *, align: Align = "left", bold: bool = False, after: Length | None = None
) -> WordParagraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = word.add_paragraph()
    paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
    if text:
        paragraph.add_run(text).bold = bold
    if after is not None:
        paragraph.paragraph_format.space_after = after
    return paragraph


def _word_row(
    word: WordDocument, texts: tuple[str, ...], *, widths_mm: tuple[int, ...], aligns: tuple[Align, ...], bold: bool
) -> None:
    """A borderless one-row table: the date | number | place line, or title | name."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    table = word.add_table(rows=1, cols=len(texts))
    table.autofit = False
    _no_cell_margins(table)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)  # the grid LibreOffice reads; Word reads the cell widths
    for cell, text, width, align in zip(table.rows[0].cells, texts, widths_mm, aligns, strict=True):
        cell.width = Mm(width)
        paragraph = cell.paragraphs[0]
        paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
        paragraph.add_run(text).bold = bold


def _no_cell_margins(table: Table) -> None:
    """Cells flush with the page margins, as the PDF has them (Word pads cells by default)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)
