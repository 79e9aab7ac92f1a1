"""Section IV, relations: whom the position reports to, its subordinates and the other parties."""

from __future__ import annotations

import re

from core.i18n import _
from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, Row, Table, cell_text, split_label
from core.job_description.entities import Relations, Subordinate

# Subordinates as offices type them: "- Мэргэжилтэн 3".
_SUBORDINATE = re.compile(r"^(?P<title>.+?)\s*[-–:]?\s+(?P<count>\d{1,4})\s*(?:хүн|орон\s+тоо)?\s*[.,;]?$")

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
        found = split_label(text, _RELATION_LABELS)
        if found is not None:
            self.mode, text = found
        total = w.parse_total(text)
        if total is not None:
            self.total = total
        elif w.unblank(text):
            self._value(w.unblank(text))

    def row(self, row: Row) -> None:
        texts = [text for text in map(cell_text, row) if text]
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


def read_relations(blocks: list[Block], unplaced: list[str]) -> Relations:
    """Section IV from its paragraphs and tables; text under no label goes to *unplaced*."""
    reader = _RelationsReader(unplaced)
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                reader.row(row)
        else:
            for line in block.lines:
                reader.line(line.text)
    return reader.relations()
