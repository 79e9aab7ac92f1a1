"""The РД composer used by the demo office and the tests is the parser's exact inverse (domain §3)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.entities import Gender
from core.registration import make_registration_number, parse_registration_number

BIRTHS = [
    date(1900, 12, 31),
    date(1959, 6, 30),
    date(1985, 1, 1),
    date(1999, 11, 23),
    date(2000, 1, 1),
    date(2003, 4, 11),
    date(2019, 12, 29),
    date(2024, 2, 29),
]


@pytest.mark.parametrize("born", BIRTHS, ids=str)
@pytest.mark.parametrize("gender", list(Gender))
def test_composed_number_parses_back_to_its_birth_date_and_gender(born: date, gender: Gender) -> None:
    for serial in range(30):
        number = make_registration_number("ӨҮ", born, serial, gender)
        info = parse_registration_number(number)
        assert re.fullmatch(r"ӨҮ\d{8}", number)
        assert (info.number, info.birth_date, info.gender_hint) == (number, born, gender)


@pytest.mark.parametrize(("born", "month_digits"), [(date(1999, 4, 11), "04"), (date(2003, 4, 11), "24")])
def test_twenty_is_added_to_the_month_from_2000(born: date, month_digits: str) -> None:
    assert make_registration_number("УБ", born, 0, Gender.MALE)[4:6] == month_digits


def test_the_serial_varies_the_last_two_digits() -> None:
    numbers = {make_registration_number("УБ", date(1990, 5, 5), serial, Gender.FEMALE) for serial in range(10)}
    assert len(numbers) == 10
