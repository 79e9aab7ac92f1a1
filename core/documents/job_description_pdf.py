"""The official PDF of a job description (Civil Service Council resolution 03 of 2019, annex 2).

This is the paper the reviewers check and the approving official signs, so it follows the
template: its five sections in order, its words (all from :mod:`core.job_description.wording`,
the same the Word export writes and the importer reads), A4 with the margins of an official
document. The function table runs over pages: its header is repeated on each, and a function
longer than a page is cut between two lines of text, never clipped.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache, partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, KeepTogether, Spacer, Table

from core.documents.fonts import REGULAR, ensure_fonts
from core.documents.grid import Grid, Padding
from core.documents.layout import MARK_GREY, NumberedCanvas, dotted_line, draw_box_mark, page_template, para, styles
from core.documents.paged_table import Cell, Row, ruled_table
from core.job_description import wording as w
from core.job_description.entities import (
    PARTICIPATION_ORDER,
    PARTICIPATION_WORDS,
    SKILL_AREA_TITLES,
    Decision,
    DescriptionStatus,
    GeneralInfo,
    JobDescription,
    Objective,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    participation_codes,
)

OnPage = Callable[[Canvas, BaseDocTemplate], None]

#: Top, right, bottom, left margins in millimetres: 30 mm on the left for the binder.
MARGINS_MM = (20, 15, 20, 30)
BODY_SIZE = 11
CELL_SIZE = 10
#: Objective | function | criterion | codes, in millimetres of the 165 mm text width.
FUNCTION_COLUMNS_MM = (21, 76, 43, 25)
#: Row label | skill heading | text of section III.
REQUIREMENT_COLUMNS_MM = (28, 36, 101)
#: Section I's labels are long; they get this share of the width.
LABEL_SHARE = 0.4

_ST = styles(BODY_SIZE)
_CELL = styles(CELL_SIZE)
_HEAD = styles(8.5)
_NOTE = styles(7.5)
_SECTION = ParagraphStyle("jd_section", parent=_ST.bold, spaceBefore=5 * mm, spaceAfter=2.5 * mm)
_LABEL = ParagraphStyle("jd_label", parent=_ST.bold, spaceBefore=2 * mm, spaceAfter=1 * mm, keepWithNext=1)


@lru_cache(maxsize=8)
def _hanging(lead: str, size: float, indent: float = 0) -> ParagraphStyle:
    """A style whose wrapped lines align after *lead* ("1. ", "- "), like a list in Word.

    Measured in the real font, hence built on first use: the composition root may register
    the fonts only after this module is imported.
    """
    width = stringWidth(lead, REGULAR, size)
    parent = styles(size).body
    return ParagraphStyle(f"jd_{lead}{size}_{indent}", parent=parent, leftIndent=indent + width, firstLineIndent=-width)


#: Tables page within the A4 frame; a row taller than a page keeps three lines on each.
_ruled = partial(
    ruled_table,
    cell_size=CELL_SIZE,
    frame_height=A4[1] - (MARGINS_MM[0] + MARGINS_MM[2]) * mm,
    min_row_part=3 * _CELL.body.leading,
)
#: Section IV's values sit this far in from their labels.
_INDENT = 6 * mm
#: Height left free above a signature's dotted line for the hand.
_SIGNING_ROOM = 8 * mm
#: Room a section heading needs below it, or it starts the next page.
_SECTION_ROOM = 35 * mm


def render_job_description(description: JobDescription) -> bytes:
    """The description as the official A4 PDF, with its fonts embedded.

    Args:
        description: One version, draft or approved; missing values print as blanks to fill
            by hand, and a draft carries "ТӨСӨЛ" on every page.

    Returns:
        The PDF file's bytes.
    """
    ensure_fonts()
    out = io.BytesIO()
    general = description.general
    template = page_template(
        out,
        pagesize=A4,
        margins_mm=MARGINS_MM,
        on_page=_page_marks(description),
        title=_pdf_title(description),
        author=general.organisation,
        subject=general.position_title,
    )
    width = template.pageTemplates[0].frames[0].width
    template.build(_story(description, width), canvasmaker=NumberedCanvas)
    return out.getvalue()


def _pdf_title(description: JobDescription) -> str:
    title = w.TITLE.capitalize()
    if description.general.position_title:
        title = f"{title}: {description.general.position_title}"
    return f"{title} ({w.DRAFT_MARK.capitalize()})" if description.is_editable else title


def _story(description: JobDescription, width: float) -> list[Flowable]:
    return [
        para(w.TITLE, _ST.title),
        Spacer(1, 2 * mm),
        *_general(description.general, width),
        *_purpose(description, width),
        *_requirements(description.requirements, width),
        *_relations(description.relations),
        *_endorsement(description, width),
    ]


# Section I.


def _general(info: GeneralInfo, width: float) -> list[Flowable]:
    rows = [[[para(label, _CELL.bold)], _lines(values, _CELL.body)] for label, values in w.general_fields(info)]
    label_width = width * LABEL_SHARE
    return [*_section(w.SECTION_GENERAL), _ruled(rows, [label_width, width - label_width])]


# Section II.


def _purpose(description: JobDescription, width: float) -> list[Flowable]:
    numbered = _hanging("0. ", BODY_SIZE)
    objectives = [para(w.numbered(n, o.text), numbered) for n, o in enumerate(description.objectives, start=1)]
    return [
        *_section(w.SECTION_PURPOSE),
        _label(w.PURPOSE),
        para(description.purpose or w.BLANK, _ST.paragraph),
        _label(w.OBJECTIVES),
        *(objectives or [para(w.BLANK, numbered)]),
        Spacer(1, 3 * mm),
        _function_table(description.objectives, width),
    ]


def _function_table(objectives: Sequence[Objective], width: float) -> Table:
    """The objective | function | criterion | codes table, its header on every page.

    The objective's label stands in the first column of its first row; the rule under that
    column is drawn only where the objective ends, so the label reads as spanning its rows
    while every row stays free to break onto the next page.
    """
    rows: list[Row] = [_function_header()]
    open_rows: set[int] = set()
    for number, objective in enumerate(objectives, start=1):
        objective_rows = list(_objective_rows(number, objective))
        open_rows.update(range(len(rows), len(rows) + len(objective_rows) - 1))
        rows.extend(objective_rows)
    return _ruled(rows, _widths(FUNCTION_COLUMNS_MM, width), header=True, open_rows=open_rows)


def _function_header() -> Row:
    *titles, _codes = w.FUNCTION_TABLE_HEADER
    legend = [f"{PARTICIPATION_WORDS[code]} - {code.value}" for code in PARTICIPATION_ORDER]
    # The legend in smaller type, a code to a line: at the width of the codes column the
    # heading's longest word would otherwise break "Шийдвэрлэх - Ш" in two.
    legend_lines = [
        para(f"{item}," if index < len(legend) - 1 else item, _NOTE.centre) for index, item in enumerate(legend)
    ]
    codes = [para(w.PARTICIPATION_HEADING, _HEAD.centre_bold), *legend_lines]
    return [*([para(title, _HEAD.centre_bold)] for title in titles), codes]


def _objective_rows(number: int, objective: Objective) -> Iterator[Row]:
    label: Cell = [para(w.objective_label(number), _CELL.body)]
    if not objective.functions:
        yield [label, [para(w.BLANK, _CELL.body)], [], []]
        return
    for index, function in enumerate(objective.functions, start=1):
        yield [
            label if index == 1 else [],
            [para(w.numbered(index, function.text), _CELL.body)],
            [para(function.criterion, _CELL.body)] if function.criterion else [],
            [para(participation_codes(function.participation), _CELL.centre)] if function.participation else [],
        ]


# Section III.


def _requirements(requirements: Requirements, width: float) -> list[Flowable]:
    experience = w.experience_text(requirements.experience)
    rows: list[Row] = [
        [[para(w.EDUCATION, _CELL.bold)], _lines([requirements.education], _CELL.body), []],
        [
            [para(w.PROFESSION, _CELL.bold)],
            _lines(w.profession_lines(requirements.professions), _hanging(w.BULLET, CELL_SIZE)),
            [],
        ],
        [[para(w.QUALIFICATION, _CELL.bold)], _lines([requirements.qualification], _CELL.body), []],
        [[para(w.EXPERIENCE, _CELL.bold)], _lines([experience], _CELL.body), []],
    ]
    spans = list(range(len(rows)))
    skills = list(_skill_rows(requirements))
    if not skills:
        spans.append(len(rows))
        skills = [[[para(w.SKILLS, _CELL.bold)], [para(w.BLANK, _CELL.body)], []]]
    open_rows = set(range(len(rows), len(rows) + len(skills) - 1))
    table = _ruled([*rows, *skills], _widths(REQUIREMENT_COLUMNS_MM, width), open_rows=open_rows, spans=spans)
    return [*_section(w.SECTION_REQUIREMENTS), table]


def _skill_rows(requirements: Requirements) -> Iterator[Row]:
    """A row per skill heading that has lines, in the template's order; "Ур чадвар" on the first."""
    first, bullet = True, _hanging(w.BULLET, CELL_SIZE)
    for area in SkillArea:
        lines = requirements.skills_in(area)
        if not lines:
            continue
        label: Cell = [para(w.SKILLS, _CELL.bold)] if first else []
        bullets: Cell = [para(f"{w.BULLET}{line}", bullet) for line in lines]
        yield [label, [para(SKILL_AREA_TITLES[area], _CELL.bold)], bullets]
        first = False


