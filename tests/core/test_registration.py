"""The РД: shape, birth date in both centuries, gender hint, normalisation (domain §3)."""

from __future__ import annotations

from datetime import date

import pytest

from core import services
from core.entities import Gender
from core.registration import RegistrationNumberError, normalize_registration_number, parse_registration_number
from core.validation import ValidationError
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "born", "gender"),
    [
        ("УБ99112345", date(1999, 11, 23), Gender.FEMALE),  # 7th digit 4: even
        ("ӨВ85010131", date(1985, 1, 1), Gender.MALE),
        ("ҮЕ03241171", date(2003, 4, 11), Gender.MALE),  # 2000s: month + 20
        ("АА00210100", date(2000, 1, 1), Gender.FEMALE),
        ("ЯЯ19322970", date(2019, 12, 29), Gender.MALE),
        ("ТА00123160", date(1900, 12, 31), Gender.FEMALE),
    ],
)
def test_birth_date_and_gender_are_read_from_the_digits(text: str, born: date, gender: Gender) -> None:
    info = parse_registration_number(text)
    assert info.birth_date == born
    assert info.gender_hint is gender
    assert info.number == text


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("уб99112345", "УБ99112345"),  # lower case
        ("  ӨВ 85010131 ", "ӨВ85010131"),  # spaces
        ("XA99112345", "ХА99112345"),  # Latin look-alikes X and A
        ("ОЕ99112345".replace("Е", "E"), "ОЕ99112345"),
        ("ү\u0308е03241171".replace("\u0308", ""), "ҮЕ03241171"),
        ("ak99112345", "АК99112345"),  # lower-case Latin: upper-cased, then made Cyrillic
        ("mx99112345", "МХ99112345"),
        ("tb99112345", "ТВ99112345"),
        ("УБ８８051412", "УБ88051412"),  # full-width digits from an IME
        ("УБ\u00a09911\u30002345", "УБ99112345"),  # no-break and ideographic spaces
    ],
)
def test_input_is_normalised_to_cyrillic_capitals(typed: str, normalized: str) -> None:
    assert normalize_registration_number(typed) == normalized


def test_decomposed_input_is_composed_first() -> None:
    decomposed = "И\u0306Й85010131"  # И + combining breve = Й
    assert parse_registration_number(decomposed).number == "ЙЙ85010131"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("УБ9911234", "shape"),  # seven digits
        ("УБ991123456", "shape"),
        ("У99112345", "shape"),
        ("1299112345", "shape"),
        ("QW99112345", "shape"),  # Latin letters without a Cyrillic twin
        ("УБ٩٩112345", "shape"),  # Arabic-Indic digits are not ASCII digits
        ("УБ۹۹112345", "shape"),  # nor are Persian ones
        ("УБ99133345", "date"),  # month 13
        ("УБ99002345", "date"),  # month 00
        ("УБ99023045", "date"),  # 30 February
        ("УБ01222945", "date"),  # 29 February 2001
        ("УБ99330145", "date"),  # month 33
    ],
)
def test_wrong_shape_or_impossible_date_is_refused(text: str, code: str) -> None:
    with pytest.raises(RegistrationNumberError) as excinfo:
        parse_registration_number(text)
    assert excinfo.value.code == code


def test_the_check_digit_is_never_a_reason_to_refuse() -> None:
    numbers = [f"УБ991123{d}{c}" for d in "0123456789" for c in "0123456789"]
    assert all(parse_registration_number(n).birth_date == date(1999, 11, 23) for n in numbers)


def test_leap_day_of_2000s() -> None:
    assert parse_registration_number("АБ04222912").birth_date == date(2004, 2, 29)


def test_lower_case_latin_look_alikes_are_parsed_as_cyrillic() -> None:
    info = parse_registration_number("ak99112345")
    assert info.number == "АК99112345"
    assert info.birth_date == date(1999, 11, 23)


def test_full_width_digits_are_stored_as_ascii() -> None:
    assert parse_registration_number("УБ８８051412").number == "УБ88051412"


def test_full_width_digits_do_not_hide_a_duplicate(uow: FakeUnitOfWork) -> None:
    born = date(1988, 5, 14)
    first = services.save_employee(uow, employee(registration_number="УБ88051412", birth_date=born), today=TODAY)
    assert first.registration_number == "УБ88051412"
    with pytest.raises(ValidationError) as excinfo:
        services.save_employee(uow, employee(registration_number="УБ８８051412", birth_date=born), today=TODAY)
    assert [issue.code for issue in excinfo.value.report.errors] == ["duplicate"]
    assert [e.registration_number for e in uow.employees.list()] == ["УБ88051412"]
