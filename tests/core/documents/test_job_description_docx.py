"""The Word export: the template's structure in real tables, the template's words, blanks to fill."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
from docx.oxml.ns import qn
from docx.table import Table

from core.documents.job_description_docx import job_description_docx
from core.job_description import wording as w
from core.job_description.entities import SKILL_AREA_TITLES, JobDescription, SkillArea, participation_codes
from tests.job_descriptions.seed_000 import seed_description


def _word(description: JobDescription | None = None) -> docx.document.Document:
    return docx.Document(io.BytesIO(job_description_docx(description or seed_description())))


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _table_after(word: docx.document.Document, first_cell: str) -> Table:
    return next(table for table in word.tables if table.rows[0].cells[0].text == first_cell)


def test_sections_in_order_with_their_headings() -> None:
    texts = [paragraph.text for paragraph in _word().paragraphs]
    headings = [
        w.TITLE,
        w.SECTION_GENERAL,
        w.SECTION_PURPOSE,
        w.SECTION_REQUIREMENTS,
        w.SECTION_RELATIONS,
        w.SECTION_ENDORSEMENT,
        w.APPROVED_BY,
    ]
    positions = [texts.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_general_information_is_a_label_value_table() -> None:
    seed = seed_description()
    table = _table_after(_word(), w.GROUNDS)
    rows = _texts(table)
    assert [row[0] for row in rows][:4] == [w.GROUNDS, w.LAW, w.EFFECTIVE_ON, w.APPROVED_ON]
    grounds = table.rows[0].cells[1].paragraphs
    assert [paragraph.text for paragraph in grounds] == list(seed.general.grounds)
    values = dict(rows)
    assert (
        values[w.LAW]
        == "Гаалийн тухай хуульд нэмэлт өөрчлөлт оруулах тухай 2021 оны 11 дүгээр сарын 12-ны өдрийн хууль"
    )
    assert values[w.EFFECTIVE_ON] == "2022 оны 01 дүгээр сарын 01-ний өдөр"
    assert values[w.APPROVED_ON] == w.BLANK_DATE
    assert values[w.CLASSIFICATION] == "Ахлах түшмэл, ТТ-3"
    assert values[w.SPECIAL_CONDITIONS] == "Албан ажлын онцгой нөхцөлд хамаарна"


def test_function_table_has_four_columns_and_a_header_repeated_on_each_page() -> None:
    table = _table_after(_word(), w.FUNCTION_TABLE_HEADER[0])
    assert len(table.columns) == 4
    header = table.rows[0]
    assert tuple(cell.text for cell in header.cells) == w.FUNCTION_TABLE_HEADER
    repeat = header._tr.trPr.find(qn("w:tblHeader"))
    assert repeat is not None and repeat.get(qn("w:val")) == "true"
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])


def test_every_function_has_its_numbered_row_criterion_and_codes_in_the_fixed_order() -> None:
    seed = seed_description()
    rows = _texts(_table_after(_word(), w.FUNCTION_TABLE_HEADER[0]))[1:]
    expected = [
        [w.objective_label(number), w.numbered(index, f.text), f.criterion, participation_codes(f.participation)]
        for number, objective in enumerate(seed.objectives, start=1)
        for index, f in enumerate(objective.functions, start=1)
    ]
    assert len(rows) == len(expected) == 18
    assert rows == expected  # python-docx reads a merged cell's text into each row it spans
    codes = [row[3] for row in rows]
    assert codes.count("Г, Х, Ш") == 13
    assert "Г, Ш" in codes and "Х, Ш" in codes and "Г, Х" in codes and "" in codes


def test_objective_label_column_is_merged_down_its_functions() -> None:
    table = _table_after(_word(), w.FUNCTION_TABLE_HEADER[0])
    first_cells = [row._tr.tc_lst[0] for row in table.rows[1:7]]
    merges = [cell.vMerge for cell in first_cells]
    assert merges == ["restart", "continue", "continue", "continue", "continue", "restart"]


def test_requirements_table_has_a_row_per_skill_heading_with_bulleted_lines() -> None:
    seed = seed_description()
    table = _table_after(_word(), w.EDUCATION)
    rows = _texts(table)
    assert [row[0] for row in rows] == [w.EDUCATION, w.PROFESSION, w.QUALIFICATION, w.EXPERIENCE, *[w.SKILLS] * 5]
    professions = [p.text for p in table.rows[1].cells[1].paragraphs]
    assert professions == w.profession_lines(seed.requirements.professions)
    assert rows[3][1] == (
        "Төрийн албанд 6-аас доошгүй жил, үүнээс дэс түшмэлийн албан тушаалд 3-аас доошгүй жил ажилласан байх"
    )
    for row, area in zip(table.rows[4:], SkillArea, strict=True):
        assert row.cells[1].text == SKILL_AREA_TITLES[area]
        lines = [paragraph.text for paragraph in row.cells[2].paragraphs]
        assert lines == [f"{w.BULLET}{line}" for line in seed.requirements.skills_in(area)]


def test_relations_list_subordinates_with_counts_and_the_computed_total() -> None:
    word = _word()
    subordinates = next(table for table in word.tables if len(table.columns) == 2 and table.cell(0, 1).text == "3")
    assert _texts(subordinates) == [["Гаалийн улсын ахлах байцаагч", "3"], ["Гаалийн улсын байцаагч", "20"]]
    texts = [paragraph.text for paragraph in word.paragraphs]
    assert "Нийт: 23" in texts
    assert f"{w.BULLET}Иргэн, хуулийн этгээд;" in texts


def test_endorsement_prints_what_is_known_and_blanks_for_the_rest() -> None:
    word = _word()
    drafter, review = (cell.text.split("\n") for cell in word.tables[-1].rows[0].cells)
    assert drafter == [
        w.DRAFTED_BY,
        w.SIGNER_TITLE,
        "ХУУЛИЙН ХЭЛТСИЙН ДАРГА",
        "..... Ч.ТАМИРАА",
        f"{w.SIGNATURE} {w.NAME_NOTE}",
        "2023 оны 04 дүгээр сарын 11-ний өдөр",
    ]
    assert review == [
        w.REVIEWED_BY,
        w.ORGANISATION,
        "ТӨРИЙН АЛБАНЫ ЗӨВЛӨЛ",
        "Шийдвэрийн огноо: 2023.03.09",
        "Дугаар: 062",
    ]
    texts = [paragraph.text for paragraph in word.paragraphs]
    approval = texts[texts.index(w.APPROVED_BY) :]
    assert approval[1:] == [
        w.ORGANISATION,
        "ГААЛИЙН ЕРӨНХИЙ ГАЗАР",
        "Шийдвэрийн огноо: .....",
        "Дугаар: .....",
        w.STAMP,
        "ДАРГА: ..... Р.ОТГОНЖАРГАЛ",
        w.SIGNATURE,
        w.NAME_NOTE,
        w.BLANK_DATE,
    ]


def test_an_empty_description_prints_blanks_to_fill_in() -> None:
    word = _word(JobDescription(position_id=None))
    values = dict(_texts(_table_after(word, w.GROUNDS)))
    assert set(values.values()) == {w.BLANK, w.BLANK_DATE}
    function_rows = _texts(_table_after(word, w.FUNCTION_TABLE_HEADER[0]))
    assert len(function_rows) == 1
    skills = _texts(_table_after(word, w.EDUCATION))[-1]
    assert skills == [w.SKILLS, w.BLANK, w.BLANK]


def test_an_objective_without_functions_keeps_its_row() -> None:
    seed = seed_description()
    description = replace(seed, objectives=(*seed.objectives, replace(seed.objectives[0], functions=())))
    rows = _texts(_table_after(_word(description), w.FUNCTION_TABLE_HEADER[0]))
    assert rows[-1] == [w.objective_label(5), w.BLANK, "", ""]


def test_page_is_a4_with_official_margins_and_12pt_times() -> None:
    word = _word()
    section = word.sections[0]
    margins = (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
    assert [round(m.mm) for m in margins] == [20, 15, 20, 30]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 12
    assert word.core_properties.title == "Мэдээллийн технологийн газрын дарга"
