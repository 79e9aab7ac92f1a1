"""The office's unit tree (regulation 2.2): a unit and the units above it."""

from __future__ import annotations

from collections.abc import Mapping

from core.entities import Department


def unit_chain(units: Mapping[int, Department], unit_id: int | None) -> list[Department]:
    """The unit and its parents, nearest first (a cycle, impossible by validation, stops the walk)."""
    chain: list[Department] = []
    while unit_id is not None and unit_id in units and units[unit_id] not in chain:
        chain.append(units[unit_id])
        unit_id = units[unit_id].parent_id
    return chain
