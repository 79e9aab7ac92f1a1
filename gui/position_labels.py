"""How positions and units are named in combo boxes and tables."""

from __future__ import annotations

from collections.abc import Sequence

from core.civil_service import position_class
from core.entities import Department, Position
from core.text import mongolian_sort_key


def unit_names(departments: Sequence[Department]) -> dict[int, str]:
    return {d.id: d.name for d in departments if d.id is not None}


def position_choices(positions: Sequence[Position], departments: Sequence[Department]) -> list[tuple[str, int]]:
    """ "Title (ТЗ-6) — Unit", grouped by unit in the structure's order, titles alphabetical."""
    names = unit_names(departments)
    unit_order = {d.id: index for index, d in enumerate(departments)}

    def key(p: Position) -> tuple[int, str]:
        return unit_order.get(p.department_id, len(unit_order)), mongolian_sort_key(p.title)

    choices = []
    for position in sorted((p for p in positions if p.id is not None), key=key):
        unit = names.get(position.department_id) if position.department_id is not None else None
        text = f"{position.title} ({position_class(position)})"
        choices.append((f"{text} — {unit}" if unit else text, position.id))
    return choices  # type: ignore[return-value]


def unit_with_descendants(units: Sequence[Department], unit_id: int) -> set[int | None]:
    """A unit and everything under it, so "Legal" also covers its Archive section."""
    chosen: set[int | None] = {unit_id}
    while True:
        grown = chosen | {u.id for u in units if u.parent_id in chosen and u.id is not None}
        if grown == chosen:
            return chosen
        chosen = grown
