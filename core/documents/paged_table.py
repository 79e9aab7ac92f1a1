"""A ruled table that pages like an official form: rows move whole, group labels repeat.

The job description's function and requirement tables need it; any long ruled document can
use it. reportlab either never cuts a row (and fails on one taller than a page) or, after a
clean break between rows, offers the rest of the page to the remainder too: a repeated
header at the foot of a page over a sliver of a row. :class:`PagedTable` cuts a row only at
the top of a fresh page, where nothing else could hold it.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from core.documents.fonts import REGULAR

Cell = list[Flowable]
Row = list[Cell]

RULE = 0.4


def _look(cell_size: float) -> tuple[tuple[object, ...], ...]:
    return (
        # A cell reportlab empties when it cuts a row is drawn as text: in Helvetica unless told.
        ("FONT", (0, 0), (-1, -1), REGULAR, cell_size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black),
        ("LINEBELOW", (1, 0), (-1, -1), RULE, colors.black),
    )


#: A page's part of the table is closed at its foot, also under a group that continues.
PAGE_FOOT = (("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.6, colors.black),)


def ruled_table(
    rows: list[Row],
    widths: list[float],
    *,
    header: bool = False,
    open_rows: Container[int] = frozenset(),
    spans: Sequence[int] = (),
    cell_size: float,
    frame_height: float,
    min_row_part: float,
) -> PagedTable:
    """A ruled table of list cells (reportlab splits a list cell, never a bare flowable).

    Args:
        rows: Cells as lists of flowables.
        widths: Column widths in points.
        header: The first row is the header, repeated at the top of every page.
        open_rows: Rows whose first column continues into the next row: no rule under it,
            and its text is repeated when the group continues on a new page.
        spans: Rows whose second cell spans to the last column: group headings, so each is kept
            on the page of the row that follows it, never left alone at a page's foot.
        cell_size: The cells' font size (for cells reportlab empties when it cuts a row).
        frame_height: The page frame's height: a row is cut only when offered a whole frame.
        min_row_part: The least of a cut row that stays on its page (a few lines).
    """
    commands = [
        *_look(cell_size),
        *PAGE_FOOT,
        *(("LINEBELOW", (0, row), (0, row), RULE, colors.black) for row in range(len(rows)) if row not in open_rows),
        *(("SPAN", (1, row), (-1, row)) for row in spans),
    ]
    table = PagedTable(
        rows, colWidths=widths, style=TableStyle(commands), repeatRows=1 if header else 0, splitInRow=0, hAlign="LEFT"
    )
    table.frame_height = frame_height
    table.min_row_part = min_row_part
    table.carried = _group_labels(rows, open_rows, first=1 if header else 0)
    table.headings = [row in spans for row in range(len(rows))]
    return table


def _group_labels(rows: list[Row], open_rows: Container[int], *, first: int) -> list[Cell]:
    """Each row's group label: the first cell of the row that opened its group."""
    labels: list[Cell] = [[] for _ in rows[:first]]
    for index in range(first, len(rows)):
        labels.append(labels[-1] if index - 1 in open_rows and index > first else rows[index][0])
    return labels


class PagedTable(Table):
    """A table whose rows move whole to the next page; only a row taller than a page is cut.

    reportlab either never cuts a row (and then fails on one taller than a page) or, after a
    clean break between rows, offers the rest of the page to the remainder too: a repeated
    header at the foot of the page over a sliver of a row. Here a row is cut only at the top
    of a fresh page, where nothing else could hold it. A group's label (the objective, "Ур
    чадвар") is repeated at the top of a page where the group continues.
    """

    #: Per row, the first cell of the row that opened its group; set by :func:`ruled_table`.
    carried: Sequence[Cell] = ()
    #: Per row, whether it is a group heading that must not end a page.
    headings: Sequence[bool] = ()
    frame_height: float = 0.0
    min_row_part: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Table]:  # noqa: N803 (reportlab API)
        parts = self._split_rows(availWidth, availHeight)
        if len(parts) == 2:
            last = parts[0]._nrows - 1
            if last > self.repeatRows and last < len(self.headings) and self.headings[last]:
                parts = self._split_rows(availWidth, availHeight - self._rowHeights[last]) or parts
        if len(parts) == 2:
            if isinstance(parts[1], PagedTable):
                parts[1].frame_height, parts[1].min_row_part = self.frame_height, self.min_row_part
            parts[1].setStyle(PAGE_FOOT)  # reportlab drops "splitlast" rules from the remainder
            self._carry_label(parts[1])
            self._carry_headings(parts[1])
        return parts

    def _split_rows(self, availWidth: float, availHeight: float) -> list[Table]:  # noqa: N803 (reportlab API)
        self.splitInRow = 0
        parts: list[Table] = super().split(availWidth, availHeight)
        if not parts and availHeight >= self.frame_height - 1:
            self.splitInRow = self.min_row_part  # type: ignore[assignment]  # reportlab takes points
            parts = super().split(availWidth, availHeight)
        return parts

    def _carry_headings(self, rest: Table) -> None:
        if isinstance(rest, PagedTable) and self.headings:
            body = rest._nrows - self.repeatRows
            rest.headings = [*self.headings[: self.repeatRows], *self.headings[len(self.headings) - body :]]

    def _carry_label(self, rest: PagedTable) -> None:
        """Hand the label map on, and repeat the label in the first row of a continued group.

        Reaches into reportlab's cell list and row heights (there is no public way to change
        a split part); the tests render a multi-page description and would catch a change.
        """
        header = self.repeatRows
        body = rest._nrows - header
        if not self.carried or body <= 0:
            return
        rest.carried = [*self.carried[:header], *self.carried[len(self.carried) - body :]]
        row = rest._cellvalues[header]
        label = rest.carried[header]
        if row[0] or not label:
            return
        rest._cellvalues[header] = [label, *row[1:]]
        rest._argH = [*rest._argH]
        rest._argH[header] = None  # measured again with the label in it
