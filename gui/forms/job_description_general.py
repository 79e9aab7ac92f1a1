"""Section I, general information: grounds, the law, dates, and the position as printed.

No field has a length limit of its own: an imported text longer than the template allows
must be shown whole and reported, never cut short by the widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.i18n import _
from core.job_description import wording
from core.job_description.entities import GeneralInfo, JobDescription
from core.validation import ValidationIssue
from gui.forms.grounds_editor import GroundsEditor
from gui.forms.job_description_issues import FieldBinder, under
from gui.widgets.optional_date_edit import OptionalDateEdit

TEXT_FIELDS = ("law_name", "organisation", "unit", "position_title", "classification", "working_hours",
               "workplace_address", "working_conditions", "special_conditions")
DATE_FIELDS = ("law_date", "effective_on", "approved_on")
DATE_WIDTH = 200


class GeneralSection(QWidget):
    """``populate`` / ``read``; ``show_issues`` places the ``general.*`` issues and returns the rest."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grounds_editor = GroundsEditor(self)
        self.grounds_editor.changed.connect(self.changed)
        self.text_edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}_edit")
            edit.textEdited.connect(lambda _text: self.changed.emit())
            self.text_edits[name] = edit
        self.date_edits: dict[str, OptionalDateEdit] = {}
        for name in DATE_FIELDS:
            date_edit = OptionalDateEdit(self)
            date_edit.setObjectName(f"{name}_edit")
            date_edit.edited.connect(self.changed)
            date_edit.setMaximumWidth(DATE_WIDTH)
            self.date_edits[name] = date_edit
        self._binder = FieldBinder()
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, _("Grounds for drafting"), wording.GROUNDS, self.grounds_editor)
        rows = (
            (_("Related law"), wording.LAW, "law_name"),
            (_("Date of the law"), wording.LAW, "law_date"),
            (_("Applies from"), wording.EFFECTIVE_ON, "effective_on"),
            (_("Approved on"), wording.APPROVED_ON, "approved_on"),
            (_("Organisation"), wording.ORGANISATION, "organisation"),
            (_("Unit"), wording.UNIT, "unit"),
            (_("Position title"), wording.POSITION_TITLE, "position_title"),
            (_("Class and rank"), wording.CLASSIFICATION, "classification"),
            (_("Working hours"), wording.WORKING_HOURS, "working_hours"),
            (_("Workplace address"), wording.WORKPLACE, "workplace_address"),
            (_("Working conditions"), wording.CONDITIONS, "working_conditions"),
            (_("Special conditions"), wording.SPECIAL_CONDITIONS, "special_conditions"),
        )
        for label, printed, name in rows:
            widget = self.text_edits.get(name) or self.date_edits[name]
            self._row(form, label, printed, self._binder.bind(f"general.{name}", widget))
        self.text_edits["law_name"].setPlaceholderText(_("As printed: the law's name"))
        self.text_edits["classification"].setPlaceholderText("Ахлах түшмэл, ТТ-3")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    @staticmethod
    def _row(form: QFormLayout, label: str, printed: str, field: QWidget) -> None:
        """The label tells the printed heading in its tooltip, so the form maps onto the paper."""
        caption = QLabel(label)
        caption.setToolTip(printed)
        form.addRow(caption, field)

    def tab_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [*self.grounds_editor.tab_widgets()]
        for name in ("law_name", "law_date", "effective_on", "approved_on", *TEXT_FIELDS[1:]):
            widget = self.text_edits.get(name) or self.date_edits[name]
            parts = getattr(widget, "tab_widgets", None)
            widgets.extend(parts() if callable(parts) else [widget])
        return widgets

    @property
    def first_widget(self) -> QWidget:
        return self.grounds_editor.ground_checks[0]

    def populate(self, description: JobDescription) -> None:
        general = description.general
        self.grounds_editor.set_grounds(general.grounds)
        for name, edit in self.text_edits.items():
            edit.setText(getattr(general, name))
            edit.setCursorPosition(0)
        for name, date_edit in self.date_edits.items():
            date_edit.set_value(getattr(general, name))

    def read(self, description: JobDescription) -> JobDescription:
        typed: dict[str, Any] = {name: edit.text() for name, edit in self.text_edits.items()}
        typed.update({name: date_edit.value() for name, date_edit in self.date_edits.items()})
        general: GeneralInfo = replace(description.general, grounds=self.grounds_editor.grounds(), **typed)
        return replace(description, general=general)

    def show_issues(self, issues: Sequence[ValidationIssue]) -> list[ValidationIssue]:
        grounds, rest = under(issues, "general.grounds")
        self.grounds_editor.show_issues(grounds)
        return self._binder.show(rest)

    def first_error_widget(self) -> QWidget | None:
        return self._binder.first_error_widget()
