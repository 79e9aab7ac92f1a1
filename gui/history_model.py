"""An employee's appointment history (regulation 4.1–4.9), read-only."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from core.entities import EVENT_KIND_LABELS, EmploymentEvent
from core.i18n import N_, _
from gui.list_model import ListTableModel


class EventColumn(enum.IntEnum):
    EFFECTIVE_ON = 0
    KIND = 1
    POSITION = 2
    ORDER_NUMBER = 3
    ORDER_DATE = 4
    NOTE = 5


EVENT_HEADERS: dict[EventColumn, str] = {
    EventColumn.EFFECTIVE_ON: N_("Date"),
    EventColumn.KIND: N_("Event"),
    EventColumn.POSITION: N_("Position"),
    EventColumn.ORDER_NUMBER: N_("Order no."),
    EventColumn.ORDER_DATE: N_("Order date"),
    EventColumn.NOTE: N_("Note"),
}


class EventTableModel(ListTableModel):
    columns = EventColumn
    headers = EVENT_HEADERS

    def __init__(self, position_titles: Mapping[int, str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = dict(position_titles or {})

    def display(self, item: EmploymentEvent, column: Any) -> str:
        if column is EventColumn.EFFECTIVE_ON:
            return item.effective_on.isoformat()
        if column is EventColumn.KIND:
            return _(EVENT_KIND_LABELS[item.kind])
        if column is EventColumn.POSITION:
            return self._titles.get(item.position_id, "") if item.position_id is not None else ""
        if column is EventColumn.ORDER_NUMBER:
            return item.order_number
        if column is EventColumn.ORDER_DATE:
            return item.order_date.isoformat() if item.order_date else ""
        return item.note
