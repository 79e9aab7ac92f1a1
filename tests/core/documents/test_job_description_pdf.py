"""The job description PDF: seed 000 printed whole, in the template's order and words."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from core.documents.job_description_pdf import render_job_description
from core.job_description import wording as w
from core.job_description.entities import (
    PARTICIPATION_ORDER,
    PARTICIPATION_WORDS,
    DescriptionStatus,
    JobDescription,
    JobFunction,
    Objective,
    Requirements,
    SkillArea,
)
from tests.core.documents.pdf_tools import all_text, fonts, page_sizes, page_texts
from tests.job_descriptions.seed_000 import OBJECTIVES, seed_description, seed_lines

A4 = (595.28, 841.89)
SECTIONS = (w.SECTION_GENERAL, w.SECTION_PURPOSE, w.SECTION_REQUIREMENTS, w.SECTION_RELATIONS, w.SECTION_ENDORSEMENT)


def flat(text: str) -> str:
    """Wrapped lines and the PDF's spacing made one space, as page_texts reads them."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def draft_pages() -> list[str]:
    return page_texts(render_job_description(seed_description()))


@pytest.fixture(scope="module")
def approved_pages() -> list[str]:
    approved = replace(seed_description(), status=DescriptionStatus.APPROVED, version=2)
    return page_texts(render_job_description(approved))


def test_every_function_criterion_and_requirement_line_is_printed(draft_pages: list[str]) -> None:
    text = " ".join(draft_pages)
    assert [line for line in seed_lines() if flat(line) not in text] == []


def test_title_and_sections_come_in_the_template_order(draft_pages: list[str]) -> None:
    text = " ".join(draft_pages)
    positions = [text.index(heading) for heading in (w.TITLE, *SECTIONS)]
    assert positions == sorted(positions)


def test_general_information_uses_the_official_wording(draft_pages: list[str]) -> None:
    text = " ".join(draft_pages)
    assert "Гаалийн тухай хуульд нэмэлт өөрчлөлт оруулах тухай 2021 оны 11 дүгээр сарын 12-ны өдрийн хууль" in text
    assert "2022 оны 01 дүгээр сарын 01-ний өдөр" in text  # effective from
    assert "Хууль тогтоомжоор байгууллагын чиг үүрэгт өөрчлөлт орсон" in text


def test_the_function_table_header_and_objective_are_on_every_page_of_the_table(draft_pages: list[str]) -> None:
    rows = [
        flat(f"{w.numbered(n, f.text)} {f.criterion}") for o in OBJECTIVES for n, f in enumerate(o.functions, start=1)
    ]
    table_pages = [page for page in draft_pages if any(row in page for row in rows)]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert all(flat(title) in page for title in w.FUNCTION_TABLE_HEADER)
        assert page.count(w.FUNCTION_TABLE_HEADER[1]) == 1  # never a second header at the foot of a page
        assert "зорилтын хүрээнд" in page  # a continued objective is named again


def test_participation_heading_and_legend_spell_the_template_header() -> None:
    legend = ", ".join(f"{PARTICIPATION_WORDS[code]} - {code.value}" for code in PARTICIPATION_ORDER)
    assert w.FUNCTION_TABLE_HEADER[3] == f"{w.PARTICIPATION_HEADING} {legend}"


def test_functions_are_numbered_within_their_objective_and_codes_print_in_fixed_order(
    draft_pages: list[str],
) -> None:
    text = " ".join(draft_pages)
    fourth = OBJECTIVES[3].functions
    assert flat(f"{w.numbered(3, fourth[2].text)} {fourth[2].criterion} Г, Х, Ш") in text  # stored {Х, Ш, Г}
    assert flat(f"{w.numbered(7, fourth[6].text)} {fourth[6].criterion} Г, Ш") in text  # stored {Ш, Г}
    assert "Х, Ш, Г" not in text and "Ш, Г" not in text
    for number in range(1, 5):
        assert w.objective_label(number) in text


def test_relations_list_subordinates_with_their_total(draft_pages: list[str]) -> None:
    text = " ".join(draft_pages)
    assert "- Гаалийн улсын ахлах байцаагч 3 - Гаалийн улсын байцаагч 20 Нийт: 23" in text
    assert "- Иргэн, хуулийн этгээд;" in text


