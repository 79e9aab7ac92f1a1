"""Mongolian case endings the documents need, written once (house style 17)."""

from __future__ import annotations

#: Nominative → genitive of the last word of a unit's or official's name: "хэлтэс" → "хэлтсийн".
_GENITIVES: tuple[tuple[str, str], ...] = (
    ("хэлтэс", "хэлтсийн"),
    ("тасаг", "тасгийн"),
    ("газар", "газрын"),
    ("штаб", "штабын"),
    ("дарга", "даргын"),
    ("эрхлэгч", "эрхлэгчийн"),
)


def genitive(name: str) -> str:
    """ "Нийтлэг үйлчилгээний газар" → "Нийтлэг үйлчилгээний газрын"; unknown words get "-ын"."""
    stripped = name.strip()
    for nominative, form in _GENITIVES:
        if stripped.casefold().endswith(nominative):
            return stripped[: -len(nominative)] + form
    return f"{stripped}-ын"
