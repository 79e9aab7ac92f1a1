"""Add or correct a relative through ``services.save_family_member``."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from core import services
from core.i18n import _
from core.payments.family import FamilyMember
from core.ports import UnitOfWorkFactory
from gui.forms.entity_dialog import EntityDialog
from gui.forms.family_member_form import FamilyMemberForm


class FamilyMemberDialog(EntityDialog):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        employee_id: int,
        member: FamilyMember | None = None,
        parent: QWidget | None = None,
    ) -> None:
        form = FamilyMemberForm(employee_id)
        form.populate(member)
        super().__init__(form, title=_("Relative") if member else _("New relative"), parent=parent)
        self._uow_factory = uow_factory
        self.member_form = form
        self.submission_id = str(uuid.uuid4()) if member is None else None

    def save(self, entity: FamilyMember) -> FamilyMember:
        if self.submission_id is not None:
            entity = replace(entity, submission_id=self.submission_id)
        return services.save_family_member(self._uow_factory(), entity)