def test_endorsement_prints_signers_decisions_and_blanks(draft_pages: list[str]) -> None:
    text = " ".join(draft_pages)
    endorsement = text[text.index(w.SECTION_ENDORSEMENT) :]
    for part in (
        "ХУУЛИЙН ХЭЛТСИЙН ДАРГА",
        "Ч.ТАМИРАА",
        "2023 оны 04 дүгээр сарын 11-ний өдөр",
        "ТӨРИЙН АЛБАНЫ ЗӨВЛӨЛ",
        f"{w.DECISION_DATE} 2023.03.09",
        f"{w.DECISION_NUMBER} 062",
        "ГААЛИЙН ЕРӨНХИЙ ГАЗАР",
        f"{w.DECISION_DATE} {w.BLANK}",
        f"{w.DECISION_NUMBER} {w.BLANK}",
        w.STAMP,
        "ДАРГА: ....",
        "Р.ОТГОНЖАРГАЛ",
        w.SIGNATURE,
        w.NAME_NOTE,
    ):
        assert part in endorsement, part
    assert endorsement.rstrip().count(w.BLANK_DATE) == 1  # the approval is not dated yet


def test_missing_values_print_as_blanks_never_none() -> None:
    text = all_text(render_job_description(JobDescription(position_id=None)))
    assert "None" not in text
    assert text.count(w.BLANK_DATE) == 4  # effective, approved, drafted, signed
    assert all(heading in text for heading in SECTIONS)
    assert f"{w.ORGANISATION} {w.BLANK}" in text


def test_pages_are_a4_numbered_and_in_a_sane_number(draft_pages: list[str]) -> None:
    data = render_job_description(seed_description())
    assert 5 <= len(draft_pages) <= 8
    assert set(page_sizes(data)) == {A4}
    total = len(draft_pages)
    assert all(f"Хуудас {number} / {total}" in page for number, page in enumerate(draft_pages, start=1))


def test_only_the_embedded_noto_serif_subsets_are_used() -> None:
    used = fonts(render_job_description(seed_description()))
    assert used and all(re.match(r"^/[A-Z]{6}\+NotoSerif-", name) and embedded for name, embedded in used)


def test_a_draft_is_marked_on_every_page_and_an_approved_version_carries_its_number(
    draft_pages: list[str], approved_pages: list[str]
) -> None:
    assert all(w.DRAFT_MARK in page for page in draft_pages)
    assert all(w.DRAFT_MARK not in page for page in approved_pages)
    assert all(w.version_label(2) in page for page in approved_pages)
    assert all("Хувилбар" not in page for page in draft_pages)


def test_a_function_longer_than_a_page_keeps_every_word() -> None:
    words = [f"ажил{index:04d}" for index in range(350)]  # about 3,200 characters
    criterion = [f"шалгуур{index:03d}" for index in range(120)]
    function = JobFunction(" ".join(words), " ".join(criterion), frozenset(PARTICIPATION_ORDER))
    description = replace(seed_description(), objectives=(Objective("Урт зорилт", (function,)), *OBJECTIVES))
    pages = page_texts(render_job_description(description))
    printed = " ".join(pages).split()
    assert [word for word in printed if re.fullmatch(r"ажил\d{4}", word)] == words  # all of it, in order
    assert [word for word in printed if re.fullmatch(r"шалгуур\d{3}", word)] == criterion
    assert sum(words[0] in page or words[-1] in page for page in pages) == 2  # cut across two pages


def test_skill_headings_follow_the_template_order_and_empty_ones_are_left_out() -> None:
    requirements = Requirements(
        skills=((SkillArea.OTHER, ("англи хэл",)), (SkillArea.ORGANISING, ("төлөвлөх",))),
    )
    text = all_text(render_job_description(JobDescription(position_id=None, requirements=requirements)))
    assert text.index("Удирдан зохион байгуулах - төлөвлөх") < text.index("Бусад - англи хэл")
    assert "Манлайлах" not in text


def test_text_is_printed_as_written_not_read_as_markup() -> None:
    function = JobFunction("R&D <b>тайлан</b> & <br/> бэлтгэх", "a < b > c")
    description = JobDescription(position_id=None, objectives=(Objective("Зорилт & <i>", (function,)),))
    text = all_text(render_job_description(description))
    assert "1. R&D <b>тайлан</b> & <br/> бэлтгэх" in text
    assert "a < b > c" in text
    assert "1. Зорилт & <i>" in text


def test_dated_approval_fills_the_dates_in_official_grammar() -> None:
    seed = seed_description()
    general = replace(seed.general, approved_on=date(2023, 4, 21))
    approval = replace(seed.endorsement.approval, decided_on=date(2023, 4, 20), number="А/45")
    endorsement = replace(seed.endorsement, approval=approval)
    text = all_text(render_job_description(replace(seed, general=general, endorsement=endorsement)))
    assert w.BLANK_DATE not in text
    assert text.count("2023 оны 04 дүгээр сарын 21-ний өдөр") == 2  # section I and the signature
    assert f"{w.DECISION_DATE} 2023.04.20 {w.DECISION_NUMBER} А/45" in text
