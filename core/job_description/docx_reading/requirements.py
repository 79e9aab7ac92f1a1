"""Section III, the requirements: education, profession, qualification, experience and skills."""

from __future__ import annotations

from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, Line, Row, Table, cell_text
from core.job_description.entities import SKILL_AREA_TITLES, Requirements, SkillArea

#: The first-column labels of the requirements table, by their keys.
REQUIREMENT_LABELS = {w.label_key(label): label for label in (w.EDUCATION, w.PROFESSION, w.QUALIFICATION)} | {
    w.label_key(label): label for label in (w.EXPERIENCE, w.SKILLS)
}
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
        first = cell_text(row[0]) if row else ""
        label = REQUIREMENT_LABELS.get(w.label_key(first))
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

    def _line(self, line: Line, *, joins: bool) -> None:
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


def read_requirements(blocks: list[Block], unplaced: list[str]) -> Requirements:
    """Section III from its table; paragraphs and rows with no label go to *unplaced*."""
    reader = _RequirementsReader(unplaced)
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows:
                reader.row(row)
        else:
            unplaced.extend(line.text for line in block.lines)
    return reader.requirements()
