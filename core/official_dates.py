"""Dates in the grammar of Mongolian official documents (MNS 5140; domain §5).

"2023 оны 04 дүгээр сарын 11-ний өдөр": the ordinal after the month and the genitive after
the day follow the last spoken word of the number (vowel harmony): numbers whose last word
is нэг (1), дөрөв (4), ес (9), дөч (40) or ер (90) take the front-vowel forms.
"""

from __future__ import annotations

from datetime import date

_FRONT_VOWEL_UNITS = {1, 4, 9}
_FRONT_VOWEL_TENS = {40, 90}


def _front_vowel(number: int) -> bool:
    """True when the last spoken word of *number* has front vowels (нэг, дөрөв, ес, дөч, ер)."""
    if number % 10:
        return number % 10 in _FRONT_VOWEL_UNITS
    return number % 100 in _FRONT_VOWEL_TENS


def ordinal_suffix(number: int) -> str:
    """"дүгээр" or "дугаар": 04 дүгээр сар, 6.5 дугаар зүйл."""
    return "дүгээр" if _front_vowel(number) else "дугаар"


def genitive_suffix(number: int) -> str:
    """"-ний" or "-ны" after a day number: 21-ний, 20-ны."""
    return "ний" if _front_vowel(number) else "ны"


#: Ablative ending by the last spoken word of a number, as written after digits ("6-аас").
_ABLATIVE_UNITS = {1: "ээс", 2: "оос", 3: "аас", 4: "өөс", 5: "аас", 6: "аас", 7: "оос", 8: "аас", 9: "өөс"}
_ABLATIVE_TENS = {10: "аас", 20: "оос", 30: "аас", 40: "өөс", 50: "аас", 60: "аас", 70: "аас", 80: "аас", 90: "өөс"}


def ablative_suffix(number: int) -> str:
    """ "аас", "ээс", "оос" or "өөс": 6-аас, 1-ээс, 2-оос, 4-өөс доошгүй жил."""
    if number % 10:
        return _ABLATIVE_UNITS[number % 10]
    if number % 100:
        return _ABLATIVE_TENS[number % 100]
    return "аас"  # зуу(н), мянга(н): back vowels


def month_phrase(day: date) -> str:
    """"04 дүгээр сарын"."""
    return f"{day.month:02d} {ordinal_suffix(day.month)} сарын"


def day_phrase(day: date) -> str:
    """"11-ний"."""
    return f"{day.day:02d}-{genitive_suffix(day.day)}"


def official_date(day: date) -> str:
    """"2023 оны 04 дүгээр сарын 11-ний өдөр"."""
    return f"{day.year} оны {month_phrase(day)} {day_phrase(day)} өдөр"


def official_range(start: date, end: date) -> str:
    """"2026 оны 07 дугаар сарын 09-ний өдрөөс 07 дугаар сарын 16-ны өдөр хүртэл".

    The year of the end is repeated only when it differs from the start's.
    """
    head = f"{start.year} оны {month_phrase(start)} {day_phrase(start)} өдрөөс"
    end_year = f"{end.year} оны " if end.year != start.year else ""
    return f"{head} {end_year}{month_phrase(end)} {day_phrase(end)} өдөр хүртэл"


def article_reference(number: int) -> str:
    """"99 дүгээр зүйл" for an article of a law."""
    return f"{number} {ordinal_suffix(number)} зүйл"
