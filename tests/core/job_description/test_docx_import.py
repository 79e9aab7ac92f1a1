"""Reading job descriptions from Word: our own export, and files typed by hand in the template."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.documents.job_description_docx import job_description_docx
from core.i18n import _
from core.job_description import wording as w
from core.job_description.docx_import import read_job_description_docx
from core.job_description.entities import (
    SKILL_AREA_TITLES,
    Decision,
    DescriptionStatus,
    Endorsement,
    Experience,
    GeneralInfo,
    JobDescription,
    JobFunction,
    Objective,
    Participation,
    Profession,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    Subordinate,
)
from core.job_description.wording import is_blank_date, parse_date, parse_law_line, parse_participation
from core.services.errors import RefusedError
from tests.job_descriptions.seed_000 import seed_description

T, G, X, SH = Participation.ASSIST, Participation.PERFORM, Participation.CONTROL, Participation.DECIDE
STRAY = "Тайлбар: энэ хуудсыг хүний нөөцийн ажилтан хянана."

NOT_WORD = "The file is not a Word document (.docx). A file from an old Word (.doc) must be saved as .docx."
NO_TABLES = "The Word file has no tables; a job description has its functions in one."
NOT_A_DESCRIPTION = "The Word file has neither the function table nor the requirements table of a job description."


def refusal(message: str) -> str:
    return re.escape(_(message))


def _save(word: WordDocument) -> bytes:
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


# Our own export.


def test_the_seed_exported_and_read_back_is_the_same_record() -> None:
    reading = read_job_description_docx(job_description_docx(seed_description()))
    assert reading.description == seed_description()
    assert reading.description.position_id is None
    assert reading.description.status is DescriptionStatus.DRAFT
    assert reading.unplaced == ()


def test_an_empty_description_reads_back_empty() -> None:
    empty = JobDescription(position_id=None)
    reading = read_job_description_docx(job_description_docx(empty))
    assert reading.description == empty
    assert reading.unplaced == ()


# A file typed by hand, laid out as the seed's Word file is (shared/seeds/000).


def _cell_lines(cell: docx.table._Cell, lines: Sequence[str]) -> None:
    cell.paragraphs[0].add_run(lines[0] if lines else "")
    for line in lines[1:]:
        cell.add_paragraph(line)


def _add_row(table: docx.table.Table, *cells: Sequence[str] | str) -> None:
    row = table.add_row()
    for cell, lines in zip(row.cells, cells, strict=True):
        _cell_lines(cell, [lines] if isinstance(lines, str) else lines)


def _typed_general(word: WordDocument) -> None:
    """Section I as the seed's text layout has it: two labels, then their two values."""
    general = seed_description().general
    add = word.add_paragraph
    for text in (w.TITLE, "I. ЕРӨНХИЙ МЭДЭЭЛЭЛ", w.GROUNDS, *general.grounds, w.LAW):
        add(text)
    add(w.law_line(general.law_name, general.law_date))
    for text in (w.EFFECTIVE_ON, "2022 оны 01 дүгээр сарын 01", w.APPROVED_ON, "Байгууллагын нэр:", "Нэгжийн нэр"):
        add(text)
    for text in (general.organisation, general.unit, "АЛБАН ТУШААЛЫН НЭР:", "Албан тушаалын ангилал, зэрэглэл"):
        add(text)
    for text in (general.position_title, general.classification, "Ажлын цаг", w.WORKPLACE):
        add(text)
    for text in (general.working_hours, general.workplace_address, w.CONDITIONS, w.SPECIAL_CONDITIONS):
        add(text)
    add(general.working_conditions)
    add(general.special_conditions)
    add(STRAY)


#: How the seed's drafter wrote some codes, by (objective, function): spacing, order and case vary.
TYPED_CODES = {(4, 2): "X, Ш", (4, 3): "Х,Ш,Г", (4, 4): "ГХ", (4, 7): "ш, г"}


