"""A support payment or award: the kind from the regulation, the sum it allows, the relative, the order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from core.entities import Employee
from core.i18n import _
from core.payments.catalogue import PaymentKind, PaymentPolicy
from core.payments.entities import Payment
from core.payments.family import RELATION_LABELS, FamilyMember
from core.payments.rules import default_amount
from core.payments.validation import AMOUNT_MAX, not_offered
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.payment_labels import amount_rule_text, kind_title
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date

FamilyLoader = Callable[[int], Sequence[FamilyMember]]


class PaymentForm(QWidget):
    """New payments only: a recorded one is annulled, never edited."""

    def __init__(
        self,
        employees: Sequence[Employee],
        family_of: FamilyLoader,
        policy: PaymentPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy or PaymentPolicy()
        self._family_of = family_of
        self.employee_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.employee_combo.setObjectName("employee_combo")
        self.employee_combo.set_employees(employees)
        self.kind_code_combo = ChoiceCombo(self)
        self.kind_code_combo.setObjectName("kind_code_combo")
        self.kind_code_combo.set_choices((kind_title(k), k.code) for k in self._policy.offered)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("rule_label")
        self.rule_label.setWordWrap(True)
        self.family_member_combo = ChoiceCombo(self, none_text=_("— nobody —"))
        self.family_member_combo.setObjectName("family_member_combo")
        self.base_salary_spin = _money_spin(self, "base_salary_spin")
        self.amount_spin = _money_spin(self, "amount_spin")
        self.order_number_edit = QLineEdit(self)
        self.order_number_edit.setObjectName("order_number_edit")
        self.order_date_edit = make_date_edit(self)
        self.order_date_edit.setObjectName("order_date_edit")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        self._build_layout()
        self.employee_combo.currentIndexChanged.connect(lambda _index: self._load_family())
        self.kind_code_combo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.base_salary_spin.valueChanged.connect(lambda _value: self._salary_changed())
        self.populate(None)

    def _build_layout(self) -> None:
        form = QFormLayout()
        widgets = add_field_rows(
            form,
            self._issues,
            [
                (_("Employee"), "employee_id", self.employee_combo),
                (_("Kind"), "kind_code", self.kind_code_combo),
                (_("Relative"), "family_member_id", self.family_member_combo),
                (_("Base salary"), "base_salary", self.base_salary_spin),
                (_("Amount"), "amount", self.amount_spin),
                (_("Order no."), "order_number", self.order_number_edit),
                (_("Order date"), "order_date", self.order_date_edit),
                (_("Note"), "note", self.note_edit),
            ],
        )
        form.insertRow(2, "", self.rule_label)
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)

    @property
    def first_widget(self) -> QWidget:
        return self.employee_combo

    @property
    def kind(self) -> PaymentKind:
        kind = self._policy.kind(self.kind_code_combo.value())
        assert kind is not None
        return kind

    def populate(self, payment: Payment | None) -> None:
        """An empty form, or one prefilled (from the "due soon" list: employee, kind, relative)."""
        self._issues.clear()
        p = payment
        self.employee_combo.set_value(p.employee_id if p else None)
        self._load_family()
        if p is not None:
            self.kind_code_combo.set_value(p.kind_code)
        proposed = self._policy.kind(p.kind_code) if p is not None else None
        self.base_salary_spin.setValue((p.base_salary or 0) if p else 0)
        self._kind_changed()
        if p is not None and p.amount is not None:
            self.amount_spin.setValue(p.amount)
        self.family_member_combo.set_value(p.family_member_id if p else None)
        self.order_number_edit.setText(p.order_number if p else "")
        self.order_date_edit.setDate(QDate(p.order_date if p and p.order_date else date.today()))
        self.note_edit.setText(p.note if p else "")
        if proposed is not None and not proposed.offered:  # the combo fell back to another kind: say so
            self.show_issues(ValidationReport((not_offered(proposed),)))

    def read(self) -> Payment:
        """Raises ValidationError when no employee is chosen (the record needs one)."""
        employee_id = self.employee_combo.value()
        if employee_id is None:
            issue = ValidationIssue("employee_id", "required", _("This field is required."))
            raise ValidationError(ValidationReport((issue,)))
        kind = self.kind
        return Payment(
            employee_id=employee_id,
            kind_code=kind.code,
            order_number=self.order_number_edit.text(),
            order_date=to_date(self.order_date_edit.date()),
            amount=self.amount_spin.value() if kind.monetary else None,
            base_salary=(self.base_salary_spin.value() or None) if kind.salary_based else None,
            family_member_id=self.family_member_combo.value() if kind.relations else None,
            note=self.note_edit.text(),
        )

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _load_family(self) -> None:
        employee_id = self.employee_combo.value()
        members = self._family_of(employee_id) if employee_id is not None else []
        self.family_member_combo.set_choices(
            (f"{_(RELATION_LABELS[m.relation])}: {m.name} ({m.birth_date.isoformat()})", m.id) for m in members
        )

    def _kind_changed(self) -> None:
        kind = self.kind
        self.rule_label.setText(amount_rule_text(kind))
        self.family_member_combo.setEnabled(bool(kind.relations))
        self.base_salary_spin.setEnabled(kind.salary_based)
        self.amount_spin.setEnabled(kind.monetary)
        self._salary_changed()

    def _salary_changed(self) -> None:
        kind = self.kind
        amount = default_amount(kind, self.base_salary_spin.value() or None)
        self.amount_spin.setValue(amount or 0)


def _money_spin(parent: QWidget, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, AMOUNT_MAX)
    spin.setSingleStep(10_000)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(" ₮")
    return spin
