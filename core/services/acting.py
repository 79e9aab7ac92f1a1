"""Acting officials (regulation 2.3) and the question later documents ask: who signs?"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.entities import ActingAssignment, Signatory, SigningRole
from core.i18n import _
from core.ports import UnitOfWork
from core.services.errors import NotFoundError
from core.signatories import resolve_signatory
from core.text import clean
from core.validation import ValidationError, validate_acting


def list_acting(uow: UnitOfWork) -> list[ActingAssignment]:
    with uow:
        return sorted(uow.acting.list(), key=lambda a: (a.starts_on, a.id or 0), reverse=True)


def _titular_holder(uow: UnitOfWork, assignment: ActingAssignment) -> int | None:
    if assignment.role is SigningRole.CHIEF:
        return uow.settings.get().chief_employee_id
    department = uow.departments.get(assignment.department_id) if assignment.department_id else None
    return department.head_employee_id if department else None


def save_acting(uow: UnitOfWork, assignment: ActingAssignment) -> ActingAssignment:
    assignment = replace(
        assignment,
        department_id=None if assignment.role is SigningRole.CHIEF else assignment.department_id,
        order_number=clean(assignment.order_number),
        note=clean(assignment.note),
    )
    with uow:
        report = validate_acting(
            assignment, others=uow.acting.list(), titular_employee_id=_titular_holder(uow, assignment)
        )
        if not report.is_valid:
            raise ValidationError(report)
        if uow.employees.get(assignment.acting_employee_id) is None:
            raise NotFoundError(_("The acting official is not in the employee records."))
        saved = uow.acting.add(assignment) if assignment.id is None else uow.acting.update(assignment)
        uow.commit()
    return saved


def delete_acting(uow: UnitOfWork, assignment_id: int) -> None:
    with uow:
        uow.acting.delete(assignment_id)
        uow.commit()


def signatory_for(uow: UnitOfWork, role: SigningRole, on: date, *, department_id: int | None = None) -> Signatory:
    """Who signs for *role* on *on*; documents print this answer (title, name, acting or not)."""
    with uow:
        return signatory_in(uow, role, on, department_id=department_id)


def signatory_in(uow: UnitOfWork, role: SigningRole, on: date, *, department_id: int | None = None) -> Signatory:
    """:func:`signatory_for` inside a unit of work the caller has already opened (a service's own).

    Raises:
        NotFoundError: A department head is asked for a department that is not in the records.
    """
    settings = uow.settings.get()
    department = uow.departments.get(department_id) if department_id is not None else None
    if role is SigningRole.DEPARTMENT_HEAD and department is None:
        raise NotFoundError(_("The department is not in the records."))
    assignments = uow.acting.covering(on)
    wanted = {settings.chief_employee_id, department.head_employee_id if department else None}
    wanted |= {a.acting_employee_id for a in assignments}
    employees = {i: e for i in wanted if i is not None and (e := uow.employees.get(i)) is not None}
    return resolve_signatory(
        role, on, settings=settings, assignments=assignments, employees=employees, department=department
    )
