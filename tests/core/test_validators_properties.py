"""Property tests for the office's validators with Mongolian text (reliability.md §6.1, R15).

For each validator of :mod:`core.validation` and the РД parser: any input gives a report (never
another exception), every issue names a field of the record and says something, text is
stored NFC and trimmed whatever way it was typed, and what validates reads back unchanged.
Examples per test come from the profile in ``tests/conftest.py`` (100, nightly 1,000).
"""

from __future__ import annotations

import copy
import re
from dataclasses import fields, replace
from datetime import date

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from core import services
from core.dates import add_years
from core.entities import (
    ActingAssignment,
    ContractKind,
    Department,
    Employee,
    EmploymentEvent,
    EventKind,
    Gender,
    OfficeSettings,
    Position,
    ServiceCategory,
    ServiceKind,
    SigningRole,
    UnitKind,
)
from core.registration import (
    RegistrationNumberError,
    make_registration_number,
    normalize_registration_number,
    parse_registration_number,
)
from core.services.employees import normalize_employee
from core.text import clean
from core.validation import (
    ValidationError,
    ValidationReport,
    validate_acting,
    validate_department,
    validate_employee,
    validate_order,
    validate_position,
    validate_settings,
)
from tests.core.builders import office_with_people
from tests.core.mongolian_text import (
    UPPER,
    any_dates,
    form_dates,
    hostile,
    is_nfc,
    messy,
    names,
    optional_form_dates,
    phrases,
    todays,
    typed,
    typed_badly,
)
from tests.fakes import FakeStore, FakeUnitOfWork

#: 1,000 examples a test nightly (HYPOTHESIS_PROFILE=nightly) outlast the suite's 60 s timeout.
pytestmark = pytest.mark.timeout(600)

TODAY = date(2026, 11, 25)


def field_names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def assert_well_formed(report: ValidationReport, allowed_fields: set[str]) -> None:
    """Every issue names one of the record's fields, has a code and a message a person can read."""
    assert isinstance(report, ValidationReport)
    for issue in report.issues:
        assert issue.field in allowed_fields, issue
        assert issue.code.strip(), issue
        assert issue.message.strip(), issue


def _office() -> FakeStore:
    uow = FakeUnitOfWork()
    office_with_people(uow)
    return uow.committed_store


_OFFICE = _office()


def office_uow() -> FakeUnitOfWork:
    """A fresh copy of a small saved office for each example (fixtures are not reset per example)."""
    return FakeUnitOfWork(copy.deepcopy(_OFFICE))


# --- text at the edge ---------------------------------------------------------------------


@given(hostile)
def test_clean_is_nfc_trimmed_and_idempotent(text: str) -> None:
    cleaned = clean(text)
    assert is_nfc(cleaned)
    assert cleaned == cleaned.strip()
    assert not re.search(r"\s\s", cleaned)
    assert clean(cleaned) == cleaned


@given(messy(phrases))
def test_clean_undoes_what_typing_badly_does(pair: tuple[str, str]) -> None:
    text, typed = pair
    assert clean(typed) == text


# --- registration number (РД) -------------------------------------------------------------

letter_pairs = st.text(st.sampled_from(UPPER), min_size=2, max_size=2)
rd_birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(letter_pairs, rd_birth_dates, st.integers(0, 10**6), st.sampled_from(Gender))
def test_the_parser_reads_back_what_make_registration_number_writes(
    letters: str, born: date, serial: int, gender: Gender
) -> None:
    number = make_registration_number(letters, born, serial, gender)
    info = parse_registration_number(number)
    assert (info.number, info.birth_date, info.gender_hint) == (number, born, gender)


@given(letter_pairs, rd_birth_dates, st.integers(0, 10**6), st.sampled_from(Gender), st.data())
def test_an_rd_typed_badly_is_the_same_rd(
    letters: str, born: date, serial: int, gender: Gender, data: st.DataObject
) -> None:
    number = make_registration_number(letters, born, serial, gender)
    typed = number.lower() if data.draw(st.booleans()) else number
    typed = data.draw(typed_badly(f"{typed[:2]} {typed[2:6]} {typed[6:]}"))
    if data.draw(st.booleans()):  # full-width digits from an IME
        typed = typed.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_registration_number(typed).number == number


def _oracle(text: str) -> tuple[str, int, int, int] | None:
    """What an РД is, written independently of the parser: letters, then the date's digits."""
    number = normalize_registration_number(text)
    if len(number) != 10 or any(c not in UPPER for c in number[:2]) or any(c not in "0123456789" for c in number[2:]):
        return None
    year, month, day = int(number[2:4]), int(number[4:6]), int(number[6:8])
    return number, (2000 + year if month > 20 else 1900 + year), (month - 20 if month > 20 else month), day


