"""Section I, general information: label | value rows, or label paragraphs with their values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, Paragraph, Table, split_label
from core.job_description.entities import GeneralInfo

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
        found = split_label(piece.text, _GENERAL_FIELDS)
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


def read_general(blocks: list[Block], unplaced: list[str]) -> GeneralInfo:
    """Section I from its tables or paragraphs; values no label takes go to *unplaced*."""
    reader = _GeneralReader(unplaced)
    container = 0
    for block in blocks:
        rows = [(block.lines,)] if isinstance(block, Paragraph) else block.rows
        for row in rows:
            for cell in row:
                container += 1
                for line in cell:
                    reader.read(_Piece(line.text, container))
            if isinstance(block, Table):
                reader.end_row()
    return reader.general()
