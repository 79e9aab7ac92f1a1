"""Mongolian text at the edge: NFC, trimmed, searchable and sortable in the Mongolian order."""

from __future__ import annotations

import re
import unicodedata

#: Mongolian Cyrillic alphabet order (domain §4): Ө after О, Ү after У.
MONGOLIAN_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"

#: Latin letters that look like Cyrillic ones; typed by mistake on a Latin layout.
LATIN_LOOKALIKES = str.maketrans("ABEKMHOPCTXYaeopcxy", "АВЕКМНОРСТХУаеорсху")

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC, outer whitespace removed, inner runs of whitespace folded to one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def search_key(text: str) -> str:
    """Case-insensitive key for Cyrillic, Ө and Ү included (SQLite's LIKE folds only ASCII)."""
    return clean(text).casefold()


def _sort_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for index, letter in enumerate(MONGOLIAN_ALPHABET):
        key = chr(0x0400 + index)  # a run of code points in alphabet order
        table[ord(letter)] = key
        table[ord(letter.lower())] = key
    return table


_SORT_TABLE = _sort_table()


def mongolian_sort_key(text: str) -> str:
    """A string whose plain ordering is the Mongolian alphabetical order, case-insensitive."""
    return clean(text).translate(_SORT_TABLE)


def initial(name: str) -> str:
    """The first letter of a name as printed before the given name: "Чулуун" → "Ч"."""
    stripped = clean(name)
    return stripped[:1].upper()
