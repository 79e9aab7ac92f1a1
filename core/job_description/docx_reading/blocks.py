"""The Word XML flattened: paragraphs, and tables of cells of lines, in reading order.

Lists pasted from web systems arrive as ``<ul><li>`` text in the cells; their items become
lines here, like Word's own soft breaks, so the section readers see one kind of line.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from core.i18n import _
from core.job_description import wording as w
from core.services.errors import RefusedError
from core.text import clean

#: An lxml element of the document (python-docx's oxml classes; lxml ships no type hints).
Element = Any
#: A label's meaning in a table of labels (:func:`split_label`).
V = TypeVar("V")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _TBL, _TR, _TC = (f"{_W}{tag}" for tag in ("p", "r", "t", "tbl", "tr", "tc"))
_BREAKS = {f"{_W}br", f"{_W}cr"}
_TAB, _HYPHEN, _SECT_PR = f"{_W}tab", f"{_W}noBreakHyphen", f"{_W}sectPr"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text, its bullet or list number taken off (``bulleted`` remembers it)."""

    text: str
    bulleted: bool = False


#: A table cell's lines; an empty cell is an empty tuple.
Cell = tuple[Line, ...]
#: A table row's cells by grid column.
Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph outside tables; it has at least one line."""

    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table, its text only: rows of cells of lines."""

    rows: tuple[Row, ...]


#: What the document's body is read into, in reading order.
Block = Paragraph | Table


def open_body(data: bytes) -> Element:
    """The body of the Word document in *data*.

    Raises:
        RefusedError: *data* is no Word document, worded for the user to act on.
    """
    import docx  # python-docx loads lxml: only when a file is actually read

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # a bad zip, bad XML and "not a Word file" are all the same to the user
        message = _("The file is not a Word document (.docx). A file from an old Word (.doc) must be saved as .docx.")
        raise RefusedError(message) from error
    return document.element.body


def blocks_in(container: Element) -> Iterator[Block]:
    """Paragraphs and tables in reading order; content controls are looked into."""
    for child in container:
        if child.tag == _P:
            lines = _paragraph_lines(child)
            if lines:
                yield Paragraph(lines)
        elif child.tag == _TBL:
            yield Table(tuple(_row(row) for row in child.iterchildren(_TR)))
        elif child.tag != _SECT_PR:
            yield from blocks_in(child)


def _row(row: Element) -> Row:
    """The row's cells by grid column: a cell spanning columns is followed by empty ones.

    A vertically merged cell's continuation is an empty cell in the XML, so a merged
    objective or "Ур чадвар" column reads as empty first cells, as hand-typed files have.
    """
    cells: list[Cell] = [() for _ in range(_grid_value(row, "trPr/w:gridBefore", 0))]
    for cell in row.iterchildren(_TC):
        cells.append(tuple(_lines_in(cell)))
        cells.extend(() for _ in range(_grid_value(cell, "tcPr/w:gridSpan", 1) - 1))
    return tuple(cells)


def _grid_value(element: Element, path: str, default: int) -> int:
    found = element.find(f"{_W}{path.replace('w:', _W)}")
    value = found.get(f"{_W}val") if found is not None else None
    return int(value) if value and value.isdigit() else default


def _lines_in(element: Element) -> Iterator[Line]:
    """Every line in a cell, nested tables included (their text is never lost)."""
    for child in element:
        if child.tag == _P:
            yield from _paragraph_lines(child)
        else:
            yield from _lines_in(child)


def _paragraph_lines(paragraph: Element) -> tuple[Line, ...]:
    listed = paragraph.find(f"{_W}pPr/{_W}numPr") is not None  # Word's own bullets and numbering
    lines = (_line(piece, listed) for piece in _html_pieces(_raw_text(paragraph)))
    return tuple(line for line in lines if line.text)


_BULLET = re.compile(r"^[-•–—▪●·*]\s*")


def _line(text: str, listed: bool) -> Line:
    cleaned = clean(text)
    bare = _BULLET.sub("", cleaned, count=1)
    return Line(bare, listed or bare != cleaned)


def _raw_text(paragraph: Element) -> str:
    """The paragraph's text with its tabs and line breaks (deleted revisions left out)."""
    parts: list[str] = []
    for run in paragraph.iter(_R):
        for child in run:
            if child.tag == _T:
                parts.append(child.text or "")
            elif child.tag == _TAB:
                parts.append("\t")
            elif child.tag in _BREAKS:
                parts.append("\n")
            elif child.tag == _HYPHEN:
                parts.append("-")
    return "".join(parts)


_HTML = re.compile(r"</?(?:ul|ol|li|p|br)\b[^>]*>", re.IGNORECASE)
_HTML_ITEM = re.compile(r"</(?:li|p)\s*>|<(?:li|p|br)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]*>")


def _html_pieces(raw: str) -> list[str]:
    """The lines of a paragraph: its soft breaks, and the items of HTML lists pasted as text."""
    if _HTML.search(raw):
        raw = html.unescape(_HTML_TAG.sub(" ", _HTML_ITEM.sub("\n", raw)))
    return raw.split("\n")


def texts_in(blocks: Iterable[Block]) -> Iterator[str]:
    """Every line's text in *blocks*, in reading order: paragraphs, then tables row by row."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from (line.text for line in block.lines)
        else:
            yield from (line.text for row in block.rows for cell in row for line in cell)


def cell_text(cell: Cell) -> str:
    """The cell's lines as one text, the form's dotted blanks taken out."""
    return w.unblank(" ".join(line.text for line in cell))


def split_label(text: str, labels: dict[str, V]) -> tuple[V, str] | None:
    """The label *text* is or starts with ("Ажлын цаг: Ажлын өдөр 8 цаг"), and what follows it."""
    key = w.label_key(text)
    if key in labels:
        return labels[key], ""
    head, colon, rest = text.partition(":")
    if colon and w.label_key(head) in labels:
        return labels[w.label_key(head)], rest.strip()
    return None