def _typed_functions(word: WordDocument) -> None:
    """The function table split over a page: function 3.3 carried on in a row of its own."""
    seed = seed_description()
    add = word.add_paragraph
    add("II.АЛБАН ТУШААЛЫН ЗОРИЛГО, ЗОРИЛТ, ЧИГ ҮҮРЭГ")
    add(w.PURPOSE)
    add(seed.purpose)
    add(w.OBJECTIVES)
    for number, objective in enumerate(seed.objectives, start=1):
        add(w.numbered(number, objective.text))
    header = (*w.FUNCTION_TABLE_HEADER[:3], "Хариуцлага оролцооны хэлбэр Туслах - Т, Шийдвэрлэх-Ш")
    table = word.add_table(rows=0, cols=4)
    _add_row(table, *header)
    for number, objective in enumerate(seed.objectives, start=1):
        if number == 3:
            _typed_page_break(word, objective)
            table = word.add_table(rows=0, cols=4)
            _add_row(table, *header)
            continue
        for index, function in enumerate(objective.functions, start=1):
            label = w.objective_label(number) if index == 1 else ""
            codes = TYPED_CODES.get((number, index), ", ".join(c.value for c in sorted(function.participation)))
            _add_row(table, label, w.numbered(index, function.text), function.criterion, codes)


def _typed_page_break(word: WordDocument, objective: Objective) -> None:
    """Objective 3 in a table that ends at a page break inside its last function."""
    table = word.add_table(rows=0, cols=4)
    for index, function in enumerate(objective.functions[:2], start=1):
        label = w.objective_label(3) if index == 1 else ""
        _add_row(table, label, w.numbered(index, function.text), function.criterion, "Г, Х, Ш")
    _add_row(
        table, "", "3. Байгууллагын чиг үүрэг, стратеги төлөвлөгөөтэй уялдуулан нэгжийн", "Хэрэгжүүлсэн арга", "ГХШ"
    )
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    continued = word.add_table(rows=0, cols=4)
    rest = "төлөвлөгөөний төслийг боловсруулж, батлуулах, хэрэгжилтэд хяналт тавих ажлыг удирдан зохион байгуулах."
    _add_row(continued, "", rest, "хэмжээний тоо, үр дүн", "")
    word.add_paragraph()


def _html(lines: Sequence[str]) -> str:
    """A list pasted from a web system: the tags stay in the cell as text."""
    items = " ".join(f"<li>- {line}</li>" for line in lines)
    return f'<ul style="list-style-type: none"> {items} </ul>'


def _typed_requirements(word: WordDocument) -> None:
    requirements = seed_description().requirements
    word.add_paragraph("III.АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА")
    table = word.add_table(rows=0, cols=3)
    _add_row(table, "Боловсрол", requirements.education, "")
    _add_row(table, "Мэргэжил", _html(line[2:] for line in w.profession_lines(requirements.professions)), "")
    _add_row(table, "Мэргэшил:", requirements.qualification, "")
    _add_row(table, "ТУРШЛАГА", w.experience_text(requirements.experience), "")
    for area in SkillArea:
        lines = list(requirements.skills_in(area))
        if area is SkillArea.ANALYSIS:  # the last line runs over the page, bullets typed by hand
            *before, last = lines
            head, tail = last.split(" сөрөг ", 1)
            _add_row(table, "", SKILL_AREA_TITLES[area], [f"- {line}" for line in [*before, head]])
            _add_row(table, "", "", f"сөрөг {tail}")
        elif area is SkillArea.OTHER:  # the seed's "<p>" continuation after a page break
            _add_row(
                table, "", SKILL_AREA_TITLES[area], _html([*lines[:5], "монгол хэл бичгийн мэдлэгийн төвшин нь албан"])
            )
            _add_row(table, "", "", f"<p>ажлын шаардлагыг хангасан;</p> {_html(lines[6:])}")
        else:
            _add_row(table, w.SKILLS if area is SkillArea.ORGANISING else "", SKILL_AREA_TITLES[area], _html(lines))


