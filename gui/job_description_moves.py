"""Where a row of section II may go: the template's rules for moves by keyboard and by drag.

Functions move within or between objectives, objectives among themselves; a function never
goes to the top level and an objective never into another. The rules are plain functions
over the objectives' sizes, so they read (and are tested) apart from the model.

A move is given as Qt gives it: the landing objective and the row to insert *before*,
counted before the moving row is taken out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-tamga-job-function-row"

#: (objective row, function row or None): a row of the tree by position.
RowKey = tuple[int, int | None]
#: (landing objective, or -1 for the objectives' own level; the row to insert before).
Destination = tuple[int, int]


def encode_row(key: RowKey) -> QMimeData:
    """The dragged row's position as "2" or "2.3" (0-based)."""
    objective, function = key
    data = QMimeData()
    text = f"{objective}" if function is None else f"{objective}.{function}"
    data.setData(MIME_TYPE, QByteArray(text.encode("ascii")))
    return data


def decode_row(data: QMimeData, sizes: Sequence[int]) -> RowKey | None:
    """The row a drag carries, if it is one of ours and still exists (*sizes*: functions per objective)."""
    if not data.hasFormat(MIME_TYPE):
        return None
    parts = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="replace").split(".")
    if len(parts) > 2 or not all(part.isdigit() for part in parts):
        return None
    objective = int(parts[0])
    function = int(parts[1]) if len(parts) == 2 else None
    if objective >= len(sizes) or (function is not None and function >= sizes[objective]):
        return None
    return objective, function


def drop_destination(source: RowKey, row: int, parent: RowKey | None, sizes: Sequence[int]) -> Destination | None:
    """Where a drop at *row* under *parent* (``None``: the top level) lands, or ``None`` if not allowed.

    Qt's *row* is -1 for a drop onto *parent* itself: an objective dropped on empty space goes last,
    a function dropped on an objective becomes its last function.
    """
    if source[1] is None:
        return None if parent is not None else (-1, len(sizes) if row < 0 else row)
    if parent is None or parent[1] is not None:
        return None
    objective = parent[0]
    return objective, sizes[objective] if row < 0 else row


def step_destination(key: RowKey, step: int, sizes: Sequence[int]) -> tuple[RowKey, Destination] | None:
    """One place up (*step* -1) or down (+1): where the row ends up, and the move that puts it there.

    A first function moving up goes to the end of the previous objective, a last one moving
    down to the start of the next; at the very top or bottom nothing moves.
    """
    objective, function = key
    if function is None:
        target = objective + step
        if not 0 <= target < len(sizes):
            return None
        return (target, None), (-1, target + 1 if step > 0 else target)
    if 0 <= function + step < sizes[objective]:
        landing = function + step
        return (objective, landing), (objective, landing + 1 if step > 0 else landing)
    neighbour = objective + step
    if not 0 <= neighbour < len(sizes):
        return None
    landing = sizes[neighbour] if step < 0 else 0
    return (neighbour, landing), (neighbour, landing)
