"""One step of a performance contract: its date, and for an evaluation the rating and the evaluator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from core.i18n import _
from core.performance.policy import ContractStep, PerformancePolicy
from core.performance.rules import DATE_FIELD, EVALUATOR_FIELD, RATING_FIELD
from core.validation import ValidationReport
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date

EVALUATIONS = (ContractStep.HALF_YEAR_EVALUATION, ContractStep.YEAR_EVALUATION)


@dataclass(frozen=True, slots=True)
class StepEntry:
    """What the form read: the date and, for an evaluation, the rating code and the evaluator."""

    on: date
    rating: str = ""
    evaluator: str = ""


class PerformanceStepForm(QWidget):
    """The date is checked by core (``validate_step``); its message appears beside the date."""

    def __init__(
        self,
        step: ContractStep,
        *,
        policy: PerformancePolicy | None = None,
        evaluator: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        policy = policy or PerformancePolicy()
        self.on_edit = make_date_edit(self)
        self.on_edit.setObjectName("on_edit")
        self.on_edit.setDate(QDate.currentDate())
        self.rating_combo = ChoiceCombo(self, none_text=_("— choose —"))
        self.rating_combo.setObjectName("rating_combo")
        self.rating_combo.set_choices((grade.label, grade.code) for grade in policy.ratings)
        self.evaluator_edit = QLineEdit(evaluator, self)
        self.evaluator_edit.setObjectName("evaluator_edit")
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        rows: list[tuple[str, str, QWidget]] = [(_("Date"), DATE_FIELD, self.on_edit)]
        if step in EVALUATIONS:
            rows += [
                (_("Rating"), RATING_FIELD, self.rating_combo),
                (_("Evaluated by"), EVALUATOR_FIELD, self.evaluator_edit),
            ]
        form = QFormLayout()
        chain_tab_order(add_field_rows(form, self._issues, rows))
        message_over_form(self, self.general_message, form)

    @property
    def first_widget(self) -> QWidget:
        return self.on_edit

    def read(self) -> StepEntry:
        if self.step not in EVALUATIONS:
            return StepEntry(on=to_date(self.on_edit.date()))
        rating = self.rating_combo.value()
        return StepEntry(to_date(self.on_edit.date()), rating or "", self.evaluator_edit.text())

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)
