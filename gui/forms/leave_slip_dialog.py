"""A new leave slip or a draft: the form, and beside it the rules' answer, updated as you type."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from core import services
from core.entities import EmployeeStatus
from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.leave.entities import LeaveSlip
from core.ports import UnitOfWorkFactory
from core.services import LeavePreview, NotFoundError
from core.validation import ValidationError
from gui.forms.entity_dialog import EntityDialog
from gui.forms.leave_decision_panel import LeaveDecisionPanel
from gui.forms.leave_slip_form import LeaveSlipForm
from gui.leave_labels import number_text

#: Typing pauses this long before the rules are asked again.
PREVIEW_DELAY_MS = 150
#: How far ahead a new slip's default day is looked for (a long holiday never lasts longer).
LOOKAHEAD_DAYS = 14


def first_working_day(calendar: WorkingCalendar, start: date) -> date:
    """*start*, or the next day the office works, as the calendar (holidays, swaps) says."""
    for offset in range(LOOKAHEAD_DAYS):
        day = start + timedelta(days=offset)
        if calendar.is_working_day(day):
            return day
    return start


class LeaveSlipDialog(EntityDialog):
    """Save (Enter) runs ``services.save_draft``; a refused save keeps the dialog open with the reasons."""

    def __init__(self, uow_factory: UnitOfWorkFactory, slip: LeaveSlip | None = None, *,
                 employee_id: int | None = None, parent: QWidget | None = None) -> None:
        settings = services.get_leave_settings(uow_factory())
        chosen = slip.employee_id if slip else employee_id
        employees = [i for i in services.list_employee_items(uow_factory())
                     if i.employee.status is EmployeeStatus.ACTIVE or i.employee.id == chosen]
        form = LeaveSlipForm(employees, settings)
        panel = LeaveDecisionPanel(settings.policy)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(form, 3)
        columns.addWidget(panel, 2)
        title = _("New leave slip") if slip is None else _("Leave slip: {number}").format(
            number=number_text(slip.number, slip.order_number))
        super().__init__(form, title=title, body=body, parent=parent)
        self._uow_factory = uow_factory
        #: One id per opened form: sent again after a crash, the same new slip saves once.
        self.submission_id = str(uuid.uuid4()) if slip is None or slip.id is None else None
        self.slip_form = form
        self.panel = panel
        self.preview: LeavePreview | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        default_day = first_working_day(services.working_calendar(uow_factory()), date.today())
        form.populate(slip, employee_id=employee_id, default_day=default_day)
        form.changed.connect(self._timer.start)
        self.refresh_preview()
        if employee_id is not None and slip is None:
            form.starts_at_edit.setFocus()  # the employee is chosen already
        self.resize(1040, max(self.sizeHint().height(), 560))

    def refresh_preview(self) -> LeavePreview | None:
        """Ask the rules about the form's current values and show the answer (no saving)."""
        self._timer.stop()
        try:
            draft = self.slip_form.read()
            preview = services.leave_preview(self._uow_factory(), draft)
        except ValidationError:
            self.preview = None
            self.slip_form.clear_issues()
            self.panel.show_message(_("Choose the employee to see what the regulation says."))
            return None
        except NotFoundError as exc:
            self.preview = None
            self.panel.show_message(str(exc))
            return None
        self.preview = preview
        self.slip_form.apply_preview(preview)
        self.panel.show_preview(preview)
        return preview

    def save(self, entity: LeaveSlip) -> LeaveSlip:
        self._timer.stop()
        if entity.id is None:
            entity = replace(entity, submission_id=self.submission_id)
        return services.save_draft(self._uow_factory(), entity)
