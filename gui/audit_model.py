"""The audit trail as a table: when, who, what was done to which record, and what changed."""

from __future__ import annotations

import enum
import json
from typing import Any

from PySide6.QtCore import Qt

from core.audit import ACTION_LABELS, RECORD_KINDS, REDACTED, AuditEntry, local_time
from core.i18n import N_, _
from gui.list_model import Index, ListTableModel

#: Longest value shown in the table; the tooltip has them whole.
VALUE_MAX = 60


class AuditColumn(enum.IntEnum):
    AT = 0
    USER = 1
    ACTION = 2
    RECORD = 3
    CHANGES = 4


AUDIT_HEADERS: dict[AuditColumn, str] = {
    AuditColumn.AT: N_("When"),
    AuditColumn.USER: N_("User"),
    AuditColumn.ACTION: N_("Action"),
    AuditColumn.RECORD: N_("Record"),
    AuditColumn.CHANGES: N_("Changes"),
}


def user_text(login: str) -> str:
    return login or _("system (command line)")


def record_text(entry: AuditEntry) -> str:
    kind = _(RECORD_KINDS[entry.entity]) if entry.entity in RECORD_KINDS else entry.entity
    return kind if entry.entity_id is None else f"{kind} #{entry.entity_id}"


def changes_text(entry: AuditEntry, *, limit: int | None = VALUE_MAX) -> str:
    """``field: old → new`` for a change, ``field: value`` for a created or deleted record."""
    parts = []
    for name, value in sorted(entry.changed_fields().items()):
        if value == REDACTED:
            parts.append(_("{field}: changed").format(field=name))
        elif isinstance(value, list) and len(value) == 2:
            parts.append(f"{name}: {_value(value[0], limit)} → {_value(value[1], limit)}")
        else:
            parts.append(f"{name}: {_value(value, limit)}")
    return "; ".join(parts)


def _value(value: Any, limit: int | None) -> str:
    text = "—" if value is None or value == "" else value if isinstance(value, str) else json.dumps(value)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


class AuditTableModel(ListTableModel):
    columns = AuditColumn
    headers = AUDIT_HEADERS

    def display(self, item: AuditEntry, column: Any) -> str:
        if column is AuditColumn.AT:
            return local_time(item.at).strftime("%Y-%m-%d %H:%M:%S")
        if column is AuditColumn.USER:
            return user_text(item.user_login)
        if column is AuditColumn.ACTION:
            return _(ACTION_LABELS[item.action]) if item.action in ACTION_LABELS else item.action
        if column is AuditColumn.RECORD:
            return record_text(item)
        return changes_text(item)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == AuditColumn.CHANGES:
            return changes_text(self.item_at(index.row()), limit=None).replace("; ", "\n")
        return super().data(index, role)
