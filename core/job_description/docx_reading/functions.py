"""Section II: the position's purpose, its numbered objectives and the function table under them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.i18n import _
from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, Cell, Row, Table, cell_text, split_label
from core.job_description.entities import JobFunction, Objective, Participation

# Functions as offices number them: "3. Гаалийн …".
_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s*")
_FUNCTION_HEADER = tuple(w.heading_key(title) for title in w.FUNCTION_TABLE_HEADER[:2])


def is_function_header(row: Row) -> bool:
    """Whether *row* is the function table's header (Word repeats it on every page)."""
    return tuple(w.heading_key(cell_text(cell)) for cell in row[:2]) == _FUNCTION_HEADER


@dataclass(slots=True)
class _Function:
    text: str
    criterion: str
    codes: frozenset[Participation]

    def extend(self, text: str, criterion: str, codes: frozenset[Participation]) -> None:
        """The rest of a function carried over a page break into a row of its own."""
        self.text = " ".join(part for part in (self.text, text) if part)
        self.criterion = " ".join(part for part in (self.criterion, criterion) if part)
        self.codes |= codes


class _FunctionTable:
    """Rows of objective | function | criterion | codes, over one or more tables.

    An empty first cell is the objective above (a merged cell reads empty). An empty first
    cell and a function cell that starts with no number (nor a Word list number) is the rest
    of the function above, split over a page break.
    """

    def __init__(self, unplaced: list[str]) -> None:
        self.functions: dict[int, list[_Function]] = {}
        self.objective = 1
        self.last: _Function | None = None
        self.unplaced = unplaced

    def read(self, table: Table) -> None:
        for row in table.rows:
            cells = (*row, *((),) * (4 - len(row)))
            if not is_function_header(cells) and any(cells):
                self._row(cells)

    def _row(self, cells: Row) -> None:
        label = cell_text(cells[0])
        self.unplaced.extend(line.text for cell in cells[4:] for line in cell)
        number = w.parse_objective_label(label)
        if number is not None:
            self.objective = number
        elif label:
            self.unplaced.append(label)
        codes = self._codes(cell_text(cells[3]))
        starts = bool(cells[1]) and (cells[1][0].bulleted or bool(_NUMBER.match(cells[1][0].text)))
        if not label and not starts and self.last is not None:
            self.last.extend(cell_text(cells[1]), cell_text(cells[2]), codes)
            return
        for text, criterion in _functions_in(cells[1], cells[2]):
            self.last = _Function(text, criterion, codes)
            self.functions.setdefault(self.objective, []).append(self.last)

    def _codes(self, text: str) -> frozenset[Participation]:
        codes = w.parse_participation(text)
        if codes is None:
            note = _("Participation codes not recognised in objective {number}: {codes}")
            self.unplaced.append(note.format(number=self.objective, codes=text))
        return codes or frozenset()


def _functions_in(functions: Cell, criteria: Cell) -> list[tuple[str, str]]:
    """One function per row as the template has it; several numbered in one cell are split.

    Their criteria are paired line by line when the counts agree; otherwise each function
    gets the whole criterion (repeated rather than guessed apart).
    """
    groups: list[list[str]] = []
    for line in functions:
        if not groups or line.bulleted or _NUMBER.match(line.text):
            groups.append([])
        groups[-1].append(_NUMBER.sub("", line.text, count=1))
    texts = [w.unblank(" ".join(group)) for group in groups]
    criterion = cell_text(criteria)
    if len(texts) > 1 and len(criteria) == len(texts):
        return list(zip(texts, (w.unblank(line.text) for line in criteria), strict=True))
    if not any(texts) and not criterion:
        return []
    return [(text, criterion) for text in texts or [""]]


def read_purpose(blocks: list[Block], unplaced: list[str]) -> tuple[str, tuple[Objective, ...]]:
    """Section II: the purpose, and the objectives with their functions; what has no place goes to *unplaced*."""
    labels = {w.label_key(w.PURPOSE): "purpose", w.label_key(w.OBJECTIVES): "objectives"}
    found: dict[str, list[str]] = {"purpose": [], "objectives": []}
    table = _FunctionTable(unplaced)
    mode: str | None = None
    for block in blocks:
        if isinstance(block, Table):
            table.read(block)
            continue
        for line in block.lines:
            label = split_label(line.text, labels)
            mode, text = label if label is not None else (mode, line.text)
            if mode is None:
                unplaced.append(text)
            elif w.unblank(text):
                found[mode].append(_NUMBER.sub("", w.unblank(text), count=1) if mode == "objectives" else text)
    return " ".join(found["purpose"]), _objectives(found["objectives"], table.functions)


def _objectives(texts: list[str], functions: dict[int, list[_Function]]) -> tuple[Objective, ...]:
    """The numbered objectives with the table's functions under their labels' numbers."""
    count = max([len(texts), *functions], default=0)
    return tuple(
        Objective(
            texts[index] if index < len(texts) else "",
            tuple(JobFunction(f.text, f.criterion, f.codes) for f in functions.get(index + 1, ())),
        )
        for index in range(count)
    )
