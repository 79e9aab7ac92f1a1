"""The head's agreement and the chief's approval of the vacation schedule (6.11): a date and a name.

The name is filled in with whoever signs for the role on the date (an acting official included)
and may be corrected; a date outside March is warned about, not refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.vacation.schedule import DepartmentAgreement, VacationSchedule
from core.validation import NAME_MAX, ValidationReport
from gui.forms.entity_dialog import EntityDialog
from gui.forms.field_rows import add_field_rows, message_over_form
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import make_date_edit, to_date

#: Who signs on a date, and the rules' warnings for it: (name, report).
Lookup = Callable[[date], tuple[str, ValidationReport]]


class SignOffForm(QWidget):
    """A date and the signer's name as printed; the name follows the date until the user types one."""

    def __init__(self, what: str, name_field: str, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._typed = False
        self.what_label = QLabel(what, self)
        self.on_edit = make_date_edit(self)
        self.on_edit.setObjectName("on_edit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMaxLength(2 * NAME_MAX)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        form = QFormLayout()
        form.addRow(self.what_label)
        widgets = add_field_rows(
            form,
            self._issues,
            [(_("Date"), "approved_on", self.on_edit), (_("Name as printed"), name_field, self.name_edit)],
        )
        message_over_form(self, self.general_message, form)
        chain_tab_order(widgets)
        self.on_edit.dateChanged.connect(lambda _day: self.refresh())
        self.name_edit.textEdited.connect(self._name_typed)
        self.on_edit.setDate(QDate.currentDate())
        self.refresh()

    @property
    def first_widget(self) -> QWidget:
        return self.on_edit

    def refresh(self) -> None:
        name, report = self._lookup(self.on)
        if not self._typed:
            self.name_edit.setText(name)
        self._issues.show(report, focus=False)

    @property
    def on(self) -> date:
        return to_date(self.on_edit.date())

    def read(self) -> tuple[date, str]:
        return self.on, self.name_edit.text()

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def _name_typed(self, _text: str) -> None:
        self._typed = True


class AgreementDialog(EntityDialog):
    """The department head agreed to the department's part of the year's schedule."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        year: int,
        department_id: int,
        department_name: str,
        parent: QWidget | None = None,
    ) -> None:
        def lookup(on: date) -> tuple[str, ValidationReport]:
            return services.department_head_name(uow_factory(), department_id, on), ValidationReport()

        form = SignOffForm(department_name, "head_name", lookup)
        super().__init__(form, title=_("The head's agreement"), parent=parent)
        self._uow_factory, self._year, self._department_id = uow_factory, year, department_id
        self.sign_off_form = form

    def save(self, entity: tuple[date, str]) -> DepartmentAgreement:
        on, name = entity
        return services.agree_department(
            self._uow_factory(), self._year, self._department_id, agreed_on=on, head_name=name
        )


class ApprovalDialog(EntityDialog):
    """The chief approves the whole year's schedule; from then on entries change only with a reason."""

    def __init__(self, uow_factory: UnitOfWorkFactory, year: int, parent: QWidget | None = None) -> None:
        def lookup(on: date) -> tuple[str, ValidationReport]:
            _title, name, report = services.approval_check(uow_factory(), year, on=on)
            return name, ValidationReport(report.warnings)

        what = _("The vacation schedule of {year}").format(year=year)
        form = SignOffForm(what, "approved_by", lookup)
        super().__init__(form, title=_("Approve the schedule"), parent=parent)
        self._uow_factory, self._year = uow_factory, year
        self.sign_off_form = form

    def save(self, entity: tuple[date, str]) -> VacationSchedule:
        on, name = entity
        return services.approve_schedule(self._uow_factory(), self._year, on=on, approved_by=name)
