"""Civil-service classes and ranks (domain §2): a class is a category code and a number."""

from __future__ import annotations

import re

from core.entities import Position, ServiceCategory

#: Administrative ranks by the ТЗ classes they go with (Law on Civil Service 2017).
ADMINISTRATIVE_RANKS: tuple[tuple[str, range], ...] = (
    ("туслах түшмэл", range(1, 4)),
    ("дэс түшмэл", range(4, 7)),
    ("ахлах түшмэл", range(7, 10)),
    ("эрхэлсэн түшмэл", range(10, 12)),
    ("тэргүүн түшмэл", range(12, 14)),
)

MAX_CLASS_NUMBER: dict[ServiceCategory, int] = {
    ServiceCategory.ADMINISTRATIVE: 13,
    ServiceCategory.SPECIAL: 20,
    ServiceCategory.SERVICE: 20,
    ServiceCategory.POLITICAL: 20,
}

_CLASS = re.compile(r"^(ТЗ|ТТ|ТҮ|УТ)(?:-(\d{1,2}))?$")


def format_class(category: ServiceCategory, number: int | None) -> str:
    """ "ТЗ-6"; a category without a number prints alone ("ТҮ")."""
    return category.value if number is None else f"{category.value}-{number}"


def position_class(position: Position) -> str:
    return format_class(position.category, position.class_number)


def parse_class(text: str) -> tuple[ServiceCategory, int | None] | None:
    """Read "ТЗ-6" (or "тз 6") back into its parts; None when it is not a class."""
    compact = text.strip().upper().replace(" ", "-").replace("–", "-")
    match = _CLASS.match(compact)
    if match is None:
        return None
    number = int(match.group(2)) if match.group(2) else None
    return ServiceCategory(match.group(1)), number


def administrative_rank(class_number: int) -> str | None:
    """The rank that goes with an administrative (ТЗ) class, or None outside 1–13."""
    for rank, classes in ADMINISTRATIVE_RANKS:
        if class_number in classes:
            return rank
    return None
