"""A job description as a Word document in the template's table structure (domain §11).

Offices keep, send and re-type job descriptions in Word, so this is a working copy as much
as a print: real tables (a reviewer adds a row, Word repeats the function table's header on
each page), real paragraphs, and exactly the template's words from
:mod:`core.job_description.wording`, which is also what :mod:`core.job_description.docx_import`
recognises, so a file written here reads back into the same record. The layout follows the
official PDF (:mod:`core.documents.job_description_pdf`): the same rows, blanks and order.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.documents.leave_order import set_up_page
from core.job_description import wording as w
from core.job_description.entities import (
    SKILL_AREA_TITLES,
    Decision,
    GeneralInfo,
    JobDescription,
    Objective,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    participation_codes,
)

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph as WordParagraph

#: Objective | function | criterion | codes, in millimetres of the 165 mm text width.
FUNCTION_COLUMNS_MM = (25, 75, 40, 25)
#: Row label | skill heading | text of section III.
REQUIREMENT_COLUMNS_MM = (28, 37, 100)
#: Label | value of section I.
GENERAL_COLUMNS_MM = (66, 99)
#: Position | number of posts, under section IV's subordinates label.
SUBORDINATE_COLUMNS_MM = (120, 25)
#: Drafter | reviewing body, side by side in section V as on the form.
ENDORSEMENT_COLUMNS_MM = (82, 83)
GRID_STYLE = "Table Grid"  # ruled cells; present in python-docx's default template


def job_description_docx(description: JobDescription) -> bytes:
    """The description as a .docx: title, sections I–V, A4, Times New Roman 12.

    Args:
        description: One version, draft or approved; unknown values are written as the
            blanks (``.....``, the dotted date) a hand fills in.

    Returns:
        The Word file's bytes.
    """
    import docx  # python-docx loads lxml: only when a document is actually written

    word = docx.Document()
    set_up_page(word)
    _paragraph(word, w.TITLE, bold=True, centre=True)
    _general(word, description.general)
    _purpose(word, description)
    _requirements(word, description.requirements)
    _relations(word, description.relations)
    _endorsement(word, description)
    word.core_properties.title = description.general.position_title or w.TITLE
    word.core_properties.author = description.general.organisation
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


# Section I.


def _general(word: WordDocument, info: GeneralInfo) -> None:
    _section(word, w.SECTION_GENERAL)
    table = _table(word, GENERAL_COLUMNS_MM)
    for label, values in w.general_fields(info):
        label_cell, value_cell = _row(table, GENERAL_COLUMNS_MM).cells
        _fill(label_cell, [label], bold=True)
        _fill(value_cell, _or_blank(values))


# Section II.


def _purpose(word: WordDocument, description: JobDescription) -> None:
    _section(word, w.SECTION_PURPOSE)
    _paragraph(word, w.PURPOSE, bold=True)
    _paragraph(word, description.purpose or w.BLANK, justify=True)
    _paragraph(word, w.OBJECTIVES, bold=True)
    for number, objective in enumerate(description.objectives, start=1):
        _paragraph(word, w.numbered(number, objective.text), justify=True)
    if not description.objectives:
        _paragraph(word, w.BLANK)
    _paragraph(word, "")
    _function_table(word, description.objectives)


def _function_table(word: WordDocument, objectives: Sequence[Objective]) -> None:
    """Objective | function | criterion | codes, the header repeated on every page.

    The objective's label is in its first row and the column is merged down its rows, so
    Word keeps every row free to break onto the next page.
    """
    table = _table(word, FUNCTION_COLUMNS_MM)
    header = _row(table, FUNCTION_COLUMNS_MM)
    for cell, title in zip(header.cells, w.FUNCTION_TABLE_HEADER, strict=True):
        _fill(cell, [title], bold=True, centre=True)
    _repeat_as_header(header)
    for number, objective in enumerate(objectives, start=1):
        _objective_rows(table, number, objective)


def _objective_rows(table: Table, number: int, objective: Objective) -> None:
    rows = [_row(table, FUNCTION_COLUMNS_MM) for _ in objective.functions or (None,)]
    for index, (row, function) in enumerate(zip(rows, objective.functions, strict=False), start=1):
        _, text, criterion, codes = row.cells
        _fill(text, [w.numbered(index, function.text)])
        _fill(criterion, [function.criterion])
        _fill(codes, [participation_codes(function.participation)], centre=True)
    if not objective.functions:
        _fill(rows[0].cells[1], [w.BLANK])
    label = rows[0].cells[0]
    _fill(label, [w.objective_label(number)])
    if len(rows) > 1:
        label.merge(rows[-1].cells[0])


def _repeat_as_header(row: _Row) -> None:
    """Mark the row as the table's header (w:tblHeader): Word repeats it atop each page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


# Section III.


def _requirements(word: WordDocument, requirements: Requirements) -> None:
    _section(word, w.SECTION_REQUIREMENTS)
    table = _table(word, REQUIREMENT_COLUMNS_MM)
    plain: list[tuple[str, Sequence[str]]] = [
        (w.EDUCATION, [requirements.education]),
        (w.PROFESSION, w.profession_lines(requirements.professions)),
        (w.QUALIFICATION, [requirements.qualification]),
        (w.EXPERIENCE, [w.experience_text(requirements.experience)]),
    ]
    for label, values in plain:
        label_cell, value_cell, rest = _row(table, REQUIREMENT_COLUMNS_MM).cells
        _fill(label_cell, [label], bold=True)
        _fill(value_cell.merge(rest), _or_blank(values))
    _skill_rows(table, requirements)


