"""The Job descriptions list: units, their positions, and each position's versions, newest first.

A version row says its status, the date it applies from, the approval date and whether it
is the one in force today; a position without any version says so, since that is what the
secretary is looking for.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from core.civil_service import position_class
from core.entities import Department, Position
from core.i18n import N_, _
from core.job_description.entities import DESCRIPTION_STATUS_LABELS, DescriptionStatus, JobDescriptionSummary
from core.job_description.versions import in_force
from core.text import mongolian_sort_key

Index = QModelIndex | QPersistentModelIndex
POSITION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
IN_FORCE_MARK = "✓"
MUTED = QColor("#6b6b6b")
DRAFT_COLOUR = QColor("#8a5a00")


class ListColumn(enum.IntEnum):
    NAME = 0
    STATUS = 1
    EFFECTIVE = 2
    APPROVED = 3
    IN_FORCE = 4


HEADERS: dict[ListColumn, str] = {
    ListColumn.NAME: N_("Position and versions"),
    ListColumn.STATUS: N_("Status"),
    ListColumn.EFFECTIVE: N_("Applies from"),
    ListColumn.APPROVED: N_("Approved on"),
    ListColumn.IN_FORCE: N_("In force"),
}


def _item(text: str = "", *, bold: bool = False, colour: QColor | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if colour is not None:
        item.setForeground(QBrush(colour))
    return item


def _date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


class JobDescriptionListModel(QStandardItemModel):
    """``set_rows`` rebuilds the tree; ``summary_at`` / ``position_at`` read a row back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[int, JobDescriptionSummary] = {}
        self._positions: dict[int, Position] = {}
        self.setHorizontalHeaderLabels([_(HEADERS[c]) for c in ListColumn])

    def set_rows(self, units: Sequence[Department], positions: Sequence[Position],
                 summaries: Sequence[JobDescriptionSummary], today: date) -> None:
        self.removeRows(0, self.rowCount())  # not clear(): the columns, and the widths the user gave them, stay
        self._summaries = {s.id: s for s in summaries}
        self._positions = {p.id: p for p in positions if p.id is not None}
        versions: dict[int, list[JobDescriptionSummary]] = {}
        for summary in summaries:
            versions.setdefault(summary.position_id, []).append(summary)
        groups: list[tuple[str, int | None]] = [(u.name, u.id) for u in units]
        groups.append((_("No unit"), None))
        for name, unit_id in groups:
            members = sorted((p for p in self._positions.values() if p.department_id == unit_id),
                             key=lambda p: mongolian_sort_key(p.title))
            if members:
                self._add_unit(name, members, versions, today)

    def _add_unit(self, name: str, members: Sequence[Position], versions: dict[int, list[JobDescriptionSummary]],
                  today: date) -> None:
        unit = _item(name, bold=True)
        for position in members:
            assert position.id is not None
            unit.appendRow(self._position_row(position, versions.get(position.id, []), today))
        self.appendRow([unit, *(_item() for _c in list(ListColumn)[1:])])

    def _position_row(self, position: Position, versions: list[JobDescriptionSummary],
                      today: date) -> list[QStandardItem]:
        cls = position_class(position)
        title = _item(f"{position.title} ({cls})" if cls else position.title)
        title.setData(position.id, POSITION_ID_ROLE)
        status = _item("" if versions else _("No description yet"), colour=MUTED)
        current = in_force(versions, today)
        for summary in sorted(versions, key=lambda s: s.version, reverse=True):
            title.appendRow(self._version_row(summary, current is not None and current.id == summary.id))
        return [title, status, *(_item() for _c in list(ListColumn)[2:])]

    def _version_row(self, summary: JobDescriptionSummary, is_in_force: bool) -> list[QStandardItem]:
        is_draft = summary.status is DescriptionStatus.DRAFT
        name = _item(_("Version {version}").format(version=summary.version), bold=is_in_force)
        name.setData(summary.position_id, POSITION_ID_ROLE)
        name.setData(summary.id, DESCRIPTION_ID_ROLE)
        status = _item(_(DESCRIPTION_STATUS_LABELS[summary.status]), colour=DRAFT_COLOUR if is_draft else None)
        mark = _item(IN_FORCE_MARK if is_in_force else "")
        mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if is_in_force:
            mark.setToolTip(_("This version applies today"))
        return [name, status, _item(_date(summary.effective_on)), _item(_date(summary.approved_on)), mark]

    # -- reading rows back -----------------------------------------------------------------------

    def summary_at(self, index: Index) -> JobDescriptionSummary | None:
        value = self.index(index.row(), 0, index.parent()).data(DESCRIPTION_ID_ROLE) if index.isValid() else None
        return self._summaries.get(value) if isinstance(value, int) else None

    def position_at(self, index: Index) -> Position | None:
        value = self.index(index.row(), 0, index.parent()).data(POSITION_ID_ROLE) if index.isValid() else None
        return self._positions.get(value) if isinstance(value, int) else None

    def summaries(self) -> list[JobDescriptionSummary]:
        return list(self._summaries.values())

    def positions(self) -> list[Position]:
        return list(self._positions.values())

    def find(self, role: int, value: int) -> QModelIndex:
        matches = self.match(self.index(0, 0), role, value, 1,
                             Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return matches[0] if matches else QModelIndex()
