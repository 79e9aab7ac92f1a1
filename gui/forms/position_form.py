"""A position: title, unit, category and class (ТЗ-6), rank and number of posts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from core.civil_service import ADMINISTRATIVE_RANKS, MAX_CLASS_NUMBER, administrative_rank
from core.entities import Department, Position, ServiceCategory
from core.i18n import N_, _
from core.validation import MAX_POSTS, ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage

CATEGORY_LABELS: dict[ServiceCategory, str] = {
    ServiceCategory.ADMINISTRATIVE: N_("ТЗ — administrative"),
    ServiceCategory.SPECIAL: N_("ТТ — special"),
    ServiceCategory.SERVICE: N_("ТҮ — service"),
    ServiceCategory.POLITICAL: N_("УТ — political"),
}


class PositionForm(QWidget):
    """For ТЗ positions the rank follows the class until the user types another one."""

    def __init__(self, units: Sequence[Department] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._position: Position | None = None
        self._auto_rank = ""
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMinimumWidth(360)
        self.department_combo = ChoiceCombo(self, none_text=_("— no unit —"))
        self.department_combo.setObjectName("department_combo")
        self.department_combo.set_units(units)
        self.category_combo = ChoiceCombo(self)
        self.category_combo.setObjectName("category_combo")
        self.category_combo.set_choices((_(label), c) for c, label in CATEGORY_LABELS.items())
        self.class_number_spin = QSpinBox(self)
        self.class_number_spin.setObjectName("class_number_spin")
        self.class_number_spin.setRange(0, max(MAX_CLASS_NUMBER.values()))
        self.class_number_spin.setSpecialValueText(_("none"))
        self.rank_combo = QComboBox(self)
        self.rank_combo.setObjectName("rank_combo")
        self.rank_combo.setEditable(True)
        self.rank_combo.addItems([rank for rank, _classes in ADMINISTRATIVE_RANKS])
        self.posts_spin = QSpinBox(self)
        self.posts_spin.setObjectName("posts_spin")
        self.posts_spin.setRange(1, MAX_POSTS)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.class_number_spin.valueChanged.connect(self._suggest_rank)
        self.category_combo.currentIndexChanged.connect(self._suggest_rank)
        self.populate(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Title"), "title", self.title_edit),
            (_("Unit"), "department_id", self.department_combo),
            (_("Category"), "category", self.category_combo),
            (_("Class"), "class_number", self.class_number_spin),
            (_("Rank"), "rank", self.rank_combo),
            (_("Posts"), "posts", self.posts_spin),
        ])
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.title_edit

    def populate(self, position: Position | None, *, department_id: int | None = None) -> None:
        self._position = position
        self._issues.clear()
        p = position
        self.title_edit.setText(p.title if p else "")
        self.department_combo.set_value(p.department_id if p else department_id)
        self.category_combo.set_value(p.category if p else ServiceCategory.ADMINISTRATIVE)
        self.class_number_spin.setValue((p.class_number or 0) if p else 0)
        self.rank_combo.setEditText(p.rank if p else "")
        self._auto_rank = ""
        self.posts_spin.setValue(p.posts if p else 1)

    def read(self) -> Position:
        number = self.class_number_spin.value()
        typed = {
            "title": self.title_edit.text(),
            "department_id": self.department_combo.value(),
            "category": self.category_combo.value(),
            "class_number": number or None,
            "rank": self.rank_combo.currentText(),
            "posts": self.posts_spin.value(),
        }
        return replace(self._position, **typed) if self._position else Position(**typed)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _suggest_rank(self) -> None:
        """Fill the rank that goes with a ТЗ class, unless the user wrote their own."""
        if self.category_combo.value() is not ServiceCategory.ADMINISTRATIVE:
            return
        current = self.rank_combo.currentText().strip()
        if current and current != self._auto_rank:
            return
        suggested = administrative_rank(self.class_number_spin.value()) or ""
        self.rank_combo.setEditText(suggested)
        self._auto_rank = suggested
