"""The editor under the tree for its current row: long texts need room that a tree cell lacks.

It writes through the model (``setData``), so the tree, the panel and ``read()`` can never
disagree; a tick in the tree shows here at once and the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core.i18n import _
from core.job_description.entities import PARTICIPATION_LABELS, PARTICIPATION_ORDER, Participation
from core.validation import ValidationIssue
from gui.job_description_moves import RowKey
from gui.job_description_tree import CODE_COLUMNS, ObjectiveTreeModel, TreeColumn
from gui.views import heading
from gui.widgets.field_message import FieldMessage

COLUMN_OF: dict[Participation, TreeColumn] = {code: column for column, code in CODE_COLUMNS.items()}


def _text_edit(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class JobFunctionPanel(QWidget):
    """Bound to one row through a persistent index, so it follows the row when rows move."""

    def __init__(self, model: ObjectiveTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._row = QPersistentModelIndex()
        self._loading = False
        self.title_label = heading("", self)
        self.text_edit = _text_edit(self, "function_text_edit", 3)
        self.criterion_edit = _text_edit(self, "function_criterion_edit", 2)
        self.code_checks: dict[Participation, QCheckBox] = {}
        codes = QHBoxLayout()
        codes.setContentsMargins(0, 0, 0, 0)
        for code in PARTICIPATION_ORDER:
            check = QCheckBox(f"{code.value} — {_(PARTICIPATION_LABELS[code])}", self)
            check.setObjectName(f"code_{code.name.lower()}_check")
            check.toggled.connect(lambda on, c=code: self._on_code(c, on))
            self.code_checks[code] = check
            codes.addWidget(check)
        codes.addStretch(1)
        self.codes_box = QWidget(self)
        self.codes_box.setLayout(codes)
        self.text_message = FieldMessage(self)
        self.criterion_message = FieldMessage(self)
        self.codes_message = FieldMessage(self)
        self._build_layout()
        self.text_edit.textChanged.connect(lambda: self._on_text(TreeColumn.TEXT, self.text_edit))
        self.criterion_edit.textChanged.connect(lambda: self._on_text(TreeColumn.CRITERION, self.criterion_edit))
        model.dataChanged.connect(self._on_model_changed)
        model.modelReset.connect(self.refresh)
        model.rowsMoved.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        self.refresh()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.text_label = QLabel(_("Text"), self)
        self.criterion_label = QLabel(_("Performance criterion"), self)
        self.codes_label = QLabel(_("Participation"), self)
        form.addRow(self.text_label, _stacked(self.text_edit, self.text_message))
        form.addRow(self.criterion_label, _stacked(self.criterion_edit, self.criterion_message))
        form.addRow(self.codes_label, _stacked(self.codes_box, self.codes_message))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(form)

    def tab_widgets(self) -> list[QWidget]:
        return [self.text_edit, self.criterion_edit, *self.code_checks.values()]

    # -- binding ---------------------------------------------------------------------------------

    def set_row(self, index: QModelIndex) -> None:
        self._row = QPersistentModelIndex(index.siblingAtColumn(0)) if index.isValid() else QPersistentModelIndex()
        self.refresh()

    def _cell(self, column: TreeColumn) -> QModelIndex:
        return self._model.index(self._row.row(), column, self._row.parent())

    def row_key(self) -> RowKey | None:
        return self._model.row_key(self._row) if self._row.isValid() else None

    def refresh(self, *_args: object) -> None:
        """Show the bound row's values and issues (nothing when no row is chosen)."""
        key = self.row_key()
        is_function = key is not None and key[1] is not None
        self._loading = True
        self.title_label.setText(self._title(key))
        self._set_text(self.text_edit, TreeColumn.TEXT)
        self._set_text(self.criterion_edit, TreeColumn.CRITERION)
        node_codes = self._codes() if is_function else set()
        for code, check in self.code_checks.items():
            check.setChecked(code in node_codes)
        self._loading = False
        for widget in (self.criterion_label, self.criterion_edit, self.codes_label, self.codes_box):
            widget.setVisible(is_function)
        self.text_edit.setEnabled(key is not None)
        self._set_read_only(self._model.is_read_only)
        self._show_issues(self._model.issues_at(key) if key is not None else [])

    def _title(self, key: RowKey | None) -> str:
        if key is None:
            return _("Choose an objective or a function in the list above to edit it here.")
        number = ObjectiveTreeModel.number(key)
        if key[1] is None:
            return _("Objective {number}").format(number=number)
        return _("Function {number}").format(number=number)

    def _set_text(self, edit: QPlainTextEdit, column: TreeColumn) -> None:
        value = self._cell(column).data(Qt.ItemDataRole.EditRole) if self._row.isValid() else None
        text = value if isinstance(value, str) else ""
        if edit.toPlainText() != text:  # keep the cursor where it is while the typist's own edit echoes back
            edit.setPlainText(text)

    def _codes(self) -> set[Participation]:
        found = set()
        for code, column in COLUMN_OF.items():
            if self._cell(column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value:
                found.add(code)
        return found

    def _set_read_only(self, read_only: bool) -> None:
        self.text_edit.setReadOnly(read_only)
        self.criterion_edit.setReadOnly(read_only)
        for check in self.code_checks.values():
            check.setEnabled(not read_only)

    def _show_issues(self, issues: list[tuple[str, ValidationIssue]]) -> None:
        self.text_message.show_issues([i for part, i in issues if part == ""])
        self.criterion_message.show_issues([i for part, i in issues if part == "criterion"])
        self.codes_message.show_issues([i for part, i in issues if part == "participation"])

    # -- edits -----------------------------------------------------------------------------------

    def _on_text(self, column: TreeColumn, edit: QPlainTextEdit) -> None:
        if not self._loading and self._row.isValid():
            self._model.setData(self._cell(column), edit.toPlainText(), Qt.ItemDataRole.EditRole)

    def _on_code(self, code: Participation, on: bool) -> None:
        if self._loading or not self._row.isValid():
            return
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self._model.setData(self._cell(COLUMN_OF[code]), state.value, Qt.ItemDataRole.CheckStateRole)

    def _on_model_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        if not self._row.isValid() or self._loading:
            return
        if top_left.parent() == self._row.parent() and top_left.row() <= self._row.row() <= bottom_right.row():
            self.refresh()


def _stacked(widget: QWidget, message: FieldMessage) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box
