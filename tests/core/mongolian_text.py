"""Hypothesis strategies for the text a Mongolian office types, pastes and imports.

Shared by the validator property tests (reliability.md §6.1, goal R15). Three kinds of input:
clean Mongolian words (what validates), the same words *typed badly* (decomposed letters,
extra whitespace, Latin look-alikes), and hostile text that must only ever produce a report.

Only Ё and Й (and ё, й) have canonical decompositions among the Mongolian letters: Ө and Ү
have none, and "О" + U+0308 composes to Ӧ (U+04E6, a Komi/Udmurt letter), not to Ө.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time

from hypothesis import strategies as st

from core.text import MONGOLIAN_ALPHABET

UPPER = MONGOLIAN_ALPHABET
LOWER = MONGOLIAN_ALPHABET.lower()
#: Letters a Mongolian name is written in; ъ/ь/ы never start a word, but a validator must not care.
LETTERS = UPPER + LOWER
#: Latin capitals and small letters that look like Cyrillic ones.
LOOKALIKES = "ABEKMHOPCTXYaeopcxy"
#: Whitespace a paste from Word or a spreadsheet brings: tab, newline, NBSP, the line separator.
WHITESPACE = " \t\n\r\u00a0\u2028\u3000"
#: Combining marks, zero-width and direction marks, NUL: what breaks naive code.
ODD = "\u0300\u0301\u0306\u0308\u0304\u200b\u200d\u200e\u200f\u202e\ufeff\x00"
#: Digits that are not ASCII: full-width (an IME), Arabic-Indic, superscript.
OTHER_DIGITS = "０１２３４５６７８９٠١٢٣٤٥٦٧٨٩²³"
#: Letters with a diaeresis that are *not* Mongolian, though they look like Ө and Ү.
NEAR_MISSES = "ӦӧӰӱѲѳ"

_mongolian_char = st.sampled_from(LETTERS)
_mixed_char = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(LOOKALIKES + "0123456789" + WHITESPACE + ODD + OTHER_DIGITS + NEAR_MISSES + "-.,'’/@+()№"),
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
)


def nfd(text: str) -> str:
    """The decomposed form a Mac keyboard or a PDF copy can give (Ё → Е + U+0308)."""
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


#: One word of Mongolian letters, capitalised as a name is.
words = st.text(_mongolian_char, min_size=1, max_size=12).map(str.capitalize)

#: A valid name: one to three words joined by a space or a hyphen ("Ганбат-Эрдэнэ"), ≤ 60 chars.
names = st.builds(
    lambda parts, joins: "".join(p + j for p, j in zip(parts, joins, strict=False)) + parts[-1],
    st.lists(words, min_size=1, max_size=3),
    st.lists(st.sampled_from(" -"), min_size=2, max_size=2),
).filter(lambda name: len(name) <= 60)

#: Free Mongolian text with punctuation and digits: titles, addresses, decisions.
phrases = st.lists(
    st.one_of(words, st.text(_mongolian_char, min_size=1, max_size=8), st.sampled_from(["6.8", "№12", "2026", "-"])),
    min_size=1,
    max_size=8,
).map(" ".join)

#: What a keyboard in the office can produce: Mongolian and Latin look-alike letters, digits of
#: any script, whitespace and combining marks, but not arbitrary Unicode.
typed = st.text(
    st.sampled_from(LETTERS + LOOKALIKES + "0123456789" + WHITESPACE + ODD + OTHER_DIGITS + NEAR_MISSES + "-./"),
    max_size=40,
)

#: Anything at all, up to a long paste: Cyrillic, look-alikes, whitespace, marks, emoji.
hostile = st.text(_mixed_char, max_size=80) | st.text(_mixed_char, min_size=200, max_size=700)
#: The same, short: for records with dozens of text fields, so an example stays cheap.
hostile_short = st.text(_mixed_char, max_size=30)


@st.composite
def typed_badly(draw: st.DrawFn, text: str) -> str:
    """*text* as it may arrive: decomposed, with whitespace around and doubled inside."""
    if draw(st.booleans()):
        text = nfd(text)
    space = st.text(st.sampled_from(WHITESPACE), min_size=1, max_size=3)
    if draw(st.booleans()):
        parts = text.split(" ")
        text = parts[0] + "".join(draw(space) + part for part in parts[1:])
    edge = st.text(st.sampled_from(WHITESPACE), max_size=3)
    return draw(edge) + text + draw(edge)


def messy(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, str]]:
    """Pairs (clean text, the same text typed badly)."""
    return strategy.flatmap(lambda text: st.tuples(st.just(text), typed_badly(text)))


#: The dates the forms' date pickers allow (gui/widgets/optional_date_edit.py).
form_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
#: Any date Python has: a validator must answer, not crash, even on these.
any_dates = st.dates()
#: Today, as the office's PC may have it.
todays = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
optional_form_dates = st.none() | form_dates


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))
