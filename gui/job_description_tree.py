"""Section II's objectives and their functions as a two-level tree model.

Top-level rows are objectives, their children functions; the columns are the text, the
performance criterion and the four participation codes (checkable). The number ("1", "1.2")
comes from the row's place, under ``NUMBER_ROLE``: kept out of the displayed data so a row
reads the same wherever it moves, and the view puts it in front of the text.

An objective index carries id 0, a function index its objective's *key*: keys never change
when rows move, so a function's index still finds its parent after its objective was
dragged elsewhere.

Rows move only to places the template allows: functions within or between objectives,
objectives among themselves; never a function at the top level or an objective inside
another. ``edited`` fires on every change the user made (not on issue marks).
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core.i18n import N_, _
from core.job_description.entities import PARTICIPATION_LABELS, JobFunction, Objective, Participation
from gui.job_description_moves import (
    MIME_TYPE,
    Destination,
    RowKey,
    decode_row,
    drop_destination,
    encode_row,
    step_destination,
)
from gui.job_description_row_marks import RowIssue, RowMarks

Index = QModelIndex | QPersistentModelIndex
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECTIVE_ID = 0


class TreeColumn(enum.IntEnum):
    TEXT = 0
    CRITERION = 1
    ASSIST = 2
    PERFORM = 3
    CONTROL = 4
    DECIDE = 5


CODE_COLUMNS: dict[TreeColumn, Participation] = {
    TreeColumn.ASSIST: Participation.ASSIST,
    TreeColumn.PERFORM: Participation.PERFORM,
    TreeColumn.CONTROL: Participation.CONTROL,
    TreeColumn.DECIDE: Participation.DECIDE,
}
HEADERS: dict[TreeColumn, str] = {
    TreeColumn.TEXT: N_("Objective / function"),
    TreeColumn.CRITERION: N_("Performance criterion"),
}


def column_part(column: TreeColumn) -> str:
    """The part of a row a column shows, as issue paths name it ("…functions.2.criterion")."""
    if column in CODE_COLUMNS:
        return "participation"
    return "criterion" if column is TreeColumn.CRITERION else ""


@dataclass
class _Function:
    text: str = ""
    criterion: str = ""
    participation: set[Participation] = field(default_factory=set)

    def entity(self) -> JobFunction:
        return JobFunction(self.text, self.criterion, frozenset(self.participation))


@dataclass
class _Objective:
    key: int
    text: str = ""
    functions: list[_Function] = field(default_factory=list)


class ObjectiveTreeModel(QAbstractItemModel):
    """``set_objectives`` / ``objectives``; ``move_up``/``move_down``/drops reorder within the template's rules."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._objectives: list[_Objective] = []
        self._keys = itertools.count(1)
        self._marks = RowMarks()
        self._read_only = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- the record ------------------------------------------------------------------------------

    def set_objectives(self, objectives: Sequence[Objective]) -> None:
        self.beginResetModel()
        self._objectives = [
            _Objective(next(self._keys), o.text,
                       [_Function(f.text, f.criterion, set(f.participation)) for f in o.functions])
            for o in objectives
        ]
        self._marks.clear()
        self.endResetModel()

    def objectives(self) -> tuple[Objective, ...]:
        return tuple(Objective(o.text, tuple(f.entity() for f in o.functions)) for o in self._objectives)

    def set_read_only(self, read_only: bool) -> None:
        """No checking, dragging or dropping: the tree of an approved version is for reading."""
        self.beginResetModel()
        self._read_only = read_only
        self.endResetModel()

    @property
    def is_read_only(self) -> bool:
        return self._read_only

    # -- positions -------------------------------------------------------------------------------

    def row_key(self, index: Index) -> RowKey | None:
        """(objective, function or None) of *index*."""
        if not index.isValid():
            return None
        if index.internalId() == OBJECTIVE_ID:
            return index.row(), None
        return self._row_of_key(index.internalId()), index.row()

    def index_of(self, key: RowKey, column: int = 0) -> QModelIndex:
        objective, function = key
        if function is None:
            return self.index(objective, column)
        return self.index(function, column, self.index(objective, 0))

    def function_count(self, objective: int) -> int:
        return len(self._objectives[objective].functions)

    def _row_of_key(self, key: int) -> int:
        return next(row for row, o in enumerate(self._objectives) if o.key == key)

    def _node(self, index: Index) -> _Objective | _Function:
        if index.internalId() == OBJECTIVE_ID:
            return self._objectives[index.row()]
        return self._objectives[self._row_of_key(index.internalId())].functions[index.row()]

    @staticmethod
    def number(key: RowKey) -> str:
        """ "2" for the second objective, "2.3" for its third function."""
        objective, function = key
        return f"{objective + 1}" if function is None else f"{objective + 1}.{function + 1}"

    # -- Qt's model interface --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, OBJECTIVE_ID)
        return self.createIndex(row, column, self._objectives[parent.row()].key)

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == OBJECTIVE_ID:
            return QModelIndex()
        return self.createIndex(self._row_of_key(index.internalId()), 0, OBJECTIVE_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._objectives)
        if parent.column() != 0 or parent.internalId() != OBJECTIVE_ID:
            return 0
        return len(self._objectives[parent.row()].functions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(TreeColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.internalId() == OBJECTIVE_ID:
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in CODE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = self._node(index), TreeColumn(index.column())
        key = self.row_key(index)
        assert key is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(node, column)
        if role == NUMBER_ROLE:
            return self.number(key)
        if role == Qt.ItemDataRole.CheckStateRole and isinstance(node, _Function) and column in CODE_COLUMNS:
            checked = CODE_COLUMNS[column] in node.participation
            return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column, key)
        if role == Qt.ItemDataRole.DecorationRole and column is TreeColumn.TEXT:
            return self._marks.icon(key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._marks.background(key, column_part(column))
        if role == Qt.ItemDataRole.FontRole and isinstance(node, _Objective):
            return self._bold
        return None

    @staticmethod
    def _display(node: _Objective | _Function, column: TreeColumn) -> str | None:
        if column is TreeColumn.TEXT:
            return node.text
        if column is TreeColumn.CRITERION and isinstance(node, _Function):
            return node.criterion
        return None

    def _tooltip(self, node: _Objective | _Function, column: TreeColumn, key: RowKey) -> str | None:
        lines = self._marks.messages(key)
        if column in CODE_COLUMNS:
            code = CODE_COLUMNS[column]
            return "\n".join([f"{code.value} — {_(PARTICIPATION_LABELS[code])}", *lines])
        text = self._display(node, column) or ""
        if column is TreeColumn.TEXT:
            text = f"{self.number(key)}. {text}"
        return "\n".join(part for part in (text, *lines) if part) or None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TreeColumn):
            return None
        column = TreeColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return CODE_COLUMNS[column].value if column in CODE_COLUMNS else _(HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in CODE_COLUMNS:
            return _(PARTICIPATION_LABELS[CODE_COLUMNS[column]])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._read_only:
            return False
        node, column = self._node(index), TreeColumn(index.column())
        if role == Qt.ItemDataRole.EditRole and column is TreeColumn.TEXT:
            node.text = str(value)
        elif role == Qt.ItemDataRole.EditRole and column is TreeColumn.CRITERION and isinstance(node, _Function):
            node.criterion = str(value)
        elif role == Qt.ItemDataRole.CheckStateRole and isinstance(node, _Function) and column in CODE_COLUMNS:
            code = CODE_COLUMNS[column]
            if _is_checked(value):
                node.participation.add(code)
            else:
                node.participation.discard(code)
        else:
            return False
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.edited.emit()
        return True

    # -- adding and removing ---------------------------------------------------------------------

    def add_objective(self, at: int | None = None) -> QModelIndex:
        """A new empty objective at row *at* (the end by default)."""
        row = len(self._objectives) if at is None else at
        self.beginInsertRows(QModelIndex(), row, row)
        self._objectives.insert(row, _Objective(next(self._keys)))
        self.endInsertRows()
        self._renumbered()
        self.edited.emit()
        return self.index(row, TreeColumn.TEXT)

    def add_function(self, objective: int, at: int | None = None) -> QModelIndex:
        """A new empty function in *objective* at row *at* (the end by default)."""
        functions = self._objectives[objective].functions
        row = len(functions) if at is None else at
        parent = self.index(objective, 0)
        self.beginInsertRows(parent, row, row)
        functions.insert(row, _Function())
        self.endInsertRows()
        self._renumbered()
        self.edited.emit()
        return self.index(row, TreeColumn.TEXT, parent)

    def remove(self, index: Index) -> None:
        key = self.row_key(index)
        if key is None:
            return
        objective, function = key
        if function is None:
            self.beginRemoveRows(QModelIndex(), objective, objective)
            del self._objectives[objective]
        else:
            self.beginRemoveRows(self.index(objective, 0), function, function)
            del self._objectives[objective].functions[function]
        self.endRemoveRows()
        self._renumbered()
        self.edited.emit()

    # -- moving ----------------------------------------------------------------------------------

    def move_objective(self, source: int, destination: int) -> bool:
        """Move objective *source* before row *destination* (counted before the move, as Qt does)."""
        if destination in (source, source + 1) or not 0 <= destination <= len(self._objectives):
            return False
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination):
            return False
        node = self._objectives.pop(source)
        self._objectives.insert(destination - 1 if destination > source else destination, node)
        self.endMoveRows()
        self._renumbered()
        self.edited.emit()
        return True

    def move_function(self, source: RowKey, objective: int, destination: int) -> bool:
        """Move the function at *source* into *objective*, before row *destination* (counted before the move)."""
        from_objective, row = source
        assert row is not None
        same = from_objective == objective
        if same and destination in (row, row + 1):
            return False
        if not 0 <= destination <= len(self._objectives[objective].functions):
            return False
        if not self.beginMoveRows(self.index(from_objective, 0), row, row, self.index(objective, 0), destination):
            return False
        node = self._objectives[from_objective].functions.pop(row)
        self._objectives[objective].functions.insert(destination - 1 if same and destination > row else destination,
                                                     node)
        self.endMoveRows()
        self._renumbered()
        self.edited.emit()
        return True

    def move_up(self, index: Index) -> QModelIndex:
        """One place up; a first function goes to the end of the previous objective. Returns the new index."""
        return self._move(index, -1)

    def move_down(self, index: Index) -> QModelIndex:
        """One place down; a last function goes to the start of the next objective. Returns the new index."""
        return self._move(index, 1)

    def _move(self, index: Index, step: int) -> QModelIndex:
        key = self.row_key(index)
        if key is None or self._read_only:
            return QModelIndex()
        found = step_destination(key, step, self.sizes())
        if found is None:
            return self.index_of(key, index.column())
        landing, destination = found
        self._apply_move(key, destination)
        return self.index_of(landing, index.column())

    def _apply_move(self, source: RowKey, destination: Destination) -> bool:
        objective, before = destination
        if source[1] is None:
            return self.move_objective(source[0], before)
        return self.move_function(source, objective, before)

    def sizes(self) -> list[int]:
        """How many functions each objective has: all the move rules need to know."""
        return [len(o.functions) for o in self._objectives]

    def _renumbered(self) -> None:
        """Numbers follow positions: after any change every number cell may read differently."""
        if not self._objectives:
            return
        last = len(self._objectives) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, 0), [NUMBER_ROLE])
        for row, objective in enumerate(self._objectives):
            if objective.functions:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(objective.functions) - 1, 0, parent),
                                      [NUMBER_ROLE])

    # -- drag and drop ---------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged row's position, one row at a time."""
        key = next((self.row_key(i) for i in indexes if i.isValid()), None)
        return encode_row(key) if key is not None else QMimeData()

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self._drop(data, action, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Moves the row itself (the view must not delete the source afterwards, see the tree view)."""
        found = self._drop(data, action, row, parent)
        return found is not None and self._apply_move(*found)

    def _drop(self, data: QMimeData, action: Qt.DropAction, row: int,
              parent: Index) -> tuple[RowKey, Destination] | None:
        if self._read_only or action != Qt.DropAction.MoveAction:
            return None
        source = decode_row(data, self.sizes())
        if source is None:
            return None
        destination = drop_destination(source, row, self.row_key(parent), self.sizes())
        return (source, destination) if destination is not None else None

    # -- issues ----------------------------------------------------------------------------------

    def set_issues(self, issues: Mapping[RowKey, Sequence[RowIssue]]) -> None:
        """Mark rows (icon, cell colour, tooltip) with the issues found at their positions."""
        self._marks.set(issues)
        last = len(TreeColumn) - 1
        for row, objective in enumerate(self._objectives):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            if objective.functions:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(objective.functions) - 1, last, parent))

    def issues_at(self, key: RowKey) -> list[RowIssue]:
        return self._marks.at(key)

    def marked_rows(self) -> list[RowKey]:
        return self._marks.rows()


def _is_checked(value: Any) -> bool:
    """The view sends an int, a test may send the enum: both mean the same state."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value
