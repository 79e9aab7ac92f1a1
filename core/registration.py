"""The registration number (РД): two Cyrillic capitals and eight digits (domain §3).

The birth date and a gender hint are read from the digits. The last digit is a check digit
whose algorithm is not published, so an РД is never rejected on it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from core.entities import Gender
from core.text import LATIN_LOOKALIKES, clean

#: ASCII digits only: ``\d`` would also take Arabic-Indic and other scripts' digits.
_SHAPE = re.compile(r"([А-ЯЁӨҮ]{2})([0-9]{8})")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class RegistrationInfo:
    number: str
    birth_date: date
    gender_hint: Gender


class RegistrationNumberError(ValueError):
    """The text is not an РД: ``code`` says whether the shape or the date is wrong."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def normalize_registration_number(text: str) -> str:
    """Upper-case Cyrillic, no spaces; Latin look-alikes typed by mistake become Cyrillic.

    NFKC turns full-width digits (an IME's "８８") into ASCII ones, so the same РД typed two ways
    is stored once. Upper-casing comes before the look-alike table, which maps capitals only
    after it: "ak" becomes "AK" and then "АК".
    """
    folded = unicodedata.normalize("NFKC", clean(text))
    compact = _WHITESPACE.sub("", folded).upper().translate(LATIN_LOOKALIKES)
    # Removing a space or mapping a look-alike can bring a letter and a combining mark together.
    return unicodedata.normalize("NFC", compact)


def parse_registration_number(text: str) -> RegistrationInfo:
    """Read the birth date and gender hint out of an РД.

    Raises:
        RegistrationNumberError: ``shape`` for a wrong pattern, ``date`` for an impossible date.
    """
    number = normalize_registration_number(text)
    match = _SHAPE.fullmatch(number)
    if match is None:
        raise RegistrationNumberError("shape")
    digits = match.group(2)
    year, month, day = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    if 21 <= month <= 32:  # born in 2000 or later: 20 is added to the month
        year, month = 2000 + year, month - 20
    else:
        year += 1900
    try:
        born = date(year, month, day)
    except ValueError:
        raise RegistrationNumberError("date") from None
    gender = Gender.MALE if int(digits[6]) % 2 == 1 else Gender.FEMALE
    return RegistrationInfo(number=number, birth_date=born, gender_hint=gender)


def make_registration_number(letters: str, born: date, serial: int, gender: Gender) -> str:
    """Compose a plausible РД (for the demo office and tests): the inverse of the parser."""
    month = born.month + 20 if born.year >= 2000 else born.month
    gender_digit = (serial % 5) * 2 + (1 if gender is Gender.MALE else 0)
    check = (born.day + month + serial) % 10
    return f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{gender_digit}{check}"
