"""Read a job description from a Word file laid out in the template's tables (domain §11).

What offices have is Tamga's own export and files typed by hand in the same template, often
with lists pasted from web systems (``<ul><li>`` left as text in the cells) and rows split
by hand over a page break (the rest of a function in a row whose first cell is empty). The
reader accepts that, and is honest about the rest: every piece of text it cannot place is
returned in ``unplaced`` for the user to see before anything is saved, never dropped.

Three layers, in :mod:`core.job_description.docx_reading`: the Word XML flattened to blocks
(paragraphs, and tables of cells of lines); the blocks split into the five sections by their
headings; one reader per section that knows the template's words for it
(:mod:`core.job_description.wording`). This module puts the record together.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.job_description import wording as w
from core.job_description.docx_reading.blocks import Block, blocks_in, open_body
from core.job_description.docx_reading.endorsement import read_endorsement
from core.job_description.docx_reading.functions import read_purpose
from core.job_description.docx_reading.general import read_general
from core.job_description.docx_reading.relations import read_relations
from core.job_description.docx_reading.requirements import read_requirements
from core.job_description.docx_reading.sections import check_template, read_preamble, split_sections
from core.job_description.entities import DescriptionReading, GeneralInfo, JobDescription
from core.job_description.normalize import normalize_description


def _approval_date(general: GeneralInfo, signed: date | None, unplaced: list[str]) -> GeneralInfo:
    """Section I's approval date, or the date the approving official signed under section V."""
    if signed is None or signed == general.approved_on:
        return general
    if general.approved_on is None:
        return replace(general, approved_on=signed)
    unplaced.append(f"{w.APPROVED_BY} {w.date_line(signed)}")
    return general


def _description(sections: list[list[Block]], unplaced: list[str]) -> JobDescription:
    read_preamble(sections[0], unplaced)
    general = read_general(sections[1], unplaced)
    purpose, objectives = read_purpose(sections[2], unplaced)
    requirements = read_requirements(sections[3], unplaced)
    relations = read_relations(sections[4], unplaced)
    endorsement, approved_on = read_endorsement(sections[5], unplaced)
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
    blocks = list(blocks_in(open_body(data)))
    check_template(blocks)
    unplaced: list[str] = []
    description = _description(split_sections(blocks), unplaced)
    return DescriptionReading(normalize_description(description), tuple(unplaced))