@given(hostile | st.from_regex(r"[А-ЯӨҮЁа-яөүё]{2}[0-9]{8}", fullmatch=True))
@example("УБ00000000")  # month 00
@example("УБ99133112")  # month 13
@example("УБ00222912")  # 29 February 2000, a leap year
@example("ЁЪ01222912")  # 29 Feb 2001 does not exist
def test_the_parser_accepts_exactly_letters_and_a_real_date(text: str) -> None:
    expected = _oracle(text)
    try:
        info = parse_registration_number(text)
    except RegistrationNumberError as exc:
        assert exc.code in ("shape", "date")
        if expected is not None:
            number, year, month, day = expected
            assert exc.code == "date"
            with pytest.raises(ValueError):
                date(year, month, day)
        return
    assert expected is not None
    number, year, month, day = expected
    assert (info.number, info.birth_date) == (number, date(year, month, day))
    assert is_nfc(info.number)


@given(letter_pairs, rd_birth_dates, st.integers(0, 10**6), st.sampled_from(Gender), st.data())
def test_one_wrong_character_makes_the_rd_refused_or_another_rd(
    letters: str, born: date, serial: int, gender: Gender, data: st.DataObject
) -> None:
    number = make_registration_number(letters, born, serial, gender)
    position = data.draw(st.integers(0, 9))
    wrong = data.draw(st.sampled_from("QЩЪ+-_x٣Ӧ\u0308") if position >= 2 else st.sampled_from("0123Zq9Ӧ"))
    mutated = number[:position] + wrong + number[position + 1 :]
    with pytest.raises(RegistrationNumberError) as refused:
        parse_registration_number(mutated)
    assert refused.value.code == "shape"


@given(hostile)
@example("Õ¯")  # NFKC gave "Õ" + " ̄"; without the space the macron was left uncomposed
def test_a_normalized_rd_is_nfc(text: str) -> None:
    assert is_nfc(normalize_registration_number(text))


@given(typed)
def test_normalizing_an_rd_twice_changes_nothing(text: str) -> None:
    once = normalize_registration_number(text)
    assert normalize_registration_number(once) == once


# --- employees ----------------------------------------------------------------------------

employees_any = st.builds(
    Employee,
    patronymic=hostile,
    given_name=hostile,
    registration_number=hostile,
    birth_date=any_dates,
    gender=st.sampled_from(Gender),
    surname=hostile,
    phone=hostile,
    email=hostile,
    address=hostile,
    position_id=st.none() | st.integers(1, 5),
    appointed_on=st.none() | any_dates,
    career_started_on=st.none() | any_dates,
    service_kind=st.sampled_from(ServiceKind),
    contract_kind=st.sampled_from(ContractKind),
    contract_ends_on=st.none() | any_dates,
)


@given(employees_any, todays)
def test_validate_employee_answers_any_input_with_a_report(employee: Employee, today: date) -> None:
    for candidate in (employee, normalize_employee(employee)):
        report = validate_employee(candidate, today=today, duplicate_of=employee)
        assert_well_formed(report, field_names(Employee))
        assert "registration_number" in {i.field for i in report.errors}  # the duplicate at least


@given(employees_any)
def test_normalize_employee_is_nfc_and_idempotent(employee: Employee) -> None:
    once = normalize_employee(employee)
    assert normalize_employee(once) == once
    for name in ("surname", "patronymic", "given_name", "registration_number", "phone", "email", "address"):
        assert is_nfc(getattr(once, name))


@st.composite
def valid_employees(draw: st.DrawFn) -> Employee:
    born = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)))
    gender = draw(st.sampled_from(Gender))
    return Employee(
        patronymic=draw(names),
        given_name=draw(names),
        surname=draw(st.just("") | names),
        registration_number=make_registration_number(draw(letter_pairs), born, draw(st.integers(0, 999)), gender),
        birth_date=born,
        gender=gender,
        phone=draw(st.sampled_from(["", "99112233", "+976 99112233", "7033-1234"])),
        email=draw(st.sampled_from(["", "tamir@example.mn", "хүн@жишээ.мн"])),
        address=draw(st.just("") | phrases.filter(lambda a: len(a) <= 300)),
    )


