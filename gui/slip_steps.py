"""The steps of a slip's life after printing, each a small dialog over its service.

Signed (who, when); void (why; the number stays); returned (when; working time past the
end is absence, 6.9); for an order leave, the signed order's number; a draft is deleted.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.leave.durations import format_duration
from core.leave.entities import LeaveSlip
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.validation import NOTE_MAX, ORDER_NUMBER_MAX
from gui.confirm import confirm_delete, show_notice, show_refusal
from gui.forms.slip_step_dialog import SlipStepDialog, StepSave
from gui.forms.slip_step_form import SlipStepForm, StepValue
from gui.leave_labels import period_text
from gui.slip_actions import SelectedSlip


def _text(values: dict[str, StepValue], name: str) -> str:
    value = values[name]
    assert isinstance(value, str)
    return value


class SlipSteps(QObject):
    """Emits ``changed(slip_id)`` after a step was recorded and ``message(text)`` for the status line."""

    changed = Signal(int)
    message = Signal(str)

    def __init__(self, uow_factory: UnitOfWorkFactory, window: QWidget) -> None:
        super().__init__(window)
        self._uow_factory = uow_factory
        self._window = window

    def _form(self, selected: SelectedSlip) -> SlipStepForm:
        slip = selected.slip
        return SlipStepForm(f"{selected.label}\n{period_text(slip.starts_at, slip.ends_at)}")

    def _open(self, form: SlipStepForm, title: str, save: StepSave, done: str) -> SlipStepDialog:
        dialog = SlipStepDialog(form, title=title, save=save, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(partial(self._after, done=done))
        dialog.open()
        return dialog

    def _after(self, saved: object, done: str) -> None:
        assert isinstance(saved, LeaveSlip) and saved.id is not None
        self.changed.emit(saved.id)
        self.message.emit(done)

    def sign(self, selected: SelectedSlip) -> SlipStepDialog:
        """The printed slip came back signed by the approving official (6.5)."""
        form = self._form(selected)
        form.add_date("signed_on", _("Signed on"), date.today())
        form.add_text("signed_by", _("Signed by"), placeholder=_("empty: the approving official named on the slip"))
        uow, slip_id = self._uow_factory, selected.id

        def save(values: dict[str, StepValue]) -> Any:
            signed_on = values["signed_on"]
            assert isinstance(signed_on, date)
            return services.sign_slip(uow(), slip_id, signed_on=signed_on, signed_by=_text(values, "signed_by"))

        return self._open(form, _("Mark as signed"), save,
                          _("Slip {slip} is signed.").format(slip=selected.label))

    def void(self, selected: SelectedSlip) -> SlipStepDialog:
        """A mistake on a printed slip: it is voided with a reason, never edited or deleted."""
        form = self._form(selected)
        form.add_text("void_reason", _("Why is it void?"), placeholder=_("e.g. wrong dates; a new slip replaces it"),
                      max_length=NOTE_MAX)
        form.add_note(_("The number stays in the year's series, marked void (ХҮЧИНГҮЙ). "
                        "Make a new slip for the corrected leave."))
        uow, slip_id = self._uow_factory, selected.id

        def save(values: dict[str, StepValue]) -> Any:
            return services.void_slip(uow(), slip_id, reason=_text(values, "void_reason"))

        return self._open(form, _("Void the slip"), save, _("Slip {slip} is void.").format(slip=selected.label))

    def record_return(self, selected: SelectedSlip) -> SlipStepDialog:
        """The employee is back; working time after the leave's end is recorded as absence (6.9)."""
        settings = services.get_leave_settings(self._uow_factory())
        form = self._form(selected)
        form.add_date_time("returned_at", _("Came back at"), selected.slip.ends_at)
        form.add_note(_("Working time after the leave's end counts as absence (regulation {clause}).").format(
            clause=settings.policy.overrun_clause))
        uow, slip_id = self._uow_factory, selected.id

        def save(values: dict[str, StepValue]) -> Any:
            returned_at = values["returned_at"]
            assert isinstance(returned_at, datetime)
            return services.record_return(uow(), slip_id, returned_at=returned_at)

        dialog = self._open(form, _("Record the return"), save,
                            _("Slip {slip} is closed.").format(slip=selected.label))
        dialog.saved.connect(partial(self._tell_overrun, selected=selected, per_day=settings.schedule.minutes_per_day,
                                     clause=settings.policy.overrun_clause))
        return dialog

    def _tell_overrun(self, saved: object, selected: SelectedSlip, per_day: int, clause: str) -> None:
        assert isinstance(saved, LeaveSlip)
        if not saved.overrun_minutes:
            return
        show_notice(self._window, _("Came back late"), _(
            "{slip}: the employee came back {late} after the leave ended. This time is recorded as absence "
            "against the slip (regulation {clause})."
        ).format(slip=selected.label, late=format_duration(saved.overrun_minutes, per_day), clause=clause))

    def record_order(self, selected: SelectedSlip) -> SlipStepDialog:
        """A leave given by the chief's order (6.5): the signed order's number makes it given."""
        form = self._form(selected)
        form.add_text("order_number", _("Order no."), placeholder=_("e.g. А/125"), max_length=ORDER_NUMBER_MAX)
        form.add_date("signed_on", _("Signed on"), date.today())
        form.add_text("signed_by", _("Signed by"), placeholder=_("empty: the official named in the order"))
        uow, slip_id = self._uow_factory, selected.id

        def save(values: dict[str, StepValue]) -> Any:
            signed_on = values["signed_on"]
            assert isinstance(signed_on, date)
            return services.record_order(uow(), slip_id, order_number=_text(values, "order_number"),
                                         signed_on=signed_on, signed_by=_text(values, "signed_by"))

        return self._open(form, _("Record the signed order"), save,
                          _("The order for {name}'s leave is recorded.").format(name=selected.employee_name))

    def delete_draft(self, selected: SelectedSlip) -> bool:
        """Delete a draft after asking; a numbered slip is voided instead (the service refuses)."""
        what = _("the draft leave of {name}").format(name=selected.employee_name)
        if not confirm_delete(self._window, what):
            return False
        try:
            services.delete_draft(self._uow_factory(), selected.id)
        except (RefusedError, NotFoundError) as exc:
            show_refusal(self._window, str(exc))
            return False
        self.changed.emit(selected.id)
        self.message.emit(_("The draft is deleted."))
        return True
