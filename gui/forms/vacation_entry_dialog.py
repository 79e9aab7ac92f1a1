"""Plan one schedule entry (``services.save_entry``), or change an approved one with a reason (``change_entry``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError, RefusedError
from core.vacation.schedule import ScheduleEntry
from core.validation import ValidationError
from gui.forms.entity_dialog import EntityDialog
from gui.forms.vacation_entry_form import VacationEntryForm


class VacationEntryDialog(EntityDialog):
    """The working days are counted again on every date change, so the secretary sees them before saving."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        entry: ScheduleEntry,
        *,
        employee_name: str,
        approved: bool,
        parent: QWidget | None = None,
    ) -> None:
        form = VacationEntryForm(employee_name, needs_reason=approved)
        title = _("Change the approved schedule") if approved else _("Plan the vacation")
        super().__init__(form, title=title, parent=parent)
        self._uow_factory = uow_factory
        self._approved = approved
        self.entry_form = form
        form.populate(entry)
        for edit in (form.starts_on_edit, form.ends_on_edit):
            edit.edited.connect(self.refresh_preview)
        self.refresh_preview()
        self.resize(560, self.sizeHint().height())

    def refresh_preview(self) -> None:
        """Count the planned dates and show the rules' answer without saving anything."""
        try:
            preview = services.entry_preview(self._uow_factory(), self.entry_form.read())
        except (RefusedError, NotFoundError) as exc:
            self.banner.show_text(str(exc))
            return
        except ValidationError as exc:
            self.entry_form.show_issues(exc.report)
            return
        self.entry_form.show_preview(preview)

    def save(self, entity: ScheduleEntry) -> ScheduleEntry:
        if self._approved:
            return services.change_entry(self._uow_factory(), entity, reason=self.entry_form.reason, on=date.today())
        return services.save_entry(self._uow_factory(), entity)
