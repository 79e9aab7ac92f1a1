"""Regulation 4.10: the dates a newcomer was introduced to the office's documents."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from core.entities import Onboarding
from core.i18n import _
from core.validation import ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit


class OnboardingForm(QWidget):
    """Four optional dates; an untouched date stays "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._onboarding: Onboarding | None = None
        self.job_description_on_edit = OptionalDateEdit(self)
        #: Which version of the job description the date refers to (set by the dialog).
        self.job_description_version = QLabel(self)
        self.job_description_version.setObjectName("job_description_version")
        self.salary_on_edit = OptionalDateEdit(self)
        self.ethics_code_on_edit = OptionalDateEdit(self)
        self.internal_regulation_on_edit = OptionalDateEdit(self)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)
        intro = QLabel(_("Dates on which the employee was introduced to these documents (regulation 4.10)."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Job description"), self._issues.bind("job_description_on", self.job_description_on_edit))
        form.addRow("", self.job_description_version)
        form.addRow(_("Salary and pay terms"), self._issues.bind("salary_on", self.salary_on_edit))
        form.addRow(_("Code of ethics"), self._issues.bind("ethics_code_on", self.ethics_code_on_edit))
        form.addRow(
            _("Internal regulation"), self._issues.bind("internal_regulation_on", self.internal_regulation_on_edit)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_message)
        layout.addLayout(form)
        layout.addStretch(1)
        chain_tab_order([self.job_description_on_edit, self.salary_on_edit, self.ethics_code_on_edit,
                         self.internal_regulation_on_edit])

    @property
    def first_widget(self) -> QWidget:
        return self.job_description_on_edit

    def populate(self, onboarding: Onboarding | None) -> None:
        self._onboarding = onboarding
        self._issues.clear()
        o = onboarding
        self.job_description_on_edit.set_value(o.job_description_on if o else None)
        self.salary_on_edit.set_value(o.salary_on if o else None)
        self.ethics_code_on_edit.set_value(o.ethics_code_on if o else None)
        self.internal_regulation_on_edit.set_value(o.internal_regulation_on if o else None)

    def set_version_note(self, text: str) -> None:
        self.job_description_version.setText(text)

    def read(self) -> Onboarding:
        """The dates typed; a changed job-description date lets the service find the version read then."""
        assert self._onboarding is not None, "populate() with the employee's onboarding first"
        read_on = self.job_description_on_edit.value()
        version = self._onboarding.job_description_id if read_on == self._onboarding.job_description_on else None
        return replace(
            self._onboarding,
            job_description_on=read_on,
            job_description_id=version,
            salary_on=self.salary_on_edit.value(),
            ethics_code_on=self.ethics_code_on_edit.value(),
            internal_regulation_on=self.internal_regulation_on_edit.value(),
        )

    def is_changed(self) -> bool:
        return self._onboarding is not None and self.read() != self._onboarding

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def show_refusal(self, text: str) -> None:
        self.general_message.show_text(text)
