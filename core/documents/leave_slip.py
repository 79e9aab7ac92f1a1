"""The leave slip (чөлөөний хуудас) as a PDF: one A5 sheet, or two slips on one A4 sheet.

The slip is the paper the employee carries to the signers and the office files (domain §7),
so it must fit one sheet whatever the reason or titles say: the content is shrunk to its
frame rather than ever spilling onto a second page.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Literal

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from core.documents.fonts import REGULAR, ensure_fonts
from core.documents.layout import (
    Styles,
    clause_at,
    clause_to,
    date_number_place,
    draw_box_mark,
    draw_watermark,
    field_table,
    office_caps,
    para,
    set_metadata,
    signature_block,
    styles,
)
from core.documents.models import SlipDocument
from core.documents.seal_mark import GAP, SealBelow, SealBeside, seal_width

Layout = Literal["a5", "a4x2"]

TITLE = "ЧӨЛӨӨНИЙ ХУУДАС"
COPY_MARK = "ХУУЛБАР"
VOID_MARK = "ХҮЧИНГҮЙ"


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where one slip goes on a page, with the margins already taken off."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class _Sheet:
    page: tuple[float, float]
    slots: tuple[_Slot, ...]
    sizes: tuple[float, ...]  # body sizes to try, largest first, until the slip fits
    signature_room: float  # height kept free for a handwritten signature
    cut_line: bool
    seal_side: float  # the QR code's side, its blank border included
    seal_beside: bool  # beside the signatures (wide slips), or under them (A5)
    seal_drop: float = 0.0  # how far the seal under the signatures may reach into the bottom margin


def _a5_sheet() -> _Sheet:
    width, height = A5
    slot = _Slot(20 * mm, 12 * mm, width - 30 * mm, height - 26 * mm)  # 20 mm left: filed in a binder
    return _Sheet(
        A5, (slot,), sizes=(10, 9.5, 9, 8.5, 8), signature_room=9 * mm, cut_line=False,
        seal_side=18 * mm, seal_beside=False, seal_drop=6 * mm,
    )


def _a4x2_sheet() -> _Sheet:
    """Two A5-landscape halves of a portrait A4: same words, wider lines, less height."""
    width, height = A4
    half = height / 2

    def slot(bottom: float) -> _Slot:
        return _Slot(20 * mm, bottom + 7 * mm, width - 35 * mm, half - 16 * mm)

    return _Sheet(
        A4, (slot(half), slot(0)), sizes=(9, 8.5, 8, 7.5), signature_room=6 * mm, cut_line=True,
        seal_side=20 * mm, seal_beside=True,
    )


_SHEETS = {"a5": _a5_sheet(), "a4x2": _a4x2_sheet()}

#: Flowables already wrapped, with their heights, in drawing order.
_Placed = list[tuple[Flowable, float]]


def render_leave_slip(doc: SlipDocument, out: BinaryIO, *, layout: Layout = "a5") -> None:
    """Write one leave slip as a PDF.

    Args:
        doc: The slip, already worded by the services.
        out: A binary stream; the caller opens and closes it.
        layout: "a5" for one A5 page, "a4x2" for the employee's and the office's copies on
            one A4 sheet with a cut line between them.
    """
    render_leave_slips([doc], out, layout=layout)


def render_leave_slips(docs: Sequence[SlipDocument], out: BinaryIO, *, layout: Layout = "a5") -> None:
    """Write several slips into one PDF: a page each (A5) or two per A4 sheet.

    Args:
        docs: The slips in printing order; at least one.
        out: A binary stream; the caller opens and closes it.
        layout: "a5" or "a4x2"; with "a4x2" a single slip is printed twice.

    Raises:
        ValueError: No slip was given, or the layout is unknown.
    """
    if not docs:
        raise ValueError("no leave slip to print")
    sheet = _SHEETS.get(layout)
    if sheet is None:
        raise ValueError(f"unknown slip layout: {layout!r}")
    ensure_fonts()
    # The initial font is named on every page: Helvetica would be a font the PDF does not embed.
    canvas = Canvas(out, pagesize=sheet.page, pageCompression=0, initialFontName=REGULAR)
    set_metadata(canvas, title=_pdf_title(docs), author=docs[0].office_name, subject=TITLE.capitalize())
    _draw_pages(canvas, docs, sheet)
    canvas.save()


def _draw_pages(canvas: Canvas, docs: Sequence[SlipDocument], sheet: _Sheet) -> None:
    previous: tuple[SlipDocument, tuple[_Placed, float]] | None = None
    for page_docs in _pages(docs, len(sheet.slots)):
        for slot, doc in zip(sheet.slots, page_docs, strict=False):
            if previous is None or previous[0] is not doc:  # a slip printed twice is laid out once
                previous = (doc, _fitted(doc, slot, sheet))
            _draw_slip(canvas, doc, slot, previous[1])
        if sheet.cut_line:
            _draw_cut_line(canvas, sheet.page)
        canvas.showPage()


def _pdf_title(docs: Sequence[SlipDocument]) -> str:
    if len(docs) == 1:
        return f"Чөлөөний хуудас {docs[0].number}"
    return f"Чөлөөний хуудас ({len(docs)})"


def _pages(docs: Sequence[SlipDocument], per_page: int) -> Iterator[Sequence[SlipDocument]]:
    """Slips grouped by sheet; a lone slip on a two-slip sheet fills both halves."""
    if per_page > 1 and len(docs) == 1:
        docs = [docs[0]] * per_page
    for start in range(0, len(docs), per_page):
        yield docs[start : start + per_page]


def _draw_slip(canvas: Canvas, doc: SlipDocument, slot: _Slot, layout: tuple[_Placed, float]) -> None:
    if doc.is_void:
        draw_watermark(canvas, VOID_MARK, x=slot.x, y=slot.y, width=slot.width, height=slot.height)
    placed, scale = layout
    canvas.saveState()
    canvas.translate(slot.x, slot.y + slot.height)
    canvas.scale(scale, scale)
    top = 0.0
    for flowable, height in placed:
        top -= height
        flowable.drawOn(canvas, 0, top)
    canvas.restoreState()
    if doc.is_copy:
        draw_box_mark(canvas, COPY_MARK, right=slot.x + slot.width, top=slot.y + slot.height + 7 * mm, size=9)


def _fitted(doc: SlipDocument, slot: _Slot, sheet: _Sheet) -> tuple[_Placed, float]:
    """The slip laid out at the largest body size that fits its slot, and the scale to draw it at.

    Smaller type rather than a second page: a slip is one sheet of paper. Each flowable is
    wrapped once and drawn straight onto the canvas, which keeps a slip at a few milliseconds.
    Texts too long even for the smallest size are laid out wider and drawn scaled down.
    """
    for size in sheet.sizes:
        placed = _place(doc, slot.width, size, sheet)
        if _height(placed) <= slot.height:
            return placed, 1.0
    scale = 1.0
    for _ in range(12):  # scaled height shrinks with every step, so this ends quickly
        scale *= 0.98 * slot.height / (_height(placed) * scale)
        placed = _place(doc, slot.width / scale, sheet.sizes[-1], sheet)
        if _height(placed) * scale <= slot.height:
            break
    return placed, scale


def _place(doc: SlipDocument, width: float, size: float, sheet: _Sheet) -> _Placed:
    room = sheet.signature_room * size / sheet.sizes[0]
    story = _story(doc, width, styles(size), room, sheet)
    return [(flowable, flowable.wrap(width, 1e6)[1]) for flowable in story]


def _height(placed: _Placed) -> float:
    return sum(height for _, height in placed)


def _story(doc: SlipDocument, width: float, st: Styles, room: float, sheet: _Sheet) -> list[Flowable]:
    story: list[Flowable] = [
        para(office_caps(doc.office_name), st.office),
        Spacer(1, 3 * mm),
        para(TITLE, st.title),
        Spacer(1, 2.5 * mm),
        date_number_place(doc.issued_on, f"Дугаар {doc.number}", doc.city, width, st),
        Spacer(1, 3.5 * mm),
    ]
    if doc.is_void:
        story += [para(_void_line(doc), st.bold), Spacer(1, 2 * mm)]
    story.append(field_table(_fields(doc), width, st))
    if doc.recommendation:
        story += [Spacer(1, 2 * mm), para(doc.recommendation, st.body)]
    story += [Spacer(1, 3 * mm), *_signatures(doc, width, st, room, sheet)]
    return story


def _signatures(doc: SlipDocument, width: float, st: Styles, room: float, sheet: _Sheet) -> list[Flowable]:
    """The signature block, and the seal once the slip has one: beside it when wide, under it on A5."""
    seal, side = doc.seal, sheet.seal_side
    if seal is None:
        return [signature_block(doc.signatures, width, st, room=room)]
    if not sheet.seal_beside:
        return [signature_block(doc.signatures, width, st, room=room), SealBelow(seal, side, drop=sheet.seal_drop)]
    block = signature_block(doc.signatures, width - seal_width(seal, side) - GAP, st, room=room)
    return [SealBeside(block, seal, side)]


def _fields(doc: SlipDocument) -> list[tuple[str, str]]:
    return [
        ("Овог, нэр", doc.employee_name),
        ("Албан тушаал", doc.position),
        ("Харьяалах нэгж", doc.department),
        ("Чөлөөний төрөл", doc.kind),
        ("Шалтгаан", f"{doc.reason} (журмын {clause_at(doc.reason_clause)})"),
        ("Хугацаа", doc.period),
        ("Ажлын өдөр/цаг", doc.duration),
        ("Цалин", f"{doc.pay} (журмын {clause_to(doc.pay_clause)} заасны дагуу)"),
        ("Шийдвэрлэх эрх", f"журмын {clause_at(doc.decision_clause)}"),
    ]


def _void_line(doc: SlipDocument) -> str:
    reason = doc.void_reason.strip()
    return f"Хүчингүй болсон. Шалтгаан: {reason}" if reason else "Хүчингүй болсон."


def _draw_cut_line(canvas: Canvas, page: tuple[float, float]) -> None:
    """A dashed line across the middle of the A4 sheet, where the two slips are cut apart."""
    width, height = page
    canvas.saveState()
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0.45)
    canvas.line(8 * mm, height / 2, width - 8 * mm, height / 2)
    canvas.restoreState()
