"""Record a release, dismissal, suspension, reinstatement or re-appointment (regulation 4.1–4.9)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import Employee, EmploymentEvent
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.event_form import EventForm


class EventDialog(EntityDialog):
    """Saves through ``services.record_event``; ``saved_entity`` is the updated employee."""

    def __init__(self, uow_factory: UnitOfWorkFactory, employee: Employee, parent: QWidget | None = None) -> None:
        positions = services.list_positions(uow_factory())
        departments = services.list_departments(uow_factory())
        form = EventForm(employee, positions, departments)
        super().__init__(form, title=_("Release, dismiss or re-appoint"), parent=parent)
        self._uow_factory = uow_factory
        self.event_form = form
        #: One id per opened form: sent again after a crash, the event is recorded once.
        self.submission_id = str(uuid.uuid4())
        self.resize(600, self.sizeHint().height())

    def save(self, entity: EmploymentEvent) -> Employee:
        return services.record_event(self._uow_factory(), replace(entity, submission_id=self.submission_id))
