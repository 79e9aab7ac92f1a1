"""Section V, the endorsement: the drafter's signature, the reviewing body's decision and the approving one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, split_label, texts_in
from core.job_description.entities import Decision, Endorsement, Signer

# A signature as offices type it: "ДАРГА: ..... Р.ОТГОНЖАРГАЛ".
_SIGNATURE_LINE = re.compile(r"^(?:(?P<lead>[^:.…]+?)\s*:\s*)?[.…_]{3,}\s*(?P<name>[^.…_\s].*)?$")

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
        found = split_label(text, self.labels)
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


def read_endorsement(blocks: list[Block], unplaced: list[str]) -> tuple[Endorsement, date | None]:
    """Section V, and the date under the approving official's signature (the approval date)."""
    reader = _EndorsementReader(unplaced)
    for text in texts_in(blocks):
        reader.line(text)
    drafter, approval = reader.part("drafted"), reader.part("approval")
    signer = Signer(drafter.values.get("title", ""), drafter.values.get("name", ""), drafter.line_day)
    endorsement = Endorsement(signer, _decision(reader.part("review"), unplaced), _decision(approval, unplaced))
    return endorsement, approval.line_day
