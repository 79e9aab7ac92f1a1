"""A fast ruled table of plain-text cells, for registers with thousands of rows.

reportlab's ``Table`` recomputes every row height and span each time it splits at a page
end; for 500 people that alone took seconds. Here the cells are wrapped once, the caller
paginates with the known row heights, and each page's rows are drawn as one PDF text object.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from core.documents.grid import Padding


@dataclass(frozen=True, slots=True)
class TextRow:
    """One table row: each cell's wrapped lines, its font, shading and height in points."""

    cells: tuple[tuple[str, ...], ...]
    font: str
    height: float
    shade: colors.Color | None = None
    centred: bool = False


@dataclass(frozen=True, slots=True)
class TextTableStyle:
    """Type size, leading and padding shared by every cell of a table."""

    size: float
    leading: float
    padding: Padding

    def row(
        self,
        texts: Sequence[str],
        widths: Sequence[float],
        *,
        font: str,
        shade: colors.Color | None = None,
        centred: bool = False,
    ) -> TextRow:
        """Wrap *texts* into their columns and measure the row once."""
        inner = self.padding.left + self.padding.right
        cells = tuple(
            tuple(simpleSplit(text, font, self.size, width - inner)) if text else ()
            for text, width in zip(texts, widths, strict=True)
        )
        lines = max((len(cell) for cell in cells), default=0) or 1
        height = lines * self.leading + self.padding.top + self.padding.bottom
        return TextRow(cells, font, height, shade, centred)


class TextTable(Flowable):
    """Header rows and body rows already cut to fit one page; drawn without re-measuring.

    Args:
        rows: The rows of this page, header first.
        widths: Column widths in points.
        style: Size, leading and padding of the cells.
    """

    def __init__(self, rows: Sequence[TextRow], widths: Sequence[float], style: TextTableStyle) -> None:
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.style = style
        self.width = sum(self.widths)
        self.height = sum(row.height for row in rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        return self.width, self.height

    def draw(self) -> None:
        self._draw_shading()
        self._draw_text()
        self._draw_rules()

    def _draw_shading(self) -> None:
        top = self.height
        for row in self.rows:
            top -= row.height
            if row.shade is not None:
                self.canv.setFillColor(row.shade)
                self.canv.rect(0, top, self.width, row.height, stroke=0, fill=1)
        self.canv.setFillColor(colors.black)

    def _draw_text(self) -> None:
        text = self.canv.beginText()
        style, pad = self.style, self.style.padding
        top = self.height
        for row in self.rows:
            text.setFont(row.font, style.size, style.leading)
            x = 0.0
            for lines, width in zip(row.cells, self.widths, strict=True):
                baseline = top - pad.top - style.size
                for line in lines:
                    offset = (width - stringWidth(line, row.font, style.size)) / 2 if row.centred else pad.left
                    text.setTextOrigin(x + offset, baseline)
                    text.textOut(line)
                    baseline -= style.leading
                x += width
            top -= row.height
        self.canv.drawText(text)

    def _draw_rules(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.4)
        path = canvas.beginPath()
        y = self.height
        for height in [0.0, *(row.height for row in self.rows)]:
            y -= height
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        x = 0.0
        for width in [0.0, *self.widths]:
            x += width
            path.moveTo(x, 0)
            path.lineTo(x, self.height)
        canvas.drawPath(path, stroke=1, fill=0)