# Section IV.


def _relations(relations: Relations) -> list[Flowable]:
    value = _hanging(w.BULLET, BODY_SIZE, _INDENT)
    subordinates = [f"{w.BULLET}{s.title} {s.count}" for s in relations.subordinates]
    total = [para(f"{w.TOTAL}: {relations.subordinate_total}", value)] if subordinates else []
    return [
        *_section(w.SECTION_RELATIONS),
        _label(w.REPORTS_TO),
        *_lines([relations.reports_to], value),
        _label(w.SUBORDINATES),
        *_lines(subordinates, value),
        *total,
        _label(w.OTHER_PARTIES),
        *_lines([f"{w.BULLET}{party}" for party in relations.other_parties], value),
    ]


# Section V.


def _endorsement(description: JobDescription, width: float) -> list[Flowable]:
    """Drafter beside the reviewing body, the approval under them; kept on one page.

    The signatures are what makes the paper valid: a page break inside this block would
    leave a signature on a page of its own, away from the text it signs for.
    """
    endorsement = description.endorsement
    half = width / 2
    pad = Padding(right=4 * mm)
    pair = Grid([[_drafter(endorsement.drafted_by, half), _review(endorsement.review)]], [half, half], padding=pad)
    approval = Grid([[_approval(endorsement.approval, description.general.approved_on, half)]], [half], padding=pad)
    return [KeepTogether([para(w.SECTION_ENDORSEMENT, _SECTION), pair, Spacer(1, 6 * mm), approval])]


