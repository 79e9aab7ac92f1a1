"""Regulation 2.3: who signs for the chief or a department head on a given date.

The titular holder signs unless an acting assignment covers the date; then the acting
official signs under the title followed by "үүрэг гүйцэтгэгч". Later documents print
exactly this answer, so the rule lives in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from core.entities import ActingAssignment, Department, Employee, OfficeSettings, Signatory, SigningRole
from core.grammar import genitive

ACTING_SUFFIX = "үүрэг гүйцэтгэгч"

def acting_title(title: str) -> str:
    """"Тамгын газрын дарга" → "Тамгын газрын даргын үүрэг гүйцэтгэгч"."""
    return f"{genitive(title)} {ACTING_SUFFIX}"


def _covering(
    assignments: Iterable[ActingAssignment], role: SigningRole, department_id: int | None, on: date
) -> ActingAssignment | None:
    for assignment in assignments:
        if (
            assignment.role is role
            and assignment.department_id == (department_id if role is SigningRole.DEPARTMENT_HEAD else None)
            and assignment.starts_on <= on <= assignment.ends_on
        ):
            return assignment
    return None


def resolve_signatory(
    role: SigningRole,
    on: date,
    *,
    settings: OfficeSettings,
    assignments: Iterable[ActingAssignment],
    employees: Mapping[int, Employee],
    department: Department | None = None,
) -> Signatory:
    """The official who signs for *role* on *on*: acting official first, then the titular one."""
    if role is SigningRole.CHIEF:
        title, holder_id, department_id = settings.chief_title, settings.chief_employee_id, None
    else:
        if department is None:
            raise ValueError("a department head's signatory needs the department")
        title, holder_id, department_id = (
            department.head_title or department.name,
            department.head_employee_id,
            department.id,
        )
    acting = _covering(assignments, role, department_id, on)
    if acting is not None:
        return Signatory(employees.get(acting.acting_employee_id), acting_title(title), is_acting=True)
    return Signatory(employees.get(holder_id) if holder_id is not None else None, title)
