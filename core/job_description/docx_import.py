"""Read a job description from a Word file laid out in the template's tables (domain §11).

What offices have is Tamga's own export and files typed by hand in the same template, often
with lists pasted from web systems (``<ul><li>`` left as text in the cells) and rows split
by hand over a page break (the rest of a function in a row whose first cell is empty). The
reader accepts that, and is honest about the rest: every piece of text it cannot place is
returned in ``unplaced`` for the user to see before anything is saved, never dropped.

Three layers: the Word XML flattened to blocks (paragraphs, and tables of cells of lines);
the blocks split into the five sections by their headings; one reader per section that
knows the template's words for it (:mod:`core.job_description.wording`).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from core.i18n import _
from core.job_description import wording as w
from core.job_description.entities import (
    SKILL_AREA_TITLES,
    Decision,
    DescriptionReading,
    Endorsement,
    GeneralInfo,
    JobDescription,
    JobFunction,
    Objective,
    Participation,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    Subordinate,
)
from core.job_description.normalize import normalize_description
from core.services.errors import RefusedError
from core.text import clean

#: An lxml element of the document (python-docx's oxml classes; lxml ships no type hints).
Element = Any
V = TypeVar("V")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _T, _TBL, _TR, _TC = (f"{_W}{tag}" for tag in ("p", "r", "t", "tbl", "tr", "tc"))
_BREAKS = {f"{_W}br", f"{_W}cr"}
_TAB, _HYPHEN, _SECT_PR = f"{_W}tab", f"{_W}noBreakHyphen", f"{_W}sectPr"

# Lines as offices type them: "- Мэргэжилтэн 3", "3. Гаалийн …", "ДАРГА: ..... Р.ОТГОНЖАРГАЛ".
_SUBORDINATE = re.compile(r"^(?P<title>.+?)\s*[-–:]?\s+(?P<count>\d{1,4})\s*(?:хүн|орон\s+тоо)?\s*[.,;]?$")
_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s*")
_SIGNATURE_LINE = re.compile(r"^(?:(?P<lead>[^:.…]+?)\s*:\s*)?[.…_]{3,}\s*(?P<name>[^.…_\s].*)?$")


# The Word XML flattened.


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of text, its bullet or list number taken off (``bulleted`` remembers it)."""

    text: str
    bulleted: bool = False