def _skill_rows(table: Table, requirements: Requirements) -> None:
    """A row per skill heading that has lines, in the template's order, as the PDF prints them."""
    areas = [area for area in SkillArea if requirements.skills_in(area)]
    rows = [_row(table, REQUIREMENT_COLUMNS_MM) for _ in areas or (None,)]
    for row, area in zip(rows, areas, strict=False):
        _, heading, lines = row.cells
        _fill(heading, [SKILL_AREA_TITLES[area]], bold=True)
        _fill(lines, [f"{w.BULLET}{line}" for line in requirements.skills_in(area)])
    if not areas:
        _fill(rows[0].cells[1].merge(rows[0].cells[2]), [w.BLANK])
    label = rows[0].cells[0]
    _fill(label, [w.SKILLS], bold=True)
    if len(rows) > 1:
        label.merge(rows[-1].cells[0])


# Section IV.


def _relations(word: WordDocument, relations: Relations) -> None:
    _section(word, w.SECTION_RELATIONS)
    _paragraph(word, w.REPORTS_TO, bold=True)
    _paragraph(word, relations.reports_to or w.BLANK)
    _paragraph(word, w.SUBORDINATES, bold=True)
    if relations.subordinates:
        table = _table(word, SUBORDINATE_COLUMNS_MM)
        for subordinate in relations.subordinates:
            title, count = _row(table, SUBORDINATE_COLUMNS_MM).cells
            _fill(title, [subordinate.title])
            _fill(count, [str(subordinate.count)], centre=True)
        _paragraph(word, f"{w.TOTAL}: {relations.subordinate_total}", bold=True)
    else:
        _paragraph(word, w.BLANK)
    _paragraph(word, w.OTHER_PARTIES, bold=True)
    for party in relations.other_parties or (w.BLANK,):
        _paragraph(word, f"{w.BULLET}{party}" if relations.other_parties else party)


# Section V.


def _endorsement(word: WordDocument, description: JobDescription) -> None:
    """Drafter beside the reviewing body, the approval under them, as the PDF lays them out."""
    endorsement = description.endorsement
    _section(word, w.SECTION_ENDORSEMENT)
    drafter, review = _row(_table(word, ENDORSEMENT_COLUMNS_MM, ruled=False), ENDORSEMENT_COLUMNS_MM).cells
    _fill(drafter, _drafter_lines(endorsement.drafted_by))
    _fill(review, [w.REVIEWED_BY, *_decision_lines(endorsement.review), *_official_lines(endorsement.review)])
    _bold_first(drafter, review)
    _paragraph(word, "")
    _paragraph(word, w.APPROVED_BY, bold=True)
    approval = endorsement.approval
    for line in [*_decision_lines(approval), w.STAMP, *_official_lines(approval, always=True)]:
        _paragraph(word, line)
    _paragraph(word, w.date_line(description.general.approved_on))


def _drafter_lines(signer: Signer) -> list[str]:
    return [
        w.DRAFTED_BY,
        w.SIGNER_TITLE,
        signer.title or w.BLANK,
        _signature_line("", signer.name),
        f"{w.SIGNATURE} {w.NAME_NOTE}",
        w.date_line(signer.signed_on),
    ]


def _decision_lines(decision: Decision) -> list[str]:
    return [
        w.ORGANISATION,
        decision.organisation or w.BLANK,
        f"{w.DECISION_DATE} {w.short_date(decision.decided_on)}",
        f"{w.DECISION_NUMBER} {decision.number or w.BLANK}",
    ]


def _official_lines(decision: Decision, *, always: bool = False) -> list[str]:
    """ "ДАРГА: ..... Р.ОТГОНЖАРГАЛ" over its notes; the review has it only when one is named."""
    if not (always or decision.official_title or decision.official_name):
        return []
    return [_signature_line(decision.official_title, decision.official_name), w.SIGNATURE, w.NAME_NOTE]


def _signature_line(title: str, name: str) -> str:
    """The dotted line to sign on, after the official's title and before the name."""
    lead = f"{title}: " if title else ""
    return f"{lead}{w.BLANK} {name}".rstrip()


def _bold_first(*cells: _Cell) -> None:
    for cell in cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


# Shared pieces.


def _section(word: WordDocument, title: str) -> None:
    from docx.shared import Pt

    paragraph = _paragraph(word, title, bold=True)
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.keep_with_next = True


def _paragraph(
    word: WordDocument, text: str, *, bold: bool = False, centre: bool = False, justify: bool = False
) -> WordParagraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = word.add_paragraph()
    if text:
        paragraph.add_run(text).bold = bold
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif justify:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def _table(word: WordDocument, widths_mm: Sequence[float], *, ruled: bool = True) -> Table:
    from docx.shared import Mm

    table = word.add_table(rows=0, cols=len(widths_mm))
    if ruled:
        table.style = word.styles[GRID_STYLE]
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)  # the grid LibreOffice reads; Word reads the cell widths
    return table


def _row(table: Table, widths_mm: Sequence[float]) -> _Row:
    from docx.shared import Mm

    row = table.add_row()
    for cell, width in zip(row.cells, widths_mm, strict=True):
        cell.width = Mm(width)
    return row


def _fill(cell: _Cell, lines: Sequence[str], *, bold: bool = False, centre: bool = False) -> None:
    """A paragraph per line; the cell's own first paragraph takes the first, so none is empty."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        if line:
            paragraph.add_run(line).bold = bold
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _or_blank(values: Sequence[str]) -> list[str]:
    """The non-empty values, or the blank a hand fills in."""
    return [value for value in values if value.strip()] or [w.BLANK]