def _typed_relations_and_endorsement(word: WordDocument) -> None:
    relations = seed_description().relations
    texts = [
        "IV. АЛБАН ТУШААЛТНЫ ХАРИЛЦАХ СУБЪЕКТ",
        w.REPORTS_TO,
        relations.reports_to,
        w.SUBORDINATES,
        "- Гаалийн улсын ахлах байцаагч 3",
        "- Гаалийн улсын байцаагч 20",
        "Нийт: 23",
        w.OTHER_PARTIES,
        *(f"- {party}" for party in relations.other_parties),
        "V. АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТЫН БАТАЛГААЖУУЛАЛТ",
        w.DRAFTED_BY,
        w.REVIEWED_BY,
        "Албан тушаал:",
        "ХУУЛИЙН ХЭЛТСИЙН ДАРГА",
        "..... Ч.ТАМИРАА",
        "(Гарын үсэг) (Эцэг/эх/-ийн нэр, өөрийн нэр)",
        "2023 оны 04 сарын 11 -ны өдөр",
        "Байгууллагын нэр:",
        "ТӨРИЙН АЛБАНЫ ЗӨВЛӨЛ",
        "Шийдвэрийн огноо:..... 23 03 09",
        "Дугаар:..... 062",
        w.APPROVED_BY,
        "Байгууллагын нэр:",
        "ГААЛИЙН ЕРӨНХИЙ ГАЗАР",
        "Шийдвэрийн огноо: .....",
        "Дугаар: .....",
        "(тамга/төмдөг)",
        "ДАРГА: ..... Р.ОТГОНЖАРГАЛ",
        "(Гарын үсэг)",
        "(Эцэг/эх/-ийн нэр, өөрийн нэр)",
        "20... оны ... дугаар сарын ... ны өдөр",
    ]
    for text in texts:
        word.add_paragraph(text)


def _typed_seed() -> bytes:
    word = docx.Document()
    _typed_general(word)
    _typed_functions(word)
    _typed_requirements(word)
    _typed_relations_and_endorsement(word)
    return _save(word)


def test_the_seed_typed_in_its_own_word_layout_reads_as_the_seed() -> None:
    reading = read_job_description_docx(_typed_seed())
    assert reading.description == seed_description()
    assert reading.unplaced == (STRAY,)


def test_a_function_carried_over_a_page_break_is_joined() -> None:
    function = read_job_description_docx(_typed_seed()).description.objectives[2].functions[2]
    assert function.text.startswith("Байгууллагын чиг үүрэг, стратеги төлөвлөгөөтэй уялдуулан нэгжийн төлөвлөгөөний")
    assert function.criterion == "Хэрэгжүүлсэн арга хэмжээний тоо, үр дүн"
    assert function.participation == {G, X, SH}


def test_codes_are_read_however_they_were_typed() -> None:
    functions = read_job_description_docx(_typed_seed()).description.objectives[3].functions
    assert [f.participation for f in functions[1:4]] == [{X, SH}, {G, X, SH}, {G, X}]
    assert functions[6].participation == {G, SH}


# Notes on what does not fit.


def _small_file(*, section_i: Sequence[tuple[str, str]] = (), codes: str = "Г", relations: Sequence[str] = ()) -> bytes:
    word = docx.Document()
    word.add_paragraph(w.SECTION_GENERAL)
    table = word.add_table(rows=0, cols=2)
    for label, value in section_i:
        _add_row(table, label, value)
    word.add_paragraph(w.SECTION_PURPOSE)
    functions = word.add_table(rows=0, cols=4)
    _add_row(functions, *w.FUNCTION_TABLE_HEADER)
    _add_row(functions, w.objective_label(1), "1. Ажиллах", "Тоо", codes)
    word.add_paragraph(w.SECTION_RELATIONS)
    for text in relations:
        word.add_paragraph(text)
    return _save(word)


def test_a_date_that_cannot_be_read_is_listed_with_its_label() -> None:
    data = _small_file(section_i=[(w.EFFECTIVE_ON, "2022 оны 13 дугаар сарын 45"), (w.UNIT, "Хэлтэс")])
    reading = read_job_description_docx(data)
    assert reading.description.general.effective_on is None
    assert reading.description.general.unit == "Хэлтэс"
    assert reading.unplaced == ("Дагаж мөрдөх огноо: 2022 оны 13 дугаар сарын 45",)


def test_unknown_codes_are_noted_and_left_out() -> None:
    reading = read_job_description_docx(_small_file(codes="Г, Z"))
    assert reading.description.objectives[0].functions[0].participation == frozenset()
    assert len(reading.unplaced) == 1 and "Г, Z" in reading.unplaced[0]


