"""What the office's registers and lists share on paper: the template, heading, grid and signatures.

The payments register, the attendance summary, the leave register and the gift list are the same
kind of page; one place keeps them looking alike.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Spacer

from core.documents.fonts import ensure_fonts
from core.documents.layout import Styles, office_caps, page_template, para, signature_block
from core.documents.models import SignatureLine

REGISTER_MARGINS_MM = (15, 15, 18, 20)  # top, right, bottom, left
SIGNATURES_WIDTH = 170 * mm
#: A ruled table with a shaded header row, read top-down.
GRID_LOOK: tuple[tuple[Any, ...], ...] = (
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)


def list_template(
    out: BinaryIO,
    *,
    title: str,
    author: str,
    subject: str,
    pagesize: tuple[float, float] = landscape(A4),
    margins_mm: tuple[float, float, float, float] = REGISTER_MARGINS_MM,
) -> BaseDocTemplate:
    """A template for :class:`NumberedCanvas`, which draws the page numbers once their count is known."""
    ensure_fonts()
    return page_template(
        out,
        pagesize=pagesize,
        margins_mm=margins_mm,
        on_page=_no_decoration,
        title=title,
        author=author,
        subject=subject,
    )


def _no_decoration(canvas: Canvas, template: BaseDocTemplate) -> None:
    """Page numbers are drawn by :class:`NumberedCanvas` once the page count is known."""


def list_heading(office_name: str, title: str, st: Styles) -> list[Flowable]:
    """The office in capitals over the document's title."""
    return [para(office_caps(office_name), st.office), Spacer(1, 2 * mm), para(title, st.title)]


def signatures_below(
    signatures: Sequence[SignatureLine], st: Styles, *, width: float = SIGNATURES_WIDTH
) -> list[Flowable]:
    """The signature lines under a table; empty when nobody signs."""
    if not signatures:
        return []
    return [Spacer(1, 8 * mm), signature_block(signatures, width, st, room=6 * mm)]