def _typed_badly_employee(data: st.DataObject, employee: Employee) -> Employee:
    typed = {
        name: data.draw(typed_badly(getattr(employee, name)))
        for name in ("patronymic", "given_name", "surname", "address")
    }
    return replace(employee, **typed, registration_number=employee.registration_number.lower())


@given(valid_employees(), st.data())
def test_a_decomposed_or_spaced_employee_validates_as_its_nfc_form(employee: Employee, data: st.DataObject) -> None:
    typed = _typed_badly_employee(data, employee)
    assert normalize_employee(typed) == employee
    assert validate_employee(normalize_employee(typed), today=TODAY) == validate_employee(employee, today=TODAY)
    assert validate_employee(employee, today=TODAY).is_valid


@given(valid_employees(), st.data())
def test_a_valid_employee_is_stored_nfc_and_read_back_unchanged(employee: Employee, data: st.DataObject) -> None:
    uow = office_uow()
    saved = services.save_employee(uow, _typed_badly_employee(data, employee), today=TODAY)
    assert saved == replace(employee, id=saved.id)
    assert services.get_employee(uow, saved.id or 0) == saved
    assert services.save_employee(uow, saved, today=TODAY) == saved  # saving what was read changes nothing


@given(valid_employees(), st.data())
def test_a_name_with_a_near_miss_letter_is_refused_not_changed(employee: Employee, data: st.DataObject) -> None:
    """Ӧ ("О" + U+0308 after NFC) looks like Ө but is not Mongolian: say so beside the field."""
    name = employee.given_name
    place = data.draw(st.integers(0, len(name) - 1))
    typed = (
        name[:place] + data.draw(st.sampled_from(["О\u0308", "о\u0308", "У\u0308", "Ѳ", "O", "Ɵ"])) + name[place + 1 :]
    )
    uow = office_uow()
    with pytest.raises(ValidationError) as refused:
        services.save_employee(uow, replace(employee, given_name=typed), today=TODAY)
    assert {(i.field, i.code) for i in refused.value.report.errors} == {("given_name", "not_cyrillic")}
    assert uow.committed_store.employees.find_by_registration(employee.registration_number) is None


# --- units, positions, settings, acting officials, orders ---------------------------------


@given(st.builds(Department, name=hostile, kind=st.sampled_from(UnitKind), head_title=hostile), st.data())
def test_a_unit_is_refused_with_a_report_or_stored_clean(department: Department, data: st.DataObject) -> None:
    siblings = data.draw(st.lists(st.builds(Department, name=hostile, id=st.integers(1, 9)), max_size=3))
    assert_well_formed(validate_department(department, siblings=siblings), field_names(Department))
    uow = office_uow()
    try:
        saved = services.save_department(uow, department)
    except ValidationError as refused:
        assert_well_formed(refused.report, field_names(Department))
        event("refused")
        return
    assert (saved.name, saved.head_title) == (clean(department.name), clean(department.head_title))
    assert is_nfc(saved.name) and saved.name
    assert saved in services.list_departments(uow)


@given(messy(phrases.filter(lambda p: len(p) <= 200)))
def test_a_unit_named_in_decomposed_letters_is_the_same_unit(pair: tuple[str, str]) -> None:
    name, typed = pair
    uow = FakeUnitOfWork()
    services.save_department(uow, Department(name=name))
    with pytest.raises(ValidationError) as refused:
        services.save_department(uow, Department(name=typed))
    assert [(i.field, i.code) for i in refused.value.report.errors] == [("name", "duplicate")]


plausible_positions = st.builds(
    Position,
    title=phrases.filter(lambda t: len(t) <= 200).flatmap(typed_badly),
    department_id=st.none(),
    category=st.sampled_from([ServiceCategory.SPECIAL, ServiceCategory.SERVICE]),
    class_number=st.none() | st.integers(1, 5),
    rank=st.sampled_from(["", "ахлах түшмэл", "Дэс түшмэл"]).flatmap(typed_badly),
    posts=st.integers(1, 999),
)
positions_any = plausible_positions | st.builds(
    Position,
    title=hostile,
    department_id=st.none(),
    category=st.sampled_from(ServiceCategory),
    class_number=st.none() | st.integers(-5, 30),
    rank=hostile | st.sampled_from(["ахлах түшмэл", "Дэс түшмэл", "ТУСЛАХ ТҮШМЭЛ"]),
    posts=st.integers(-3, 1200),
)