def test_a_total_that_disagrees_with_the_rows_is_noted_and_recomputed() -> None:
    lines = [w.SUBORDINATES, "- Мэргэжилтэн 3", "- Туслах ажилтан 2", "Нийт: 6"]
    reading = read_job_description_docx(_small_file(relations=lines))
    relations = reading.description.relations
    assert relations.subordinates == (Subordinate("Мэргэжилтэн", 3), Subordinate("Туслах ажилтан", 2))
    assert relations.subordinate_total == 5
    assert len(reading.unplaced) == 1 and "6" in reading.unplaced[0] and "5" in reading.unplaced[0]


def test_section_i_values_given_after_the_label_in_one_cell_are_read() -> None:
    data = _small_file(section_i=[("Ажлын цаг: Ажлын өдөр 8 цаг", ""), ("байгууллагын нэр", "Тамгын газар")])
    general = read_job_description_docx(data).description.general
    assert (general.working_hours, general.organisation) == ("Ажлын өдөр 8 цаг", "Тамгын газар")


def test_a_label_alone_in_its_row_with_an_empty_value_is_left_empty() -> None:
    data = _small_file(section_i=[(w.UNIT, ""), (w.POSITION_TITLE, "Хэлтсийн дарга")])
    general = read_job_description_docx(data).description.general
    assert (general.unit, general.position_title) == ("", "Хэлтсийн дарга")


def test_a_row_of_labels_over_a_row_of_values_is_read_in_pairs() -> None:
    rows = [(w.ORGANISATION, w.UNIT), ("Тамгын газар", "Хууль, эрх зүйн хэлтэс"), (w.POSITION_TITLE, w.CLASSIFICATION)]
    reading = read_job_description_docx(_small_file(section_i=[*rows, ("Ахлах мэргэжилтэн", "ТЗ-6")]))
    general = reading.description.general
    assert (general.organisation, general.unit) == ("Тамгын газар", "Хууль, эрх зүйн хэлтэс")
    assert (general.position_title, general.classification) == ("Ахлах мэргэжилтэн", "ТЗ-6")
    assert reading.unplaced == ()


# Files that are not job descriptions.


def _zip_with(name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"", b"not a word file at all", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, _zip_with("a.txt", b"hello")],
    ids=["empty", "text", "old .doc", "zip"],
)
def test_what_is_not_a_word_file_is_refused(data: bytes) -> None:
    with pytest.raises(
        RefusedError,
        match=re.escape(
            _("The file is not a Word document (.docx). A file from an old Word (.doc) must be saved as .docx.")
        ),
    ):
        read_job_description_docx(data)


def test_a_word_file_without_tables_is_refused() -> None:
    word = docx.Document()
    word.add_paragraph(w.TITLE)
    word.add_paragraph(w.SECTION_GENERAL)
    with pytest.raises(RefusedError, match=refusal(NO_TABLES)):
        read_job_description_docx(_save(word))


def test_a_word_file_with_other_tables_is_refused() -> None:
    word = docx.Document()
    _add_row(word.add_table(rows=0, cols=2), "Нэр", "Тоо")
    with pytest.raises(
        RefusedError,
        match=re.escape(
            _("The Word file has neither the function table nor the requirements table of a job description.")
        ),
    ):
        read_job_description_docx(_save(word))


# The parsers.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022 оны 01 дүгээр сарын 01", date(2022, 1, 1)),
        ("2022 оны 01 дүгээр сарын 01-ний өдөр", date(2022, 1, 1)),
        ("2023 оны 04 сарын 11 -ны өдөр", date(2023, 4, 11)),
        ("2026 оны 7 дугаар сарын 20-ны", date(2026, 7, 20)),
        ("2023.03.09", date(2023, 3, 9)),
        ("2023-03-09", date(2023, 3, 9)),
        ("..... 23 03 09", date(2023, 3, 9)),
        ("09.03.2023", date(2023, 3, 9)),
        ("2023.02.30", None),
        ("гуравдугаар сар", None),
    ],
)
def test_dates_as_offices_write_them(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [w.BLANK_DATE, w.BLANK, "20... оны ... дугаар сарын ... ны өдөр", ""])
def test_blank_dates(text: str) -> None:
    assert is_blank_date(text) and parse_date(text) is None


