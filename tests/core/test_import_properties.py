"""Property tests for job descriptions and the importers' parsers with Mongolian text (R15).

``validate_description`` and its normalisation, the Word template's ``parse_*`` helpers, the
Word reader on bytes that are not Word, and the Excel reader's rows: any input gives a
report, a value or a documented refusal; what the writers produce the parsers read back.
"""

from __future__ import annotations

import copy
import tempfile
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from core import services
from core.entities import Position, ServiceCategory
from core.job_description import wording as w
from core.job_description.docx_import import read_job_description_docx
from core.job_description.entities import (
    Decision,
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
from core.job_description.normalize import normalize_description
from core.job_description.validation import validate_description
from core.official_dates import official_date
from core.services.errors import RefusedError
from core.validation import ValidationError, ValidationReport
from tests.core.mongolian_text import (
    form_dates,
    hostile,
    hostile_short,
    is_nfc,
    names,
    optional_form_dates,
    phrases,
    words,
)
from tests.core.sheet_helpers import HEADER, make_office, read, write_sheet
from tests.fakes import FakeUnitOfWork

#: 1,000 examples a test nightly (HYPOTHESIS_PROFILE=nightly) outlast the suite's 60 s timeout.
pytestmark = pytest.mark.timeout(600)

SECTIONS = ("general.", "purpose", "objectives", "requirements.", "relations.", "endorsement.")

maybe = hostile_short | phrases | st.just("")
lines = st.lists(maybe, max_size=3).map(tuple)
participation = st.frozensets(st.sampled_from(Participation))
_function = st.builds(JobFunction, maybe, maybe, participation)
descriptions = st.builds(
    JobDescription,
    position_id=st.none(),
    general=st.builds(
        GeneralInfo,
        grounds=lines,
        law_name=maybe,
        law_date=optional_form_dates,
        effective_on=optional_form_dates,
        approved_on=optional_form_dates,
        organisation=maybe,
        unit=maybe,
        position_title=maybe,
        classification=maybe,
        working_hours=maybe,
        workplace_address=maybe,
        working_conditions=maybe,
        special_conditions=maybe,
    ),
    purpose=maybe | hostile,
    objectives=st.lists(st.builds(Objective, maybe, st.lists(_function, max_size=3).map(tuple)), max_size=3).map(tuple),
    requirements=st.builds(
        Requirements,
        education=maybe,
        professions=st.lists(
            st.builds(
                Profession,
                maybe,
                st.lists(hostile | st.from_regex(r"[0-9]{3,7}", fullmatch=True), max_size=2).map(tuple),
            ),
            max_size=2,
        ).map(tuple),
        qualification=maybe,
        experience=st.builds(
            Experience, st.none() | st.integers(-2, 60), st.none() | st.integers(-2, 60), maybe, maybe
        ),
        skills=st.lists(st.tuples(st.sampled_from(SkillArea), lines), max_size=2).map(tuple),
    ),
    relations=st.builds(
        Relations, maybe, st.lists(st.builds(Subordinate, maybe, st.integers(-1, 10**5)), max_size=3).map(tuple), lines
    ),
    endorsement=st.builds(
        Endorsement,
        st.builds(Signer, maybe, maybe, optional_form_dates),
        st.builds(Decision, maybe, optional_form_dates, maybe, maybe, maybe),
        st.builds(Decision, maybe, optional_form_dates, maybe, maybe, maybe),
    ),
)


def strings_in(value: Any) -> list[str]:
    """Every string anywhere inside a description (dataclasses, tuples, frozensets)."""
    if isinstance(value, str):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return [s for f in fields(value) for s in strings_in(getattr(value, f.name))]
    if isinstance(value, tuple | list | frozenset):
        return [s for item in value for s in strings_in(item)]
    return []


def assert_well_formed(report: ValidationReport) -> None:
    for issue in report.issues:
        assert issue.field.startswith(SECTIONS), issue
        assert issue.code.strip() and issue.message.strip(), issue


@given(descriptions, st.booleans())
def test_validate_description_answers_any_description_with_a_report(jd: JobDescription, for_approval: bool) -> None:
    assert_well_formed(validate_description(jd, for_approval=for_approval))
    assert_well_formed(services.check_job_description(jd, for_approval=for_approval))


@given(descriptions)
def test_normalize_description_is_nfc_and_idempotent(jd: JobDescription) -> None:
    once = normalize_description(jd)
    assert normalize_description(once) == once
    assert all(is_nfc(s) and s == s.strip() for s in strings_in(once))


def _position_store() -> tuple[FakeUnitOfWork, int]:
    uow = FakeUnitOfWork()
    position = services.save_position(uow, Position("Ахлах мэргэжилтэн", None, ServiceCategory.SPECIAL, 3))
    return uow, position.id or 0


_JD_UOW, _POSITION_ID = _position_store()


@given(descriptions)
def test_a_description_is_refused_with_a_report_or_stored_clean_and_read_back(jd: JobDescription) -> None:
    uow = FakeUnitOfWork(copy.deepcopy(_JD_UOW.committed_store))
    jd = JobDescription(
        **{f.name: getattr(jd, f.name) for f in fields(jd) if f.name != "position_id"}, position_id=_POSITION_ID
    )
    try:
        saved = services.save_job_description(uow, jd)
    except ValidationError as refused:
        assert_well_formed(refused.report)
        assert services.list_job_descriptions(uow) == []
        return
    expected = normalize_description(jd)
    assert (saved.general, saved.objectives, saved.requirements) == (
        expected.general,
        expected.objectives,
        expected.requirements,
    )
    assert services.get_job_description(uow, saved.id or 0) == saved


# --- the Word template's words read back ----------------------------------------------------

PARSERS = (
    w.parse_date,
    w.parse_law_line,
    w.parse_participation,
    w.parse_objective_label,
    w.parse_total,
    w.parse_experience,
    w.parse_profession,
    w.is_blank_date,
    w.unblank,
    w.label_key,
    w.heading_key,
)


@given(hostile)
def test_the_template_parsers_answer_any_text(text: str) -> None:
    for parse in PARSERS:
        parse(text)  # a value or None; never an exception


@given(form_dates)
def test_an_official_date_reads_back(day: date) -> None:
    assert w.parse_date(official_date(day)) == day
    assert w.parse_date(w.short_date(day)) == day


@given(phrases.filter(lambda p: not any(c.isdigit() for c in p)), form_dates)
def test_a_law_line_reads_back(name: str, day: date) -> None:
    assert w.parse_law_line(w.law_line(name, day)) == (name, day)


@given(st.integers(1, 99))
def test_an_objective_label_reads_back(number: int) -> None:
    assert w.parse_objective_label(w.objective_label(number)) == number


@given(st.integers(0, 10**6))
def test_a_total_reads_back(total: int) -> None:
    assert w.parse_total(f"{w.TOTAL}: {total}") == total


@given(participation)
def test_participation_codes_read_back(codes: frozenset[Participation]) -> None:
    from core.job_description.entities import participation_codes

    assert w.parse_participation(participation_codes(codes)) == codes


@given(
    st.lists(
        st.builds(
            Profession,
            st.lists(words, min_size=1, max_size=4).map(" ".join),
            st.lists(st.from_regex(r"[0-9]{4,6}", fullmatch=True), max_size=3).map(tuple),
        ),
        min_size=1,
        max_size=3,
    ).map(tuple)
)
def test_profession_lines_read_back(professions: tuple[Profession, ...]) -> None:
    assert tuple(w.parse_profession(line) for line in w.profession_lines(professions)) == professions


@given(
    st.builds(
        Experience,
        st.none() | st.integers(0, 50),
        st.none() | st.integers(0, 50),
        st.just("") | st.lists(words, min_size=1, max_size=3).map(lambda p: " ".join(p).lower()),
        st.just(""),
    ).filter(lambda e: e.civil_service_years is not None or (e.rank_years is not None))
)
def test_an_experience_sentence_reads_back(experience: Experience) -> None:
    if experience.rank_years is None:
        experience = Experience(experience.civil_service_years)
    assert w.parse_experience(w.experience_text(experience)) == experience


@given(st.binary(max_size=300) | st.binary(min_size=0, max_size=40).map(lambda tail: b"PK\x03\x04" + tail))
def test_bytes_that_are_not_word_are_refused_not_a_crash(data: bytes) -> None:
    try:
        read_job_description_docx(data)
    except RefusedError as refused:
        assert str(refused)


# --- the Excel reader ------------------------------------------------------------------------

#: openpyxl refuses control characters in a cell; a real sheet cannot hold them either.
sheet_text = hostile.map(lambda text: ILLEGAL_CHARACTERS_RE.sub("", text))
cells = st.none() | sheet_text | names | st.integers(-(10**12), 10**12) | st.floats(allow_nan=False) | form_dates


def _sheet_office() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    make_office(uow)
    return uow


_SHEET_UOW = _sheet_office()


@given(st.lists(st.lists(cells, min_size=len(HEADER), max_size=len(HEADER)), min_size=1, max_size=4))
def test_any_sheet_row_is_read_into_issues_that_name_its_column(rows: list[list[Any]]) -> None:
    uow = FakeUnitOfWork(copy.deepcopy(_SHEET_UOW.committed_store))
    with tempfile.TemporaryDirectory() as folder:
        path = write_sheet(Path(folder) / "staff.xlsx", HEADER, [dict(zip(HEADER, row, strict=True)) for row in rows])
        preview = read(uow, path)
    assert not preview.problems
    columns = {"surname", "patronymic", "given_name", "registration_number", "birth_date", "gender", "phone", "email"}
    columns |= {"address", "position_id", "appointed_on", "career_started_on", "service_kind", "contract_kind"}
    columns |= {"contract_ends_on", "status"}
    for row in preview.rows:
        for issue in row.issues:
            assert issue.field in columns and issue.message.strip(), issue
        if row.is_valid:
            assert row.employee is not None
            assert all(is_nfc(getattr(row.employee, n)) for n in ("patronymic", "given_name", "registration_number"))
