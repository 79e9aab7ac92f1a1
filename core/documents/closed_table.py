"""A table and the signatures that close it, never parted by a page break.

Signatures alone at the top of a page sign nothing the reader can see: an official register
carries its last rows on the page it is signed on. reportlab's ``KeepTogether`` cannot do it for a
table longer than a page, so this flowable cuts the table itself, early enough that its last rows
move on with the signatures.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table


class ClosedTable(Flowable):
    """*table* followed by *closing*; the closing keeps at least *keep_rows* body rows with it."""

    def __init__(self, table: Table, closing: Sequence[Flowable], *, keep_rows: int = 2) -> None:
        super().__init__()
        self.table = table
        self.closing = list(closing)
        self.keep_rows = keep_rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        width, height = self.table.wrap(availWidth, availHeight)
        for flowable in self.closing:
            height += flowable.wrap(availWidth, availHeight)[1]
        self.width, self.height = max(width, availWidth), height
        return self.width, self.height

    def draw(self) -> None:
        top = self.height
        for flowable in (self.table, *self.closing):
            _width, height = flowable.wrap(self.width, self.height)
            top -= height
            flowable.drawOn(self.canv, 0, top)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        self.wrap(availWidth, availHeight)
        parts = self.table.split(availWidth, availHeight)
        if len(parts) == 2 and parts[1]._nrows - parts[1].repeatRows >= self.keep_rows:
            return [parts[0], ClosedTable(parts[1], self.closing, keep_rows=self.keep_rows)]
        body = self.table._nrows - self.table.repeatRows
        if body <= self.keep_rows:
            return []  # too little to cut: the whole moves to the next page
        heights = self.table._rowHeights
        kept_height = sum(heights[: len(heights) - self.keep_rows])
        parts = self.table.split(availWidth, min(availHeight, kept_height + 0.01))
        if len(parts) != 2:
            return []
        return [parts[0], ClosedTable(parts[1], self.closing, keep_rows=self.keep_rows)]