def test_blank_date_is_not_a_name() -> None:
    assert not is_blank_date("Гаалийн ерөнхий газар")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Г, Х, Ш", {G, X, SH}),
        ("Х,Ш,Г", {G, X, SH}),
        ("ГХШ", {G, X, SH}),
        ("г х ш", {G, X, SH}),
        ("X, Ш", {X, SH}),  # Latin X
        ("T; Г", {T, G}),  # Latin T
        ("Гүйцэтгэх, хянах", {G, X}),
        ("", set()),
        ("Г, Б", None),
    ],
)
def test_participation_codes_however_typed(text: str, expected: set[Participation] | None) -> None:
    assert parse_participation(text) == (None if expected is None else frozenset(expected))


def test_law_line_read_back() -> None:
    line = w.law_line("Төрийн албаны тухай", date(2017, 12, 7))
    assert parse_law_line(line) == ("Төрийн албаны тухай", date(2017, 12, 7))
    assert parse_law_line("Төрийн албаны тухай хууль") == ("Төрийн албаны тухай хууль", None)


# Any description survives the round trip.

_LETTERS = "абвгдеёжзийклмноөпрстуүфхцчшъыьэюяАБВГДЕЖЗИКЛМНОӨПРСТУҮХЦЧШЭЯ"
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=9)
_text = st.lists(_word, min_size=1, max_size=6).map(" ".join)
_maybe_text = st.one_of(st.just(""), _text)
_texts = st.lists(_text, max_size=3).map(tuple)
_day = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2045, 12, 31)))
_codes = st.frozensets(st.sampled_from(list(Participation)))


@st.composite
def _experience(draw: st.DrawFn) -> Experience:
    rank_years = draw(st.one_of(st.none(), st.integers(0, 40)))
    return Experience(
        civil_service_years=draw(st.one_of(st.none(), st.integers(0, 40))),
        rank_years=rank_years,
        rank_phrase=draw(_maybe_text) if rank_years is not None else "",
        other=draw(_maybe_text),
    )


@st.composite
def _requirements(draw: st.DrawFn) -> Requirements:
    areas = draw(st.lists(st.sampled_from(list(SkillArea)), unique=True))
    code = st.integers(1000, 999999).map(str)
    professions = st.builds(Profession, _text, st.lists(code, max_size=3).map(tuple))
    return Requirements(
        education=draw(_maybe_text),
        professions=tuple(draw(st.lists(professions, max_size=3))),
        qualification=draw(_maybe_text),
        experience=draw(_experience()),
        skills=tuple(
            (area, draw(st.lists(_text, min_size=1, max_size=3).map(tuple))) for area in SkillArea if area in areas
        ),
    )


_function = st.builds(JobFunction, _text, _maybe_text, _codes)
_objective = st.builds(Objective, _text, st.lists(_function, max_size=4).map(tuple))
_general = st.builds(
    GeneralInfo,
    grounds=_texts,
    law_name=_maybe_text,
    law_date=_day,
    effective_on=_day,
    approved_on=_day,
    organisation=_maybe_text,
    unit=_maybe_text,
    position_title=_maybe_text,
    classification=_maybe_text,
    working_hours=_maybe_text,
    workplace_address=_maybe_text,
    working_conditions=_maybe_text,
    special_conditions=_maybe_text,
)
_decision = st.builds(
    Decision,
    organisation=_maybe_text,
    decided_on=_day,
    number=st.one_of(st.just(""), st.integers(1, 999).map(lambda n: f"{n:03d}")),
    official_title=_maybe_text,
    official_name=_maybe_text,
)
_descriptions = st.builds(
    JobDescription,
    position_id=st.none(),
    general=_general,
    purpose=_maybe_text,
    objectives=st.lists(_objective, max_size=4).map(tuple),
    requirements=_requirements(),
    relations=st.builds(
        Relations,
        _maybe_text,
        st.lists(st.builds(Subordinate, _text, st.integers(1, 500)), max_size=3).map(tuple),
        _texts,
    ),
    endorsement=st.builds(Endorsement, st.builds(Signer, _maybe_text, _maybe_text, _day), _decision, _decision),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_descriptions)
def test_any_description_survives_export_and_import(description: JobDescription) -> None:
    reading = read_job_description_docx(job_description_docx(description))
    assert reading.unplaced == ()
    assert reading.description == replace(description, position_id=None)
