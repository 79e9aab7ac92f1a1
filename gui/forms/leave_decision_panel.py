"""The live answer of section 6 beside the slip form: length, who decides, slip or order, pay."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from core.i18n import _, ngettext
from core.leave.entities import DocumentForm, LeaveKind, PayDecision
from core.leave.officials import Official
from core.leave.policy import LeavePolicy
from core.services import LeavePreview
from gui.leave_labels import APPROVER_LABELS
from gui.widgets.field_message import ERROR_COLOUR, WARNING_COLOUR

OK_COLOUR = "#1e6b34"


def official_text(official: Official) -> str:
    """ "Хууль, эрх зүйн хэлтсийн дарга Р.Отгонжаргал"; the title already says "үүрэг гүйцэтгэгч" when acting."""
    if not official.name:
        return _("{title} (the post is vacant: the name is written by hand)").format(title=official.title)
    return f"{official.title} {official.name}"


class LeaveDecisionPanel(QGroupBox):
    """Shows a :class:`LeavePreview`; every answer names its clause of the regulation."""

    def __init__(self, policy: LeavePolicy, parent: QWidget | None = None) -> None:
        super().__init__(_("What the regulation says"), parent)
        self._policy = policy
        self.duration_label = self._label("duration_label", bold=True)
        self.approver_label = self._label("approver_label")
        self.recommending_label = self._label("recommending_label")
        self.form_label = self._label("form_label")
        self.pay_label = self._label("pay_label")
        self.status_label = self._label("status_label", bold=True)
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addRow(_("Working time"), self.duration_label)
        layout.addRow(_("Decides"), self.approver_label)
        layout.addRow(_("Recommends"), self.recommending_label)
        layout.addRow(_("Document"), self.form_label)
        layout.addRow(_("Pay"), self.pay_label)
        layout.addRow(self.status_label)
        self.setMinimumWidth(320)
        self.show_message(_("Choose the employee to see what the regulation says."))

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        if bold:
            label.setStyleSheet("font-weight: bold;")
        return label

    def show_message(self, text: str) -> None:
        """No answer yet (no employee chosen, or the employee is gone): say why."""
        for label in (self.duration_label, self.approver_label, self.recommending_label, self.form_label,
                      self.pay_label):
            label.setText("—")
        self._status(text, WARNING_COLOUR)

    def show_preview(self, preview: LeavePreview) -> None:
        decision = preview.decision
        whole = preview.days == int(preview.days)
        self.duration_label.setText(preview.duration if whole else _("{duration} ({days:g} working days)").format(
            duration=preview.duration, days=preview.days))
        self.approver_label.setText(_("{official} — {role}, regulation {clause}").format(
            official=official_text(preview.approving), role=_(APPROVER_LABELS[decision.approver]).lower(),
            clause=decision.approver_clause))
        self.recommending_label.setText(self._recommending(preview))
        self.form_label.setText(self._form(preview))
        self.pay_label.setText(self._pay(preview))
        self._show_status(preview)

    def _recommending(self, preview: LeavePreview) -> str:
        if preview.recommending is None:
            return _("No recommendation is needed: the head decides alone.")
        return _("{official} (regulation {clause})").format(
            official=official_text(preview.recommending), clause=self._policy.recommendation_clause)

    def _form(self, preview: LeavePreview) -> str:
        clause = preview.decision.approver_clause
        if preview.decision.form is DocumentForm.ORDER:
            return _("By the chief's order, not a slip (regulation {clause}): save, then make the order draft."
                     ).format(clause=clause)
        return _("On a leave slip (regulation {clause})").format(clause=clause)

    def _pay(self, preview: LeavePreview) -> str:
        decision, clause = preview.decision, preview.decision.pay_clause
        if preview.slip.kind is LeaveKind.CHILDCARE:
            return _("Not paid by the office: childcare leave (regulation {clause})").format(clause=clause)
        if preview.slip.kind is LeaveKind.VACATION:
            return _("Paid: annual vacation with vacation pay (Labour Law, art. 99)")
        if not decision.needs_pay_decision:
            return _("Paid: up to {days:g} days are paid (regulation {clause})").format(
                days=self._policy.paid_up_to_days, clause=clause)
        text = _("Over {days:g} days: paid or unpaid as the chief decides (regulation {clause})").format(
            days=self._policy.paid_up_to_days, clause=clause)
        if preview.slip.pay is None:
            return text
        decided = _("paid") if preview.slip.pay is PayDecision.PAID else _("unpaid")
        return _("{rule}; the chief decided: {pay}").format(rule=text, pay=decided)

    def _show_status(self, preview: LeavePreview) -> None:
        errors = preview.report.errors
        if errors:
            self._status(ngettext("Cannot be saved: {count} problem, marked in red beside its field.",
                                  "Cannot be saved: {count} problems, marked in red beside their fields.",
                                  len(errors)).format(count=len(errors)), ERROR_COLOUR)
        elif preview.report.warnings:
            self._status(_("Can be saved as a draft; see the note beside the field before printing."),
                         WARNING_COLOUR)
        elif preview.decision.form is DocumentForm.ORDER:
            self._status(_("Can be saved; the leave is then given by the chief's order."), OK_COLOUR)
        else:
            self._status(_("Can be saved and printed."), OK_COLOUR)

    def _status(self, text: str, colour: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"font-weight: bold; color: {colour};")
