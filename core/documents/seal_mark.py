"""The seal on a printed slip: a QR code with the short code under it, in the bottom right corner.

On a wide slip (two on an A4 sheet) the seal stands beside the signature block, which gets the
width the seal leaves; on A5, whose lines it would crowd, it stands under the signatures and
may reach into the bottom margin. Either way the form's fields never move, and the left of the
approver's signature, where the office stamp goes, stays free.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from core.documents.fonts import REGULAR
from core.documents.models import SlipSeal

ERROR_CORRECTION = "M"  # 15 % of the symbol may be smudged or folded (reliability.md §3.3)
QUIET_MODULES = 4  # the blank border a reader needs around the symbol
CODE_SIZE = 6.5
GAP = 3 * mm  # between the signature block and the seal
#: Any of the eight mask patterns reads; choosing the "best" one scores all eight in pure
#: Python (about 10 ms, more than the rest of the slip), for a gain only phone cameras at an
#: angle notice. Scanned paper is flat and sharp; tests decode rasterised slips to prove it.
MASK_PATTERN = 2


class _FixedMaskQRCode(qrencoder.QRCode):
    def getBestMaskPattern(self) -> int:  # noqa: N802 (reportlab API)
        return MASK_PATTERN


def qr_version(payload: str) -> int:
    """The smallest QR version that holds *payload* at the seal's error-correction level."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, ERROR_CORRECTION))
    qr.addData(payload)
    return int(qr.calculate_version())


def qr_widget(payload: str, side: float) -> QrCodeWidget:
    """reportlab's QR widget for *payload*, *side* points square including the quiet zone, encoded."""
    widget = QrCodeWidget(payload, barLevel=ERROR_CORRECTION, barWidth=side, barHeight=side, barBorder=QUIET_MODULES)
    fixed = _FixedMaskQRCode(None, widget.qr.errorCorrectLevel)  # make() picks the smallest version
    fixed.dataList = widget.qr.dataList
    fixed.make()
    widget.__dict__["qr"] = fixed  # the widget's attribute checks do not know the subclass
    return widget


def seal_width(seal: SlipSeal, side: float) -> float:
    """The seal's width: the QR code's side, or the short code under it if that is wider."""
    return max(side, stringWidth(seal.code, REGULAR, CODE_SIZE))


def seal_height(side: float) -> float:
    """The QR code and the line of the short code under it."""
    return side + CODE_SIZE * 1.1


class _SealMark:
    """One slip's seal, encoded on its first drawing only: a slip printed twice (2 on A4) is encoded once."""

    def __init__(self, seal: SlipSeal, side: float) -> None:
        self.seal = seal
        self.side = side
        self.width = seal_width(seal, side)
        self.height = seal_height(side)
        self._widget: QrCodeWidget | None = None

    def draw(self, canvas: Canvas, *, right: float, top: float) -> None:
        """The QR code with its top edge (quiet zone included) at *top*, and the short code under it."""
        if self._widget is None:
            self._widget = qr_widget(self.seal.payload, self.side)
        centre = right - self.width / 2
        canvas.saveState()
        _paint(canvas, self._widget, x=centre - self.side / 2, y=top - self.side)
        canvas.setFont(REGULAR, CODE_SIZE)
        canvas.drawCentredString(centre, top - self.side - CODE_SIZE * 0.8, self.seal.code)
        canvas.restoreState()


def _paint(canvas: Canvas, widget: QrCodeWidget, *, x: float, y: float) -> None:
    """The widget's dark modules, a run of a row per rectangle, filled in one go.

    This is what ``QrCodeWidget.draw`` does, without building a validated shape object for
    each of some 300 runs and formatting each coordinate as a float (together 8 ms, as long as
    the rest of the slip), and without ``renderPDF``, which sets Helvetica on the page: a font
    the PDF would name without embedding it (every Tamga PDF embeds all its fonts).
    """
    qr = widget.qr
    count, border = qr.getModuleCount(), widget.barBorder
    module = widget.barWidth / (count + 2 * border)
    runs = []
    for row_index, row in enumerate(qr.modules):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                runs.append(f"{column} {row_index} {length} 1 re")
            column += length
    canvas.saveState()
    canvas.translate(x + border * module, y + (border + count) * module)
    canvas.scale(module, -module)  # one unit per module, rows counted downwards as in the matrix
    canvas.setFillColor(widget.barFillColor)
    canvas.addLiteral("\n".join(runs) + "\nf")  # whole numbers: PDF operators written directly
    canvas.restoreState()


class SealBeside(Flowable):
    """A block (the signatures) with the seal at its bottom right, for wide pages.

    Args:
        block: The flowable laid out to the left, already built for the width the seal leaves
            (``width - seal_width(...) - GAP``).
        seal: The slip's seal.
        side: The QR code's side, quiet zone included.
    """

    def __init__(self, block: Flowable, seal: SlipSeal, side: float) -> None:
        super().__init__()
        self.block = block
        self.mark = _SealMark(seal, side)
        self._block_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._block_height = self.block.wrap(available_width - self.mark.width - GAP, available_height)[1]
        self.width = available_width
        self.height = max(self._block_height, self.mark.height)
        return self.width, self.height

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, self.height - self._block_height)
        # Bottom-aligned with the block: the seal sits beside the last signer, not the first.
        self.mark.draw(self.canv, right=self.width, top=self.mark.height)


class SealBelow(Flowable):
    """The seal at the right under the signatures, for narrow pages (A5) whose lines it would crowd.

    It may hang *drop* points below the frame, into the bottom margin, so a slip that fills
    its sheet shrinks its type less to make room for it.
    """

    def __init__(self, seal: SlipSeal, side: float, *, drop: float) -> None:
        super().__init__()
        self.mark = _SealMark(seal, side)
        self.drop = drop

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.mark.height - self.drop
        return self.width, self.height

    def draw(self) -> None:
        self.mark.draw(self.canv, right=self.width, top=self.height)
