"""A unit of the office (regulation 2.2): name, kind, where it sits, and who heads it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from core.entities import UNIT_KIND_LABELS, Department, Employee, UnitKind
from core.i18n import _
from core.validation import ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage


def _subtree(units: Sequence[Department], root: int) -> set[int]:
    ids, changed = {root}, True
    while changed:
        grown = ids | {u.id for u in units if u.parent_id in ids and u.id is not None}
        changed, ids = grown != ids, grown
    return ids


class DepartmentForm(QWidget):
    """The parent list leaves out the unit itself and its sub-units."""

    def __init__(self, units: Sequence[Department] = (), employees: Sequence[Employee] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = list(units)
        self._department: Department | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMinimumWidth(360)
        self.kind_combo = ChoiceCombo(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.set_choices((_(label), kind) for kind, label in UNIT_KIND_LABELS.items())
        self.parent_combo = ChoiceCombo(self, none_text=_("— top level —"))
        self.parent_combo.setObjectName("parent_combo")
        self.head_employee_combo = ChoiceCombo(self, none_text=_("— not chosen —"))
        self.head_employee_combo.setObjectName("head_employee_combo")
        self.head_employee_combo.set_employees(employees)
        self.head_title_edit = QLineEdit(self)
        self.head_title_edit.setObjectName("head_title_edit")
        self.head_title_edit.setPlaceholderText(_("e.g. Хууль, эрх зүйн хэлтсийн дарга"))
        self.sort_order_spin = QSpinBox(self)
        self.sort_order_spin.setObjectName("sort_order_spin")
        self.sort_order_spin.setRange(0, 999)
        self.sort_order_spin.setToolTip(_("Units are listed by this number, then by name"))
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.populate(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(form, self._issues, [
            (_("Name"), "name", self.name_edit),
            (_("Kind"), "kind", self.kind_combo),
            (_("Part of"), "parent_id", self.parent_combo),
            (_("Head"), "head_employee_id", self.head_employee_combo),
            (_("Head's title"), "head_title", self.head_title_edit),
            (_("Order in lists"), "sort_order", self.sort_order_spin),
        ])
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.name_edit

    def populate(self, department: Department | None, *, parent_id: int | None = None) -> None:
        """Show *department*, or a new unit placed under *parent_id*."""
        self._department = department
        self._issues.clear()
        d = department
        own = _subtree(self._units, d.id) if d and d.id is not None else set()
        self.parent_combo.set_units([u for u in self._units if u.id not in own])
        self.name_edit.setText(d.name if d else "")
        self.kind_combo.set_value(d.kind if d else UnitKind.DEPARTMENT)
        self.parent_combo.set_value(d.parent_id if d else parent_id)
        self.head_employee_combo.set_value(d.head_employee_id if d else None)
        self.head_title_edit.setText(d.head_title if d else "")
        self.sort_order_spin.setValue(d.sort_order if d else 0)

    def read(self) -> Department:
        typed = {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.value(),
            "parent_id": self.parent_combo.value(),
            "head_employee_id": self.head_employee_combo.value(),
            "head_title": self.head_title_edit.text(),
            "sort_order": self.sort_order_spin.value(),
        }
        return replace(self._department, **typed) if self._department else Department(**typed)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