Cell = tuple[_Line, ...]
Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class _Paragraph:
    lines: tuple[_Line, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    rows: tuple[Row, ...]


Block = _Paragraph | _Table


def _open(data: bytes) -> Element:
    """The document's body, or a refusal the user can act on."""
    import docx  # python-docx loads lxml: only when a file is actually read

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # a bad zip, bad XML and "not a Word file" are all the same to the user
        message = _("The file is not a Word document (.docx). A file from an old Word (.doc) must be saved as .docx.")
        raise RefusedError(message) from error
    return document.element.body


def _blocks(container: Element) -> Iterator[Block]:
    """Paragraphs and tables in reading order; content controls are looked into."""
    for child in container:
        if child.tag == _P:
            lines = _paragraph_lines(child)
            if lines:
                yield _Paragraph(lines)
        elif child.tag == _TBL:
            yield _Table(tuple(_row(row) for row in child.iterchildren(_TR)))
        elif child.tag != _SECT_PR:
            yield from _blocks(child)


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


def _lines_in(element: Element) -> Iterator[_Line]:
    """Every line in a cell, nested tables included (their text is never lost)."""
    for child in element:
        if child.tag == _P:
            yield from _paragraph_lines(child)
        else:
            yield from _lines_in(child)


def _paragraph_lines(paragraph: Element) -> tuple[_Line, ...]:
    listed = paragraph.find(f"{_W}pPr/{_W}numPr") is not None  # Word's own bullets and numbering
    lines = (_line(piece, listed) for piece in _html_pieces(_raw_text(paragraph)))
    return tuple(line for line in lines if line.text)


_BULLET = re.compile(r"^[-•–—▪●·*]\s*")


def _line(text: str, listed: bool) -> _Line:
    cleaned = clean(text)
    bare = _BULLET.sub("", cleaned, count=1)
    return _Line(bare, listed or bare != cleaned)


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


def _texts(blocks: Iterable[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, _Paragraph):
            yield from (line.text for line in block.lines)
        else:
            yield from (line.text for row in block.rows for cell in row for line in cell)


def _cell_text(cell: Cell) -> str:
    return w.unblank(" ".join(line.text for line in cell))


def _split_label(text: str, labels: dict[str, V]) -> tuple[V, str] | None:
    """The label *text* is or starts with ("Ажлын цаг: Ажлын өдөр 8 цаг"), and what follows it."""
    key = w.label_key(text)
    if key in labels:
        return labels[key], ""
    head, colon, rest = text.partition(":")
    if colon and w.label_key(head) in labels:
        return labels[w.label_key(head)], rest.strip()
    return None


# The document split into its sections.

_SECTION_HEADINGS = {
    w.heading_key(title): number
    for number, title in enumerate(
        (w.SECTION_GENERAL, w.SECTION_PURPOSE, w.SECTION_REQUIREMENTS, w.SECTION_RELATIONS, w.SECTION_ENDORSEMENT),
        start=1,
    )
}
#: Labels found only in one section: where a heading is missing, they tell the section.
_SECTION_LABELS = {
    **dict.fromkeys(map(w.label_key, (w.GROUNDS, w.LAW, w.EFFECTIVE_ON, w.APPROVED_ON, w.UNIT)), 1),
    **dict.fromkeys(map(w.label_key, (w.POSITION_TITLE, w.CLASSIFICATION, w.WORKING_HOURS, w.WORKPLACE)), 1),
    **dict.fromkeys(map(w.label_key, (w.CONDITIONS, w.SPECIAL_CONDITIONS)), 1),
    **dict.fromkeys(map(w.label_key, (w.PURPOSE, w.OBJECTIVES)), 2),
    **dict.fromkeys(map(w.label_key, (w.REPORTS_TO, w.SUBORDINATES, w.OTHER_PARTIES)), 4),
    **dict.fromkeys(map(w.label_key, (w.DRAFTED_BY, w.REVIEWED_BY, w.APPROVED_BY)), 5),
}
_REQUIREMENT_LABELS = {w.label_key(label): label for label in (w.EDUCATION, w.PROFESSION, w.QUALIFICATION)} | {
    w.label_key(label): label for label in (w.EXPERIENCE, w.SKILLS)
}
_FUNCTION_HEADER = tuple(w.heading_key(title) for title in w.FUNCTION_TABLE_HEADER[:2])


def _is_function_header(row: Row) -> bool:
    return tuple(w.heading_key(_cell_text(cell)) for cell in row[:2]) == _FUNCTION_HEADER


def _table_section(table: _Table) -> int | None:
    """2 for a function table, 3 for the requirements, 1 for section I's labels; None if unknown."""
    firsts = [_cell_text(row[0]) for row in table.rows if row]
    if any(_is_function_header(row) for row in table.rows) or any(w.parse_objective_label(t) for t in firsts):
        return 2
    if any(w.label_key(text) in _REQUIREMENT_LABELS for text in firsts):
        return 3
    return 1 if any(_SECTION_LABELS.get(w.label_key(text.partition(":")[0])) == 1 for text in firsts) else None


def _section_mark(block: Block) -> tuple[int, bool] | None:
    """The section *block* opens (True) or shows it is in (False), if it tells."""
    if isinstance(block, _Table):
        number = _table_section(block)
        return (number, False) if number else None
    first = block.lines[0].text
    heading = _SECTION_HEADINGS.get(w.heading_key(first)) if len(block.lines) == 1 else None
    if heading:
        return heading, True
    found = _split_label(first, _SECTION_LABELS)
    return (found[0], False) if found else None


def _sections(blocks: Iterable[Block]) -> list[list[Block]]:
    """Blocks by section (0 is what comes before section I), headings left out."""
    sections: list[list[Block]] = [[] for _ in range(6)]
    current = 0
    for block in blocks:
        mark = _section_mark(block)
        if mark is not None and mark[1]:
            current = mark[0]
            continue
        if mark is not None:
            current = max(current, mark[0])
        sections[current].append(block)
    return sections


def _check_template(blocks: Sequence[Block]) -> None:
    tables = [block for block in blocks if isinstance(block, _Table)]
    if not tables:
        raise RefusedError(_("The Word file has no tables; a job description has its functions in one."))
    if not any(_table_section(table) in (2, 3) for table in tables):
        raise RefusedError(
            _("The Word file has neither the function table nor the requirements table of a job description.")
        )


# Section I and before it.


_PREAMBLE = {w.label_key(w.TITLE), w.label_key(w.DRAFT_MARK)}


def _read_preamble(blocks: list[Block], unplaced: list[str]) -> None:
    unplaced.extend(text for text in _texts(blocks) if w.label_key(text) not in _PREAMBLE)


_GENERAL_FIELDS = {
    w.label_key(w.GROUNDS): "grounds",
    w.label_key(w.LAW): "law",
    w.label_key(w.EFFECTIVE_ON): "effective_on",
    w.label_key(w.APPROVED_ON): "approved_on",
    w.label_key(w.ORGANISATION): "organisation",
    w.label_key(w.UNIT): "unit",
    w.label_key(w.POSITION_TITLE): "position_title",
    w.label_key(w.CLASSIFICATION): "classification",
    w.label_key(w.WORKING_HOURS): "working_hours",
    w.label_key(w.WORKPLACE): "workplace_address",
    w.label_key(w.CONDITIONS): "working_conditions",
    w.label_key(w.SPECIAL_CONDITIONS): "special_conditions",
}
_GENERAL_LABELS = {
    "effective_on": w.EFFECTIVE_ON,
    "approved_on": w.APPROVED_ON,
}


@dataclass(frozen=True, slots=True)
class _Piece:
    """A line of a label | value stream; ``container`` is its paragraph's or cell's number."""

    text: str
    container: int


class _GeneralReader:
    """Section I as label | value rows, or as label paragraphs each followed by its value.

    Word's text layouts put two labels before their two values ("Байгууллагын нэр:",
    "Нэгжийн нэр:", then both names), so labels wait in a queue for values in order. A date
    label followed by a value with no digits was left empty: the value is the next label's.
    In a table, a row's labels wait for the next row only when the row holds nothing else
    and more than one label (a row of labels over a row of values); a label alone in its row
    with an empty value cell is left empty.
    """

    def __init__(self, unplaced: list[str]) -> None:
        self.values: dict[str, list[str]] = {}
        self.dates: dict[str, date | None] = {}
        self.pending: list[str] = []
        self.answered: set[str] = set()  # fields that took a value, blank or not
        self.last: tuple[str, int] | None = None  # the field that took the last value, and where it was
        self.row = [0, 0]  # labels and values read in the current table row
        self.unplaced = unplaced

    def end_row(self) -> None:
        labels, values = self.row
        if values or labels == 1:
            self.pending.clear()
        self.row = [0, 0]

    def read(self, piece: _Piece) -> None:
        found = _split_label(piece.text, _GENERAL_FIELDS)
        self.row[0 if found is not None and not found[1] else 1] += 1
        if found is None:
            self._value(piece)
            return
        name, rest = found
        if "grounds" in self.answered and "grounds" in self.pending:
            self.pending.remove("grounds")
        self.last = None
        if rest:
            self._take(name, rest, piece.container)
        else:
            self.pending.append(name)

    def _value(self, piece: _Piece) -> None:
        if self.last is not None and (self.last[1] == piece.container or self.last[0] == "grounds"):
            if self.last[0] not in _GENERAL_LABELS:  # a date is one line; more text is not a date
                self._take(self.last[0], piece.text, piece.container)
                return
        while self.pending:
            name = self.pending[0]
            if name != "grounds":
                self.pending.pop(0)
            if self._take(name, piece.text, piece.container):
                return
        self.unplaced.append(piece.text)

    def _take(self, name: str, text: str, container: int) -> bool:
        if name in _GENERAL_LABELS:
            if not self._date(name, text):
                return False
        elif w.unblank(text):
            self.values.setdefault(name, []).append(w.unblank(text))
        self.answered.add(name)
        self.last = (name, container)
        return True

    def _date(self, name: str, text: str) -> bool:
        """Read a date value; False when the text is no date at all (the label was left empty)."""
        day = w.parse_date(text)
        if day is not None or w.is_blank_date(text):
            self.dates[name] = day
        elif re.search(r"\d", text):
            self.unplaced.append(f"{_GENERAL_LABELS[name]} {text}")
        else:
            return False
        return True

    def general(self) -> GeneralInfo:
        def text(name: str) -> str:
            return " ".join(self.values.get(name, ()))

        law_name, law_date = w.parse_law_line(text("law"))
        names = ("organisation", "unit", "position_title", "classification", "working_hours")
        more = ("workplace_address", "working_conditions", "special_conditions")
        return GeneralInfo(
            grounds=tuple(self.values.get("grounds", ())),
            law_name=law_name,
            law_date=law_date,
            effective_on=self.dates.get("effective_on"),
            approved_on=self.dates.get("approved_on"),
            **{name: text(name) for name in (*names, *more)},
        )


def _read_general(blocks: list[Block], unplaced: list[str]) -> GeneralInfo:
    reader = _GeneralReader(unplaced)
    container = 0
    for block in blocks:
        rows = [(block.lines,)] if isinstance(block, _Paragraph) else block.rows
        for row in rows:
            for cell in row:
                container += 1
                for line in cell:
                    reader.read(_Piece(line.text, container))
            if isinstance(block, _Table):
                reader.end_row()
    return reader.general()


# Section II.


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

    def read(self, table: _Table) -> None:
        for row in table.rows:
            cells = (*row, *((),) * (4 - len(row)))
            if not _is_function_header(cells) and any(cells):
                self._row(cells)

    def _row(self, cells: Row) -> None:
        label = _cell_text(cells[0])
        self.unplaced.extend(line.text for cell in cells[4:] for line in cell)
        number = w.parse_objective_label(label)
        if number is not None:
            self.objective = number
        elif label:
            self.unplaced.append(label)
        codes = self._codes(_cell_text(cells[3]))
        starts = bool(cells[1]) and (cells[1][0].bulleted or bool(_NUMBER.match(cells[1][0].text)))
        if not label and not starts and self.last is not None:
            self.last.extend(_cell_text(cells[1]), _cell_text(cells[2]), codes)
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
    criterion = _cell_text(criteria)
    if len(texts) > 1 and len(criteria) == len(texts):
        return list(zip(texts, (w.unblank(line.text) for line in criteria), strict=True))
    if not any(texts) and not criterion:
        return []
    return [(text, criterion) for text in texts or [""]]


def _read_purpose(blocks: list[Block], unplaced: list[str]) -> tuple[str, tuple[Objective, ...]]:
    labels = {w.label_key(w.PURPOSE): "purpose", w.label_key(w.OBJECTIVES): "objectives"}
    found: dict[str, list[str]] = {"purpose": [], "objectives": []}
    table = _FunctionTable(unplaced)
    mode: str | None = None
    for block in blocks:
        if isinstance(block, _Table):
            table.read(block)
            continue
        for line in block.lines:
            label = _split_label(line.text, labels)
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


# Section III.

_SKILL_HEADINGS = {w.label_key(title): area for area, title in SKILL_AREA_TITLES.items()}


class _RequirementsReader:
    """Rows labelled Боловсрол … Ур чадвар; a row with an empty first cell continues the label above.

    Skill headings may stand in a column of their own or as a line among the skills. The
    first line of a continued row that has no bullet is the end of the line above, carried
    over a page break.
    """

    def __init__(self, unplaced: list[str]) -> None:
        self.label: str | None = None
        self.area: SkillArea | None = None
        self.entries: dict[str, list[str]] = {}
        self.skills: dict[SkillArea, list[str]] = {}
        self.unplaced = unplaced

    def row(self, row: Row) -> None:
        first = _cell_text(row[0]) if row else ""
        label = _REQUIREMENT_LABELS.get(w.label_key(first))
        if first and label is None and self.label == w.SKILLS and w.label_key(first) in _SKILL_HEADINGS:
            row = ((), *row)  # the skill headings in the first column, under a row of "Ур чадвар"
        elif first and label is None:
            self.unplaced.extend(line.text for cell in row for line in cell)
            return
        if label is not None:
            self.label, self.area = label, None
        lines = [line for cell in row[1:] for line in cell]
        if self.label is None:
            self.unplaced.extend(line.text for line in lines)
            return
        for index, line in enumerate(lines):
            self._line(line, joins=label is None and index == 0 and not line.bulleted)

    def _line(self, line: _Line, *, joins: bool) -> None:
        text = w.unblank(line.text)
        if not text:
            return
        if self.label == w.SKILLS:
            area = _SKILL_HEADINGS.get(w.label_key(text))
            if area is not None:
                self.area = area
                return
            if self.area is None:
                self.unplaced.append(text)
                return
            entries = self.skills.setdefault(self.area, [])
        else:
            entries = self.entries.setdefault(self.label or "", [])
            joins = joins or self.label != w.PROFESSION  # one text each, whatever its paragraphs
        if joins and entries:
            entries[-1] = f"{entries[-1]} {text}"
        else:
            entries.append(text)

    def requirements(self) -> Requirements:
        def text(label: str) -> str:
            return " ".join(self.entries.get(label, ()))

        return Requirements(
            education=text(w.EDUCATION),
            professions=tuple(w.parse_profession(line) for line in self.entries.get(w.PROFESSION, ())),
            qualification=text(w.QUALIFICATION),
            experience=w.parse_experience(text(w.EXPERIENCE)),
            skills=tuple((area, tuple(self.skills[area])) for area in SkillArea if self.skills.get(area)),
        )


def _read_requirements(blocks: list[Block], unplaced: list[str]) -> Requirements:
    reader = _RequirementsReader(unplaced)
    for block in blocks:
        if isinstance(block, _Table):
            for row in block.rows:
                reader.row(row)
        else:
            unplaced.extend(line.text for line in block.lines)
    return reader.requirements()


# Section IV.

_RELATION_LABELS = {
    w.label_key(w.REPORTS_TO): "reports_to",
    w.label_key(w.SUBORDINATES): "subordinates",
    w.label_key(w.OTHER_PARTIES): "other_parties",
}


class _RelationsReader:
    """Label paragraphs with their lines; subordinates as "title count" lines or a two-column table."""

    def __init__(self, unplaced: list[str]) -> None:
        self.mode: str | None = None
        self.reports_to: list[str] = []
        self.subordinates: list[Subordinate] = []
        self.parties: list[str] = []
        self.total: int | None = None
        self.unplaced = unplaced

    def line(self, text: str) -> None:
        found = _split_label(text, _RELATION_LABELS)
        if found is not None:
            self.mode, text = found
        total = w.parse_total(text)
        if total is not None:
            self.total = total
        elif w.unblank(text):
            self._value(w.unblank(text))

    def row(self, row: Row) -> None:
        texts = [text for text in map(_cell_text, row) if text]
        if len(texts) == 2 and texts[1].isdigit() and w.parse_total(" ".join(texts)) is None:
            self.subordinates.append(Subordinate(texts[0], int(texts[1])))
        else:
            for line in (line for cell in row for line in cell):
                self.line(line.text)

    def _value(self, text: str) -> None:
        subordinate = _SUBORDINATE.match(text) if self.mode == "subordinates" else None
        if self.mode == "reports_to":
            self.reports_to.append(text)
        elif subordinate is not None:
            self.subordinates.append(Subordinate(subordinate["title"], int(subordinate["count"])))
        elif self.mode == "other_parties":
            self.parties.append(text)
        else:
            self.unplaced.append(text)

    def relations(self) -> Relations:
        relations = Relations(" ".join(self.reports_to), tuple(self.subordinates), tuple(self.parties))
        if self.total is not None and self.total != relations.subordinate_total:
            note = _("The file gives {total} subordinate posts in all, but its rows add up to {rows}.")
            self.unplaced.append(note.format(total=self.total, rows=relations.subordinate_total))
        return relations


def _read_relations(blocks: list[Block], unplaced: list[str]) -> Relations:
    reader = _RelationsReader(unplaced)
    for block in blocks:
        if isinstance(block, _Table):
            for row in block.rows:
                reader.row(row)
        else:
            for line in block.lines:
                reader.line(line.text)
    return reader.relations()


# Section V.

_PART_HEADINGS = {
    w.label_key(w.DRAFTED_BY): "drafted",
    w.label_key(w.REVIEWED_BY): "review",
    w.label_key(w.APPROVED_BY): "approval",
}
_DRAFTER_LABELS = {w.label_key(w.SIGNER_TITLE): "title"}
_DECISION_LABELS = {
    w.label_key(w.ORGANISATION): "organisation",
    w.label_key(w.DECISION_DATE): "date",
    w.label_key(w.DECISION_NUMBER): "number",
    w.label_key(w.SIGNER_TITLE): "official_title",
}
_NOTES = tuple(w.label_key(note) for note in (w.SIGNATURE, w.NAME_NOTE, w.STAMP))


def _is_furniture(text: str) -> bool:
    """Signature notes, the stamp's place and dotted lines: printed on every form, nothing to read."""
    key = w.label_key(text)
    for note in _NOTES:
        key = key.replace(note, "")
    return not w.unblank(key)


@dataclass(slots=True)
class _Part:
    """The drafter, the reviewing body or the approval, as far as read."""

    kind: str
    values: dict[str, str] = field(default_factory=dict)
    day: date | None = None
    line_day: date | None = None  # the date line under a signature
    dated: bool = False  # the date line was read, even if left blank
    pending: str | None = None

    @property
    def labels(self) -> dict[str, str]:
        return _DRAFTER_LABELS if self.kind == "drafted" else _DECISION_LABELS

    def take(self, text: str, unplaced: list[str]) -> bool:
        """Place *text* in this part; False when it belongs to another part."""
        found = _split_label(text, self.labels)
        if found is not None:
            if found[0] in self.values:
                return False  # a second "Байгууллагын нэр:" opens the next part
            self.pending, text = found
            if not text:
                return True
        if self.pending is not None and not (self.pending == "title" and _signature_name(text)):
            self._value(self.pending, text, unplaced)
            return True
        self.pending = None
        return _is_furniture(text) or self._signature(text) or self._date_line(text, unplaced)

    def _value(self, name: str, text: str, unplaced: list[str]) -> None:
        self.pending = None
        if name != "date":
            self.values[name] = w.unblank(text)
        elif w.parse_date(text) is not None or w.is_blank_date(text):
            self.values[name], self.day = text, w.parse_date(text)
        else:
            unplaced.append(f"{w.DECISION_DATE} {text}")

    def _signature(self, text: str) -> bool:
        match = _SIGNATURE_LINE.match(text)
        title, name = ("title", "name") if self.kind == "drafted" else ("official_title", "official_name")
        if match is None or name in self.values:
            return False  # a second signature is someone else's
        if match["lead"]:
            self.values[title] = match["lead"].strip()
        self.values[name] = (match["name"] or "").strip()
        return True

    def _date_line(self, text: str, unplaced: list[str]) -> bool:
        if "оны" not in text.casefold() or self.dated:
            return False
        if w.parse_date(text) is None and not w.is_blank_date(text):
            unplaced.append(text)
        self.line_day, self.dated = w.parse_date(text), True
        return True


def _signature_name(text: str) -> bool:
    match = _SIGNATURE_LINE.match(text)
    return match is not None and bool(match["name"])


class _EndorsementReader:
    """The three parts in order; where a text layout gives two headings before their contents
    (the drafter's and the reviewer's side by side), a text the first part has no place for
    goes to the next."""

    def __init__(self, unplaced: list[str]) -> None:
        self.parts: list[_Part] = []
        self.current = 0
        self.unplaced = unplaced

    def line(self, text: str) -> None:
        kind = _PART_HEADINGS.get(w.label_key(text))
        if kind is not None:
            self._open(kind)
            return
        for index in range(self.current, len(self.parts)):
            if self.parts[index].take(text, self.unplaced):
                self.current = index
                return
        if not _is_furniture(text):
            self.unplaced.append(text)

    def _open(self, kind: str) -> None:
        started = self.parts and (self.parts[self.current].values or self.parts[self.current].dated)
        self.parts.append(_Part(kind))
        if started or len(self.parts) == 1:
            self.current = len(self.parts) - 1

    def part(self, kind: str) -> _Part:
        return next((part for part in self.parts if part.kind == kind), _Part(kind))


def _decision(part: _Part, unplaced: list[str]) -> Decision:
    if part.line_day is not None and part.kind == "review" and part.line_day != part.day:
        if part.day is None:
            part.day = part.line_day
        else:
            unplaced.append(w.date_line(part.line_day))
    values = part.values
    return Decision(
        organisation=values.get("organisation", ""),
        decided_on=part.day,
        number=values.get("number", ""),
        official_title=values.get("official_title", ""),
        official_name=values.get("official_name", ""),
    )


def _read_endorsement(blocks: list[Block], unplaced: list[str]) -> tuple[Endorsement, date | None]:
    """Section V, and the date under the approving official's signature (the approval date)."""
    reader = _EndorsementReader(unplaced)
    for text in _texts(blocks):
        reader.line(text)
    drafter, approval = reader.part("drafted"), reader.part("approval")
    signer = Signer(drafter.values.get("title", ""), drafter.values.get("name", ""), drafter.line_day)
    endorsement = Endorsement(signer, _decision(reader.part("review"), unplaced), _decision(approval, unplaced))
    return endorsement, approval.line_day


# The record.


def _approval_date(general: GeneralInfo, signed: date | None, unplaced: list[str]) -> GeneralInfo:
    """Section I's approval date, or the date the approving official signed under section V."""
    if signed is None or signed == general.approved_on:
        return general
    if general.approved_on is None:
        return replace(general, approved_on=signed)
    unplaced.append(f"{w.APPROVED_BY} {w.date_line(signed)}")
    return general


def _description(sections: list[list[Block]], unplaced: list[str]) -> JobDescription:
    _read_preamble(sections[0], unplaced)
    general = _read_general(sections[1], unplaced)
    purpose, objectives = _read_purpose(sections[2], unplaced)
    requirements = _read_requirements(sections[3], unplaced)
    relations = _read_relations(sections[4], unplaced)
    endorsement, approved_on = _read_endorsement(sections[5], unplaced)
    return JobDescription(
        position_id=None,
        general=_approval_date(general, approved_on, unplaced),
        purpose=purpose,
        objectives=objectives,
        requirements=requirements,
        relations=relations,
        endorsement=endorsement,
    )


def read_job_description_docx(data: bytes) -> DescriptionReading:
    """What a Word file in the template's layout holds, for the user to check before saving.

    Args:
        data: The .docx file's bytes.

    Returns:
        A draft description for no position yet, and every non-empty piece of text that
        could not be placed in it (with notes where the file contradicts itself).

    Raises:
        RefusedError: the bytes are not a Word document, or not one with the template's tables.
    """
    blocks = list(_blocks(_open(data)))
    _check_template(blocks)
    unplaced: list[str] = []
    description = _description(_sections(blocks), unplaced)
    return DescriptionReading(normalize_description(description), tuple(unplaced))
