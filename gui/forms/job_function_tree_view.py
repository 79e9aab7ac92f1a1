"""The tree of objectives and functions: keyboard moves, and drags the model itself carries out.

Qt's own drag deletes the source rows after a move-drop, expecting the model to have
copied them; our model *moves* the row in ``dropMimeData``, so the view runs the drag
itself and never deletes anything afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from gui.job_description_tree import NUMBER_ROLE, ObjectiveTreeModel, TreeColumn

CTRL = Qt.KeyboardModifier.ControlModifier
MOVE_UP = QKeyCombination(CTRL, Qt.Key.Key_Up)
MOVE_DOWN = QKeyCombination(CTRL, Qt.Key.Key_Down)
ADD_FUNCTION = QKeyCombination(Qt.Key.Key_Insert)
ADD_OBJECTIVE = QKeyCombination(CTRL, Qt.Key.Key_Insert)
REMOVE = QKeyCombination(Qt.Key.Key_Delete)
EDIT_KEYS = (QKeyCombination(Qt.Key.Key_F2), QKeyCombination(Qt.Key.Key_Return), QKeyCombination(Qt.Key.Key_Enter))
CODE_COLUMN_WIDTH = 34


class NumberedTextDelegate(QStyledItemDelegate):
    """Puts the row's number ("1.2") in front of its text; the model keeps the two apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        number = index.data(NUMBER_ROLE)
        if number:
            option.text = f"{number}.\u2002{option.text}"


class JobFunctionTreeView(QTreeView):
    """Emits what the keyboard asks for; the section decides (it may confirm a removal first)."""

    move_requested = Signal(int)  # -1 up, +1 down
    add_function_requested = Signal()
    add_objective_requested = Signal()
    remove_requested = Signal()
    edit_requested = Signal()

    def __init__(self, model: ObjectiveTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("function_tree")
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # texts are edited in the panel
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)  # one line per row keeps 60 rows instant; the panel shows all
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setExpandsOnDoubleClick(False)
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.setItemDelegateForColumn(TreeColumn.TEXT, NumberedTextDelegate(self))
        self._size_columns()
        model.modelReset.connect(self.expandAll)
        model.rowsInserted.connect(lambda parent, _first, _last: self.expand(parent))

    def _size_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(CODE_COLUMN_WIDTH)
        header.setSectionResizeMode(TreeColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TreeColumn.CRITERION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TreeColumn.CRITERION, 280)
        for column in (TreeColumn.ASSIST, TreeColumn.PERFORM, TreeColumn.CONTROL, TreeColumn.DECIDE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, CODE_COLUMN_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def tree_model(self) -> ObjectiveTreeModel:
        model = self.model()
        assert isinstance(model, ObjectiveTreeModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = event.keyCombination()
        if keys in EDIT_KEYS:
            self.edit_requested.emit()
        elif self.tree_model().is_read_only:
            super().keyPressEvent(event)
            return
        elif keys in (MOVE_UP, MOVE_DOWN):
            self.move_requested.emit(-1 if keys == MOVE_UP else 1)
        elif keys == ADD_FUNCTION:
            self.add_function_requested.emit()
        elif keys == ADD_OBJECTIVE:
            self.add_objective_requested.emit()
        elif keys == REMOVE:
            self.remove_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the current row; the drop moves it in the model, so nothing is removed here."""
        index = self.currentIndex()
        if not index.isValid() or self.tree_model().is_read_only:
            return
        drag = QDrag(self)
        drag.setMimeData(self.tree_model().mimeData([index.siblingAtColumn(TreeColumn.TEXT)]))
        rect = self.visualRect(index.siblingAtColumn(TreeColumn.TEXT))
        drag.setPixmap(self.viewport().grab(rect))
        drag.exec(Qt.DropAction.MoveAction)
