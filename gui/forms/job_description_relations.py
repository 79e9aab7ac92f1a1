"""Section IV, relations: whom the position reports to, whom it manages (with the total), other parties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.i18n import _
from core.job_description import wording
from core.job_description.entities import JobDescription, Relations, Subordinate
from core.validation import ValidationIssue
from gui.forms.job_description_issues import FieldBinder, by_index, under
from gui.widgets.line_list_editor import LineListEditor
from gui.widgets.table_rows_editor import TableRowsEditor


class RelationsSection(QWidget):
    """The total under the subordinates is computed as rows change, as the printed "Нийт" line is."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports_to_edit = QLineEdit(self)
        self.reports_to_edit.setObjectName("reports_to_edit")
        self.reports_to_edit.textEdited.connect(lambda _text: self.changed.emit())
        self.subordinate_table = TableRowsEditor([_("Position"), _("Posts")], ("", 1), self, visible_rows=4)
        self.subordinate_table.setObjectName("subordinate_table")
        self.subordinate_table.changed.connect(self._on_subordinates)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total_label")
        self.other_parties_editor = LineListEditor(self, visible_rows=4)
        self.other_parties_editor.setObjectName("other_parties_editor")
        self.other_parties_editor.changed.connect(self.changed)
        self._binder = FieldBinder()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_label(_("Reports to"), wording.REPORTS_TO),
                    self._binder.bind("relations.reports_to", self.reports_to_edit))
        form.addRow(_label(_("Directly manages"), wording.SUBORDINATES), self.subordinate_table)
        form.addRow("", self.total_label)
        form.addRow(_label(_("Other parties"), wording.OTHER_PARTIES), self.other_parties_editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._update_total()

    def tab_widgets(self) -> list[QWidget]:
        return [self.reports_to_edit, *self.subordinate_table.tab_widgets(), *self.other_parties_editor.tab_widgets()]

    def subordinates(self) -> tuple[Subordinate, ...]:
        return tuple(Subordinate(str(title), int(count)) for title, count in self.subordinate_table.rows())

    def populate(self, description: JobDescription) -> None:
        relations = description.relations
        self.reports_to_edit.setText(relations.reports_to)
        self.reports_to_edit.setCursorPosition(0)
        self.subordinate_table.set_rows([(s.title, s.count) for s in relations.subordinates])
        self.other_parties_editor.set_lines(relations.other_parties)
        self._update_total()

    def read(self, description: JobDescription) -> JobDescription:
        relations: Relations = replace(description.relations, reports_to=self.reports_to_edit.text(),
                                       subordinates=self.subordinates(),
                                       other_parties=self.other_parties_editor.lines())
        return replace(description, relations=relations)

    def _on_subordinates(self) -> None:
        self._update_total()
        self.changed.emit()

    def _update_total(self) -> None:
        total = Relations(subordinates=self.subordinates()).subordinate_total
        self.total_label.setText(_("Total: {total}").format(total=total))

    def show_issues(self, issues: Sequence[ValidationIssue]) -> list[ValidationIssue]:
        subordinates, rest = under(issues, "relations.subordinates")
        self.subordinate_table.show_issues(*by_index(subordinates))  # core keeps every subordinate row
        parties, rest = under(rest, "relations.other_parties")
        self.other_parties_editor.show_issues(*by_index(parties))
        return self._binder.show(rest)

    def first_error_widget(self) -> QWidget | None:
        return self._binder.first_error_widget()


def _label(text: str, printed: str) -> QLabel:
    label = QLabel(text)
    label.setToolTip(printed)
    return label
