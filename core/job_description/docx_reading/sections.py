"""The document's blocks split into sections I–V, the template check, and what comes before section I."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.i18n import _
from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, Table, cell_text, split_label, texts_in
from core.job_description.docx_reading.functions import is_function_header
from core.job_description.docx_reading.requirements import REQUIREMENT_LABELS
from core.services.errors import RefusedError

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


def _table_section(table: Table) -> int | None:
    """2 for a function table, 3 for the requirements, 1 for section I's labels; None if unknown."""
    firsts = [cell_text(row[0]) for row in table.rows if row]
    if any(is_function_header(row) for row in table.rows) or any(w.parse_objective_label(t) for t in firsts):
        return 2
    if any(w.label_key(text) in REQUIREMENT_LABELS for text in firsts):
        return 3
    return 1 if any(_SECTION_LABELS.get(w.label_key(text.partition(":")[0])) == 1 for text in firsts) else None


def _section_mark(block: Block) -> tuple[int, bool] | None:
    """The section *block* opens (True) or shows it is in (False), if it tells."""
    if isinstance(block, Table):
        number = _table_section(block)
        return (number, False) if number else None
    first = block.lines[0].text
    heading = _SECTION_HEADINGS.get(w.heading_key(first)) if len(block.lines) == 1 else None
    if heading:
        return heading, True
    found = split_label(first, _SECTION_LABELS)
    return (found[0], False) if found else None


def split_sections(blocks: Iterable[Block]) -> list[list[Block]]:
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


def check_template(blocks: Sequence[Block]) -> None:
    """Refuse a file that is no job description in the template's tables.

    Raises:
        RefusedError: the file has no tables, or neither a function table nor a requirements table.
    """
    tables = [block for block in blocks if isinstance(block, Table)]
    if not tables:
        raise RefusedError(_("The Word file has no tables; a job description has its functions in one."))
    if not any(_table_section(table) in (2, 3) for table in tables):
        raise RefusedError(
            _("The Word file has neither the function table nor the requirements table of a job description.")
        )


_PREAMBLE = {w.label_key(w.TITLE), w.label_key(w.DRAFT_MARK)}


def read_preamble(blocks: list[Block], unplaced: list[str]) -> None:
    """Everything before section I but the title and the draft mark goes to *unplaced*."""
    unplaced.extend(text for text in texts_in(blocks) if w.label_key(text) not in _PREAMBLE)
