"""Save a trip's draft through ``services.save_trip_draft``; warnings are shown once before saving."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import EmployeeStatus
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.trips.entities import BusinessTrip
from core.validation import Severity, ValidationReport
from gui.forms.entity_dialog import EntityDialog, StayOpen
from gui.forms.trip_form import TripForm


class TripDialog(EntityDialog):
    """A warning (a leave on the same days, no 9.4 agreement yet) is shown beside its field; Save again keeps it."""

    def __init__(
        self, uow_factory: UnitOfWorkFactory, trip: BusinessTrip | None = None, parent: QWidget | None = None
    ) -> None:
        employees = [
            i.employee
            for i in services.list_employee_items(uow_factory())
            if i.employee.status is EmployeeStatus.ACTIVE or (trip and i.employee.id == trip.employee_id)
        ]
        form = TripForm(employees)
        form.populate(trip)
        super().__init__(
            form, title=_("New business trip") if trip is None else _("Business trip draft"), parent=parent
        )
        self._uow_factory = uow_factory
        self.trip_form = form
        self.submission_id = str(uuid.uuid4()) if trip is None else None
        self._warned: ValidationReport | None = None
        self.resize(760, self.sizeHint().height())

    def save(self, entity: BusinessTrip) -> BusinessTrip:
        report = services.check_trip(self._uow_factory(), entity)
        if report.is_valid and report.warnings and report != self._warned:
            self._warned = report
            self.trip_form.show_issues(report)
            self.banner.show_text(
                _("Please check the warnings; press Save again to keep the trip as it is."), Severity.WARNING
            )
            raise StayOpen
        return services.save_trip_draft(self._uow_factory(), entity, submission_id=self.submission_id)
