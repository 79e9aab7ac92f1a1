"""Add or edit a position through ``services.save_position``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core import services
from core.entities import Position
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.position_form import PositionForm


class PositionDialog(EntityDialog):
    def __init__(self, uow_factory: UnitOfWorkFactory, position: Position | None = None, *,
                 department_id: int | None = None, parent: QWidget | None = None) -> None:
        form = PositionForm(services.list_departments(uow_factory()))
        super().__init__(form, title=_("New position") if position is None else _("Edit position"), parent=parent)
        self._uow_factory = uow_factory
        self.position_form = form
        form.populate(position, department_id=department_id)
        self.resize(600, self.sizeHint().height())

    def save(self, entity: Position) -> Position:
        return services.save_position(self._uow_factory(), entity)
