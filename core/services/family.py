"""An employee's family members (10.7.1, 10.7.9, 12.6): added and corrected, never deleted.

A relative stays on record once named, because payments made for them refer to them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.access import Action, allowed, mask_text
from core.i18n import _
from core.payments.family import FamilyMember
from core.payments.validation import validate_family_member
from core.ports import UnitOfWork
from core.registration import normalize_registration_number
from core.services.errors import NotFoundError
from core.services.submissions import create_once
from core.text import clean
from core.validation import ValidationError


def list_family(uow: UnitOfWork, employee_id: int) -> list[FamilyMember]:
    """The employee's family members, oldest first; a role that may not see РДs gets them masked (5.1–5.3)."""
    with uow:
        members = uow.family.list(employee_id=employee_id)
    if allowed(uow.actor, Action.SEE_PERSONAL_DATA):
        return members
    return [replace(m, registration_number=mask_text(m.registration_number, keep_start=2, keep_end=2)) for m in members]


def save_family_member(uow: UnitOfWork, member: FamilyMember, *, today: date | None = None) -> FamilyMember:
    """Add a family member, or correct one already saved.

    Raises:
        ValidationError: No name, a birth date in the future, an РД that does not match.
        NotFoundError: The employee or the family member is not in the records.
    """
    member = replace(
        member, name=clean(member.name), registration_number=normalize_registration_number(member.registration_number)
    )
    report = validate_family_member(member, today=today or date.today())
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        if uow.employees.get(member.employee_id) is None:
            raise NotFoundError(_("The employee is not in the records."))
        if member.id is not None:
            stored = uow.family.get(member.id)
            if stored is None or stored.employee_id != member.employee_id:
                raise NotFoundError(_("The relative is not in the records."))
            saved = uow.family.update(replace(member, submission_id=stored.submission_id))
            uow.commit()
            return saved
        return create_once(uow, member.submission_id, find=uow.family.by_submission, create=lambda: _add(uow, member))


def _add(uow: UnitOfWork, member: FamilyMember) -> FamilyMember:
    saved = uow.family.add(member)
    uow.commit()
    return saved
