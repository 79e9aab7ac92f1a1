"""Section V, endorsement: who drafted it, the reviewing body's decision, and the approval."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from core.i18n import N_, _
from core.job_description import wording
from core.job_description.entities import Endorsement, JobDescription
from core.validation import ValidationIssue
from gui.forms.job_description_issues import FieldBinder
from gui.widgets.optional_date_edit import OptionalDateEdit

#: (entity part, field, label) in the order of the printed form.
SIGNER_FIELDS = (("title", N_("Position")), ("name", N_("Name")), ("signed_on", N_("Date")))
DECISION_FIELDS = (("organisation", N_("Organisation")), ("decided_on", N_("Decision date")),
                   ("number", N_("Decision number")))
APPROVAL_EXTRA = (("official_title", N_("Signing official's title")),
                  ("official_name", N_("Signing official's name")))
DATES = {"signed_on", "decided_on"}
DATE_WIDTH = 200


class EndorsementSection(QWidget):
    """Widgets are keyed by their field path ("endorsement.review.number"), so mapping is mechanical."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit | OptionalDateEdit] = {}
        self._binder = FieldBinder()
        layout = QVBoxLayout(self)
        groups = (
            ("drafted_by", _("Drafted by"), wording.DRAFTED_BY, SIGNER_FIELDS),
            ("review", _("Reviewing body's decision"), wording.REVIEWED_BY, DECISION_FIELDS),
            ("approval", _("Approved by"), wording.APPROVED_BY, DECISION_FIELDS + APPROVAL_EXTRA),
        )
        for part, title, printed, fields in groups:
            layout.addWidget(self._group(part, title, printed, fields))
        layout.addStretch(1)

    def _group(self, part: str, title: str, printed: str, fields: Sequence[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setToolTip(printed)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in fields:
            widget = self._widget(part, name)
            form.addRow(_(label), self._binder.bind(f"endorsement.{part}.{name}", widget))
        return box

    def _widget(self, part: str, name: str) -> QLineEdit | OptionalDateEdit:
        widget: QLineEdit | OptionalDateEdit
        if name in DATES:
            widget = OptionalDateEdit(self)
            widget.setMaximumWidth(DATE_WIDTH)
            widget.edited.connect(self.changed)
        else:
            widget = QLineEdit(self)
            widget.textEdited.connect(lambda _text: self.changed.emit())
        widget.setObjectName(f"{part}_{name}_edit")
        self.fields[f"{part}.{name}"] = widget
        return widget

    def tab_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for widget in self.fields.values():
            widgets.extend(widget.tab_widgets() if isinstance(widget, OptionalDateEdit) else [widget])
        return widgets

    def populate(self, description: JobDescription) -> None:
        endorsement = description.endorsement
        for path, widget in self.fields.items():
            part, name = path.split(".")
            value = getattr(getattr(endorsement, part), name)
            if isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            else:
                widget.setText(value)
                widget.setCursorPosition(0)

    def read(self, description: JobDescription) -> JobDescription:
        typed: dict[str, dict[str, Any]] = {"drafted_by": {}, "review": {}, "approval": {}}
        for path, widget in self.fields.items():
            part, name = path.split(".")
            typed[part][name] = widget.value() if isinstance(widget, OptionalDateEdit) else widget.text()
        old = description.endorsement  # fields without a widget (the reviewer's official) are kept, not lost
        endorsement = Endorsement(
            drafted_by=replace(old.drafted_by, **typed["drafted_by"]),
            review=replace(old.review, **typed["review"]),
            approval=replace(old.approval, **typed["approval"]),
        )
        return replace(description, endorsement=endorsement)

    def show_issues(self, issues: Sequence[ValidationIssue]) -> list[ValidationIssue]:
        return self._binder.show(issues)

    def first_error_widget(self) -> QWidget | None:
        return self._binder.first_error_widget()