def _drafter(signer: Signer, width: float) -> Cell:
    return [
        para(w.DRAFTED_BY, _ST.bold),
        para(w.SIGNER_TITLE, _ST.body),
        para(signer.title or w.BLANK, _ST.body),
        _signature("", signer.name, width - 4 * mm),
        para(w.date_line(signer.signed_on), _ST.body),
    ]


def _review(decision: Decision) -> Cell:
    return [para(w.REVIEWED_BY, _ST.bold), *_decision(decision)]


def _approval(decision: Decision, approved_on: date | None, width: float) -> Cell:
    lead = f"{decision.official_title}:" if decision.official_title else ""
    return [
        para(w.APPROVED_BY, _ST.bold),
        *_decision(decision),
        para(w.STAMP, _ST.body),
        _signature(lead, decision.official_name, width - 4 * mm),
        para(w.date_line(approved_on), _ST.body),
    ]


def _decision(decision: Decision) -> list[Flowable]:
    return [
        para(w.ORGANISATION, _ST.body),
        para(decision.organisation or w.BLANK, _ST.body),
        para(f"{w.DECISION_DATE} {w.short_date(decision.decided_on)}", _ST.body),
        para(f"{w.DECISION_NUMBER} {decision.number or w.BLANK}", _ST.body),
    ]


def _signature(lead: str, name: str, width: float) -> Grid:
    """Room to sign, the dotted line and the name, each over its note in small type."""
    left = width * 0.45
    dots = dotted_line(left - stringWidth(f"{lead} ", REGULAR, BODY_SIZE) - 2, BODY_SIZE)
    line = f"{lead} {dots}" if lead else dots
    rows = [
        [[Spacer(1, _SIGNING_ROOM), para(line, _ST.body)], [para(name or w.BLANK, _ST.centre_bold)]],
        [[para(w.SIGNATURE, _NOTE.centre)], [para(w.NAME_NOTE, _NOTE.centre)]],
    ]
    return Grid(rows, [left, width - left], padding=Padding(top=1, bottom=1), valign="bottom")


# Shared pieces.


def _section(title: str) -> list[Flowable]:
    """The heading, on a new page when too little room is left for it and what follows.

    Not keepWithNext: reportlab keeps a heading with a whole table, and a table longer than
    the rest of the page would then always start on a new page.
    """
    return [CondPageBreak(_SECTION_ROOM), para(title, _SECTION)]


def _label(text: str) -> Flowable:
    return para(text, _LABEL)


def _lines(values: Sequence[str], style: ParagraphStyle) -> Cell:
    """A paragraph per non-empty value, or the blank a hand fills in."""
    return [para(value, style) for value in values if value.strip()] or [para(w.BLANK, style)]


def _widths(columns_mm: Sequence[float], width: float) -> list[float]:
    """The columns scaled to the frame, so they always add up to the text width."""
    total = sum(columns_mm)
    return [width * column / total for column in columns_mm]


# Page furniture.


def _page_marks(description: JobDescription) -> OnPage:
    """ "ТӨСӨЛ" in the corner of a draft's pages; the version in an approved one's footer."""
    if description.status is DescriptionStatus.DRAFT:
        return _draft_mark
    label = w.version_label(description.version)

    def version_footer(canvas: Canvas, template: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MARK_GREY)
        canvas.drawString(MARGINS_MM[3] * mm, 8 * mm, label)
        canvas.restoreState()

    return version_footer


def _draft_mark(canvas: Canvas, template: BaseDocTemplate) -> None:
    width, height = A4
    draw_box_mark(canvas, w.DRAFT_MARK, right=width - MARGINS_MM[1] * mm, top=height - 7 * mm, size=10)
