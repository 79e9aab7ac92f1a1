"""The leave slip as a form: ``populate`` / ``read`` / ``show_issues`` (house style 5–6).

The form only limits input shape; section 6 answers come from the service's preview, which
the dialog feeds back through :meth:`LeaveSlipForm.apply_preview` as the secretary types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.entities import EmployeeListItem
from core.i18n import _
from core.leave.entities import LEAVE_KIND_LABELS, PAY_LABELS, LeaveKind, LeaveSettings, LeaveSlip, PayDecision
from core.services import LeavePreview
from core.validation import NOTE_MAX, TITLE_MAX, ValidationError, ValidationIssue, ValidationReport
from gui.forms.issues import IssueBinder
from gui.forms.tab_order import chain_tab_order
from gui.leave_labels import DATE_TIME_FORMAT, reason_text, vacation_text
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.employee_picker import EmployeePicker
from gui.widgets.field_message import FieldMessage
from gui.widgets.optional_date_edit import OptionalDateEdit


def _date_time_edit(parent: QWidget, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    edit.setMinimumWidth(170)
    return edit


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def to_datetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class LeaveSlipForm(QWidget):
    """Employee, kind and reason, period, the head's recommendation (6.4) and the chief's pay decision."""

    changed = Signal()  # anything the rules read was edited

    def __init__(self, employees: Sequence[EmployeeListItem], settings: LeaveSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._slip: LeaveSlip | None = None
        self._chief_pay: PayDecision | None = None
        self._first_preview = True
        self._recommendation_touched = False
        self._create_widgets()
        self.employee_picker.set_employees(employees)
        self._layout_widgets()
        self._connect_changes()
        self.populate(None)

    def _create_widgets(self) -> None:
        self.employee_picker = EmployeePicker(self)
        self.employee_picker.setObjectName("employee_picker")
        self.kind_combo = ChoiceCombo(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.set_choices((_(label), kind) for kind, label in LEAVE_KIND_LABELS.items())
        self.reason_combo = ChoiceCombo(self)
        self.reason_combo.setObjectName("reason_combo")
        self.reason_combo.setMinimumContentsLength(34)
        self.reason_combo.set_choices((reason_text(r), r.code) for r in self._settings.policy.reasons)
        self.reason_text_edit = QLineEdit(self)
        self.reason_text_edit.setObjectName("reason_text_edit")
        self.reason_text_edit.setMaxLength(NOTE_MAX)
        self.reason_text_edit.setPlaceholderText(_("Details; required for “Other reason”"))
        self.starts_at_edit = _date_time_edit(self, "starts_at_edit")
        self.ends_at_edit = _date_time_edit(self, "ends_at_edit")
        self.whole_days_button = action_button(
            self, _("&Whole days"), self.set_whole_days,
            tip=_("From the start of the first working day to the end of the last"))
        self.recommended_by_edit = QLineEdit(self)
        self.recommended_by_edit.setObjectName("recommended_by_edit")
        self.recommended_by_edit.setMaxLength(TITLE_MAX)
        self.recommended_on_edit = OptionalDateEdit(self)
        self.recommended_on_edit.setObjectName("recommended_on_edit")
        self.pay_combo = ChoiceCombo(self, none_text=_("— not decided yet —"))
        self.pay_combo.setObjectName("pay_combo")
        self.pay_combo.set_choices((_(label), pay) for pay, label in PAY_LABELS.items())
        self.vacation_label = QLabel(self)
        self.vacation_label.setObjectName("vacation_label")
        self.vacation_label.setWordWrap(True)
        self.general_message = FieldMessage(self)
        self._issues = IssueBinder(self.general_message)

    def _layout_widgets(self) -> None:
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.whole_days_button)
        ends = QWidget(self)
        ends.setLayout(period)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        bind = self._issues.bind
        form.addRow(_("Employee"), bind("employee_id", self.employee_picker))
        form.addRow(_("Kind of leave"), bind("kind", self.kind_combo))
        form.addRow(_("Reason"), bind("reason_code", self.reason_combo))
        form.addRow(_("Details"), bind("reason_text", self.reason_text_edit))
        form.addRow(_("From"), bind("starts_at", self.starts_at_edit))
        form.addRow(_("To"), self._bound_container("ends_at", self.ends_at_edit, ends))
        form.addRow(self.vacation_label)
        clause = self._settings.policy.recommendation_clause
        recommended_by = bind("recommended_by", self.recommended_by_edit)
        form.addRow(_("Recommended by ({clause})").format(clause=clause), recommended_by)
        form.addRow(_("Recommended on"), bind("recommended_on", self.recommended_on_edit))
        form.addRow(_("Pay"), bind("pay", self.pay_combo))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addLayout(form)
        layout.addStretch(1)
        chain_tab_order([self.employee_picker, self.kind_combo, self.reason_combo, self.reason_text_edit,
                         self.starts_at_edit, self.ends_at_edit, self.whole_days_button, self.recommended_by_edit,
                         self.recommended_on_edit, self.pay_combo])

    def _bound_container(self, field: str, widget: QWidget, container: QWidget) -> QWidget:
        """Bind *widget*'s messages while laying out *container*, which holds it with its helpers."""
        box = self._issues.bind(field, widget)
        box_layout, container_layout = box.layout(), container.layout()
        assert isinstance(box_layout, QVBoxLayout) and isinstance(container_layout, QHBoxLayout)
        box_layout.replaceWidget(widget, container)
        container_layout.insertWidget(0, widget, 1)
        return box

    def _connect_changes(self) -> None:
        self.employee_picker.value_changed.connect(self.changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.reason_combo.currentIndexChanged.connect(self.changed)
        self.reason_text_edit.textChanged.connect(self.changed)
        self.starts_at_edit.dateTimeChanged.connect(self._on_start)
        self.ends_at_edit.dateTimeChanged.connect(self.changed)
        self.recommended_by_edit.textEdited.connect(self._touch_recommendation)
        self.recommended_by_edit.textChanged.connect(self.changed)
        self.recommended_on_edit.edited.connect(self._touch_recommendation)
        self.recommended_on_edit.edited.connect(self.changed)
        self.pay_combo.activated.connect(self._on_pay)

    @property
    def first_widget(self) -> QWidget:
        return self.employee_picker

    # -- entity mapping --------------------------------------------------------------------------

    def populate(self, slip: LeaveSlip | None, *, employee_id: int | None = None,
                 default_day: date | None = None) -> None:
        """Show *slip*, or a new one for *employee_id* over the office day of *default_day*."""
        self._slip = slip
        self._issues.clear()
        schedule = self._settings.schedule
        day = default_day or date.today()
        s = slip
        self.employee_picker.set_value(s.employee_id if s else employee_id)
        self.kind_combo.set_value(s.kind if s else LeaveKind.PERSONAL)
        self.reason_combo.set_value(s.reason_code if s else self._settings.policy.reasons[0].code)
        self.reason_text_edit.setText(s.reason_text if s else "")
        self.starts_at_edit.setDateTime(to_qdatetime(s.starts_at if s else datetime.combine(day, schedule.day_starts)))
        self.ends_at_edit.setDateTime(to_qdatetime(s.ends_at if s else datetime.combine(day, schedule.day_ends)))
        self.recommended_by_edit.setText(s.recommended_by if s else "")
        self.recommended_on_edit.set_value(s.recommended_on if s else None)
        self._recommendation_touched = bool(s and (s.recommended_by or s.recommended_on))
        self._chief_pay = s.pay if s else None  # a stored pay is the chief's only if the rules ask for one
        self._first_preview = True
        self.pay_combo.set_value(self._chief_pay)
        self.pay_combo.setEnabled(False)  # until the rules say the chief decides (6.6)
        self._on_kind()

    def read(self) -> LeaveSlip:
        """The slip as typed.

        Raises:
            ValidationError: No employee is chosen, since a slip cannot exist without one.
        """
        employee_id = self.employee_picker.value()
        if employee_id is None:
            issue = ValidationIssue("employee_id", "required", _("Choose the employee from the list."))
            raise ValidationError(ValidationReport((issue,)))
        typed = {
            "employee_id": employee_id,
            "kind": self.kind_combo.value(),
            "reason_code": self.reason_combo.value(),
            "reason_text": self.reason_text_edit.text(),
            "starts_at": to_datetime(self.starts_at_edit.dateTime()),
            "ends_at": to_datetime(self.ends_at_edit.dateTime()),
            "recommended_by": self.recommended_by_edit.text(),
            "recommended_on": self.recommended_on_edit.value(),
            "pay": self._chief_pay,  # the rules' own pay is filled in by the service
        }
        return replace(self._slip, **typed) if self._slip else LeaveSlip(**typed)

    def show_issues(self, report: ValidationReport) -> None:
        self._issues.show(report)

    def show_live_issues(self, report: ValidationReport) -> None:
        """The preview's problems beside their fields, without taking the cursor from the typist."""
        self._issues.show(report, focus=False)

    def clear_issues(self) -> None:
        self._issues.clear()

    # -- the rules' answer -----------------------------------------------------------------------

    def apply_preview(self, preview: LeavePreview) -> None:
        """Pay is chosen only when the chief decides (6.6); the recommending head is suggested (6.4)."""
        decision = preview.decision
        if self._first_preview and not decision.needs_pay_decision:
            self._chief_pay = None  # the stored pay was the rules' own, not a decision to keep
        self._first_preview = False
        self.pay_combo.setEnabled(decision.needs_pay_decision)
        self.pay_combo.set_value(self._chief_pay if decision.needs_pay_decision else decision.automatic_pay)
        recommending = preview.recommending
        if not self._recommendation_touched:  # a suggestion until the secretary edits it
            self.recommended_by_edit.blockSignals(True)
            self.recommended_by_edit.setText(recommending.name if recommending else "")
            self.recommended_by_edit.blockSignals(False)
            asked_on = min(date.today(), preview.slip.starts_at.date())  # asked for before the leave (6.4)
            self.recommended_on_edit.set_value(asked_on if recommending and recommending.name else None)
        needed = recommending is not None or self._recommendation_touched
        self.recommended_by_edit.setEnabled(needed)
        self.recommended_on_edit.setEnabled(needed)
        self.recommended_by_edit.setPlaceholderText(
            "" if needed else _("Not needed: the department head decides alone")
        )
        self.vacation_label.setText(vacation_text(preview.vacation, preview.days) if preview.vacation else "")
        self.show_live_issues(preview.report)

    @property
    def is_pay_required(self) -> bool:
        """The chief's decision on pay is asked for (the pay field is open)."""
        return self.pay_combo.isEnabled()

    def set_whole_days(self) -> None:
        """Stretch the period to the office day's start and end (6.1)."""
        schedule = self._settings.schedule
        start, end = to_datetime(self.starts_at_edit.dateTime()), to_datetime(self.ends_at_edit.dateTime())
        self.starts_at_edit.setDateTime(to_qdatetime(datetime.combine(start.date(), schedule.day_starts)))
        self.ends_at_edit.setDateTime(to_qdatetime(datetime.combine(max(end.date(), start.date()), schedule.day_ends)))

    def _on_start(self) -> None:
        """A start moved past the end takes the end along, to the close of the same day."""
        start, end = to_datetime(self.starts_at_edit.dateTime()), to_datetime(self.ends_at_edit.dateTime())
        if end <= start:
            day_end = datetime.combine(start.date(), self._settings.schedule.day_ends)
            end = day_end if day_end > start else datetime.combine(start.date(), time(23, 59))
            self.ends_at_edit.setDateTime(to_qdatetime(end))
        self.changed.emit()

    def _on_kind(self) -> None:
        """Childcare leave (6.7) and annual vacation are given under the Labour Law, not for a 6.8 reason."""
        kind = self.kind_combo.value()
        personal = kind not in (LeaveKind.CHILDCARE, LeaveKind.VACATION)
        self.reason_combo.setEnabled(personal)
        self.reason_text_edit.setEnabled(personal)
        self.vacation_label.setVisible(kind is LeaveKind.VACATION)
        self.changed.emit()

    def _on_pay(self) -> None:
        self._chief_pay = self.pay_combo.value()
        self.changed.emit()

    def _touch_recommendation(self) -> None:
        self._recommendation_touched = True
