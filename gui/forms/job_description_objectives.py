"""Section II: the purpose paragraph, the objectives and their functions, and the row editor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.i18n import _
from core.job_description.entities import JobDescription
from core.validation import Severity, ValidationIssue
from gui.forms.job_function_panel import JobFunctionPanel
from gui.forms.job_function_tree_view import JobFunctionTreeView
from gui.job_description_moves import RowKey
from gui.job_description_row_marks import RowIssue
from gui.job_description_tree import ObjectiveTreeModel, TreeColumn
from gui.views import heading
from gui.widgets.buttons import action_button
from gui.widgets.field_message import FieldMessage

#: "2", "2.functions.0", "2.functions.0.criterion" after the "objectives." prefix.
_ROW_PATH = re.compile(r"^(\d+)(?:\.functions\.(\d+))?(?:\.(criterion|participation))?$")
#: The message under the tree lists at most this many rows; the marks show them all.
LISTED_ROWS = 6


def confirm_remove_objective(parent: QWidget, number: str, functions: int) -> bool:
    """Removing an objective takes its functions with it: asked first (tests replace this)."""
    answer = QMessageBox.question(
        parent, _("Remove objective"),
        _("Objective {number} has {count} functions. Remove it with its functions?").format(
            number=number, count=functions),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ObjectivesSection(QWidget):
    """``changed`` on every edit; ``show_issues`` takes the issues whose field starts with "purpose"/"objectives"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.purpose_edit = QPlainTextEdit(self)
        self.purpose_edit.setObjectName("purpose_edit")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setFixedHeight(self.purpose_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.purpose_message = FieldMessage(self)
        self.model = ObjectiveTreeModel(self)
        self.tree = JobFunctionTreeView(self.model, self)
        self.tree_message = FieldMessage(self)
        self.tree_message.setObjectName("tree_message")
        self.panel = JobFunctionPanel(self.model, self)
        self._build_buttons()
        self._build_layout()
        self._connect()

    def _build_buttons(self) -> None:
        self.add_objective_button = action_button(self, _("Add objective"), self.add_objective,
                                                  tip=_("A new objective after the current one (Ctrl+Insert)"))
        self.add_function_button = action_button(self, _("Add function"), self.add_function,
                                                 tip=_("A new function in the current objective (Insert)"))
        self.remove_button = action_button(self, _("Remove"), self.remove_current,
                                           tip=_("Remove the current row (Delete)"))
        self.up_button = action_button(self, _("Move up"), lambda: self.move_current(-1),
                                       tip=_("Ctrl+Up; rows can also be dragged"))
        self.down_button = action_button(self, _("Move down"), lambda: self.move_current(1),
                                         tip=_("Ctrl+Down; rows can also be dragged"))

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_objective_button, self.add_function_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint_label = QLabel(_("Tick the participation codes in the list: Т assist, Г perform, Х control, "
                                   "Ш decide. Rows can be dragged to another place."), self)
        self.hint_label.setStyleSheet("color: palette(dark);")
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.tree, 1)
        upper_layout.addWidget(self.hint_label)
        upper_layout.addWidget(self.tree_message)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)  # the user decides how much room each gets
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Purpose of the position"), self))
        layout.addWidget(self.purpose_edit)
        layout.addWidget(self.purpose_message)
        layout.addWidget(heading(_("Objectives and functions"), self))
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.purpose_edit.textChanged.connect(self._on_purpose)
        self.model.edited.connect(self.changed)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.tree.move_requested.connect(self.move_current)
        self.tree.add_function_requested.connect(self.add_function)
        self.tree.add_objective_requested.connect(self.add_objective)
        self.tree.remove_requested.connect(self.remove_current)
        self.tree.edit_requested.connect(self.panel.text_edit.setFocus)
        self.model.modelReset.connect(self._update_buttons)

    def tab_widgets(self) -> list[QWidget]:
        return [self.purpose_edit, self.add_objective_button, self.add_function_button, self.remove_button,
                self.up_button, self.down_button, self.tree, *self.panel.tab_widgets()]

    # -- the record ------------------------------------------------------------------------------

    def populate(self, description: JobDescription) -> None:
        self._loading = True
        self.purpose_edit.setPlainText(description.purpose)
        self._loading = False
        self.model.set_objectives(description.objectives)
        first = self.model.index(0, 0)
        self.tree.setCurrentIndex(first)
        self.panel.set_row(first)
        self.show_issues((), {})

    def read(self, description: JobDescription) -> JobDescription:
        return replace(description, purpose=self.purpose_edit.toPlainText(), objectives=self.model.objectives())

    def set_read_only(self, read_only: bool) -> None:
        self.purpose_edit.setReadOnly(read_only)
        self.hint_label.setVisible(not read_only)
        self.model.set_read_only(read_only)
        self.tree.setCurrentIndex(self.model.index(0, 0))
        self.panel.set_row(self.tree.currentIndex())
        self._update_buttons()

    def _on_purpose(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- editing ---------------------------------------------------------------------------------

    def current_key(self) -> RowKey | None:
        return self.model.row_key(self.tree.currentIndex())

    def add_objective(self) -> None:
        key = self.current_key()
        self._select(self.model.add_objective(None if key is None else key[0] + 1), focus_text=True)

    def add_function(self) -> None:
        """In the current objective, after the current function; starts an objective when there is none."""
        key = self.current_key()
        if key is None:
            if not self.model.rowCount():
                self.model.add_objective()
            key = (self.model.rowCount() - 1, None)
        objective, function = key
        at = None if function is None else function + 1
        self._select(self.model.add_function(objective, at), focus_text=True)

    def remove_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        objective, function = key
        count = self.model.function_count(objective) if function is None else 0
        if count and not confirm_remove_objective(self, ObjectiveTreeModel.number(key), count):
            return
        self.model.remove(self.tree.currentIndex())
        self._select(self._neighbour(objective, function))

    def _neighbour(self, objective: int, function: int | None) -> QModelIndex:
        """The row that takes the removed row's place (or the one before it)."""
        if function is not None:
            count = self.model.function_count(objective)
            if count:
                return self.model.index_of((objective, min(function, count - 1)))
            return self.model.index(objective, 0)
        rows = self.model.rowCount()
        return self.model.index(min(objective, rows - 1), 0) if rows else QModelIndex()

    def move_current(self, step: int) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._select(self.model.move_up(index) if step < 0 else self.model.move_down(index))

    def _select(self, index: QModelIndex, *, focus_text: bool = False) -> None:
        self.tree.setCurrentIndex(index)
        if index.isValid():
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.panel.set_row(index)
        self._update_buttons()
        (self.panel.text_edit if focus_text else self.tree).setFocus()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.set_row(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.model.is_read_only
        key = self.current_key()
        for button in (self.add_objective_button, self.add_function_button):
            button.setEnabled(editable)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable and key is not None)

    # -- issues ----------------------------------------------------------------------------------

    def show_issues(self, purpose: Sequence[ValidationIssue], objectives: dict[str, list[ValidationIssue]]) -> None:
        """*objectives* is keyed by the path after "objectives" ("" for the list as a whole, "2.functions.0")."""
        self.purpose_message.show_issues(purpose)
        rows: dict[RowKey, list[RowIssue]] = {}
        whole: list[ValidationIssue] = list(objectives.get("", ()))
        for path, issues in objectives.items():
            match = _ROW_PATH.match(path)
            if match is None:
                if path:  # a path this editor does not know: shown rather than lost
                    whole.extend(issues)
                continue
            function = int(match.group(2)) if match.group(2) is not None else None
            key: RowKey = (int(match.group(1)), function)
            rows.setdefault(key, []).extend((match.group(3) or "", issue) for issue in issues)
        self.model.set_issues(rows)
        self.tree_message.show_issues(whole + _listed(rows))
        self.panel.refresh()

    def first_marked_row(self) -> QModelIndex:
        """The first row with an error (else the first with a warning): where a refused save sends the eye."""
        rows = self.model.marked_rows()
        errors = [key for key in rows if any(i.severity is Severity.ERROR for _p, i in self.model.issues_at(key))]
        chosen = errors or rows
        return self.model.index_of(chosen[0], TreeColumn.TEXT) if chosen else QModelIndex()

    def focus_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select(index)


def _listed(rows: dict[RowKey, list[RowIssue]]) -> list[ValidationIssue]:
    """The marked rows' messages for the line under the tree, the first few and a count of the rest."""
    issues = [issue for key in sorted(rows, key=lambda k: (k[0], -1 if k[1] is None else k[1]))
              for _part, issue in rows[key]]
    if len(issues) <= LISTED_ROWS:
        return issues
    rest = len(issues) - LISTED_ROWS
    more = ValidationIssue("objectives", "more", _("…and {count} more: see the marked rows.").format(count=rest),
                           issues[LISTED_ROWS].severity)
    return [*issues[:LISTED_ROWS], more]
