"""A light table flowable for the small blocks of a document: fields, signatures, date lines.

reportlab's ``Table`` wraps every cell again when it draws and handles spans and page
splits these blocks never need; on a slip that was a third of the rendering time. ``Grid``
wraps each cell once and draws what it measured.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.platypus import Flowable

Cell = Sequence[Flowable]


@dataclass(frozen=True, slots=True)
class Padding:
    left: float = 0
    right: float = 0
    top: float = 0
    bottom: float = 0


class Grid(Flowable):
    """Rows of cells at fixed column widths, optionally ruled; a cell is a list of flowables.

    Args:
        rows: The cells, row by row; every row has one cell per column.
        widths: Column widths in points.
        padding: Space inside each cell.
        ruled: Draw a thin grid around every cell.
        valign: Where a short cell sits in its row.
    """

    def __init__(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        padding: Padding = Padding(),
        ruled: bool = False,
        valign: Literal["top", "bottom"] = "top",
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.padding = padding
        self.ruled = ruled
        self.valign = valign
        self._cell_heights: list[list[list[float]]] = []
        self._row_heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        pad = self.padding
        inner = [width - pad.left - pad.right for width in self.widths]
        self._cell_heights = [
            [[f.wrap(w, availHeight)[1] for f in cell] for cell, w in zip(row, inner, strict=True)] for row in self.rows
        ]
        self._row_heights = [max(sum(cell) for cell in row) + pad.top + pad.bottom for row in self._cell_heights]
        self.width, self.height = sum(self.widths), sum(self._row_heights)
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for row, heights, row_height in zip(self.rows, self._cell_heights, self._row_heights, strict=True):
            x = 0.0
            for cell, cell_heights, width in zip(row, heights, self.widths, strict=True):
                self._draw_cell(cell, cell_heights, x, top, row_height)
                x += width
            top -= row_height
        if self.ruled:
            self._draw_rules()

    def _draw_cell(self, cell: Cell, heights: list[float], x: float, top: float, row_height: float) -> None:
        pad = self.padding
        y = top - pad.top
        if self.valign == "bottom":
            y -= row_height - pad.top - pad.bottom - sum(heights)
        for flowable, height in zip(cell, heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, x + pad.left, y)

    def _draw_rules(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(colors.black)
        y = self.height
        for row_height in [0.0, *self._row_heights]:
            y -= row_height
            canvas.line(0, y, self.width, y)
        x = 0.0
        for width in [0.0, *self.widths]:
            x += width
            canvas.line(x, 0, x, self.height)
        canvas.restoreState()
