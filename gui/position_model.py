"""The positions table on the Units & positions screen."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from core.civil_service import position_class
from core.entities import Position
from core.i18n import N_
from gui.list_model import ListTableModel


class PositionColumn(enum.IntEnum):
    TITLE = 0
    UNIT = 1
    CLASS = 2
    RANK = 3
    POSTS = 4


POSITION_HEADERS: dict[PositionColumn, str] = {
    PositionColumn.TITLE: N_("Title"),
    PositionColumn.UNIT: N_("Unit"),
    PositionColumn.CLASS: N_("Class"),
    PositionColumn.RANK: N_("Rank"),
    PositionColumn.POSTS: N_("Posts"),
}


class PositionTableModel(ListTableModel):
    columns = PositionColumn
    headers = POSITION_HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._unit_names: dict[int, str] = {}

    def set_unit_names(self, names: Mapping[int, str]) -> None:
        self._unit_names = dict(names)

    def display(self, item: Position, column: Any) -> str:
        if column is PositionColumn.TITLE:
            return item.title
        if column is PositionColumn.UNIT:
            return self._unit_names.get(item.department_id, "") if item.department_id is not None else ""
        if column is PositionColumn.CLASS:
            return position_class(item)
        if column is PositionColumn.RANK:
            return item.rank
        return str(item.posts)