@given(positions_any)
def test_a_position_is_refused_with_a_report_or_stored_clean(position: Position) -> None:
    assert_well_formed(validate_position(position), field_names(Position))
    uow = FakeUnitOfWork()
    try:
        saved = services.save_position(uow, position)
    except ValidationError as refused:
        assert_well_formed(refused.report, field_names(Position))
        event("refused")
        return
    assert (saved.title, saved.rank) == (clean(position.title), clean(position.rank).lower())
    assert services.list_positions(uow) == [saved]


short_phrases = phrases.filter(lambda t: len(t) <= 60)
settings_any = st.builds(
    OfficeSettings,
    official_name=short_phrases.flatmap(typed_badly),
    short_name=st.just("ЗДТГ").flatmap(typed_badly),
    city=names.flatmap(typed_badly),
    chief_title=short_phrases.flatmap(typed_badly),
    superior_title=short_phrases.flatmap(typed_badly),
    superior_name=st.just("") | names.flatmap(typed_badly),
) | st.builds(
    OfficeSettings,
    official_name=hostile | phrases,
    short_name=hostile | st.just("ЗДТГ"),
    city=hostile | names,
    chief_title=hostile | phrases,
    superior_title=hostile | phrases,
    superior_name=hostile | names,
)


@given(settings_any)
def test_settings_are_refused_with_a_report_or_stored_clean_and_read_back(settings: OfficeSettings) -> None:
    assert_well_formed(validate_settings(settings), field_names(OfficeSettings))
    uow = FakeUnitOfWork()
    try:
        saved = services.save_settings(uow, settings)
    except ValidationError as refused:
        assert_well_formed(refused.report, field_names(OfficeSettings))
        assert services.get_settings(uow) == OfficeSettings()  # nothing half-saved
        event("refused")
        return
    assert saved.official_name == clean(settings.official_name)
    assert all(is_nfc(getattr(saved, f)) for f in field_names(OfficeSettings) if isinstance(getattr(saved, f), str))
    assert services.get_settings(uow) == saved


@given(
    st.builds(
        ActingAssignment,
        role=st.sampled_from(SigningRole),
        acting_employee_id=st.integers(1, 4),
        starts_on=form_dates,
        ends_on=form_dates,
        department_id=st.none() | st.just(1),
        order_number=hostile,
        note=hostile,
    ),
    st.data(),
)
def test_an_acting_assignment_is_refused_with_a_report_or_stored_clean(
    assignment: ActingAssignment, data: st.DataObject
) -> None:
    others = data.draw(
        st.lists(
            st.builds(ActingAssignment, st.sampled_from(SigningRole), st.integers(1, 4), form_dates, form_dates),
            max_size=3,
        )
    )
    assert_well_formed(validate_acting(assignment, others=others, titular_employee_id=1), field_names(ActingAssignment))
    uow = office_uow()
    try:
        saved = services.save_acting(uow, assignment)
    except ValidationError as refused:
        assert_well_formed(refused.report, field_names(ActingAssignment))
        event("refused")
        return
    except services.NotFoundError:
        return
    assert (saved.order_number, saved.note) == (clean(assignment.order_number), clean(assignment.note))
    assert saved in services.list_acting(uow)


def test_an_order_for_the_last_year_a_date_can_have_is_checked_not_a_crash() -> None:
    """Found by the property below: a year after 9999-12-31 raised ValueError."""
    assert validate_order("Б/12", date(9999, 12, 31), date(9999, 12, 31)).is_valid


@given(hostile, st.none() | any_dates, any_dates)
def test_validate_order_answers_any_dates_with_a_report(number: str, order_date: date | None, effective: date) -> None:
    assert_well_formed(validate_order(number, order_date, effective), {"order_number", "order_date"})


@given(messy(st.from_regex(r"[АБ]/?[0-9]{1,3}", fullmatch=True) | phrases), form_dates, optional_form_dates, hostile)
def test_an_order_is_refused_with_a_report_or_recorded_clean(
    pair: tuple[str, str], effective: date, order_date: date | None, note: str
) -> None:
    number, typed = pair
    uow = office_uow()
    specialist = next(e for e in uow.committed_store.employees.list() if e.given_name == "Өлзийбат")
    step = EmploymentEvent(
        specialist.id or 0, EventKind.RELEASED, effective, order_number=typed, order_date=order_date, note=note
    )
    try:
        services.record_event(uow, step)
    except ValidationError as refused:
        assert_well_formed(refused.report, {"order_number", "order_date"})
        assert order_date is None or order_date > add_years(effective, 1) or len(number) > 40
        event("refused")
        return
    [stored] = services.employee_history(uow, specialist.id or 0)
    assert (stored.order_number, stored.note) == (number, clean(note))
