"""Who decides and who recommends one employee's leave (6.4, 6.5, 2.3), from the office's structure.

The approver is named by :func:`core.leave.rules.decide_leave` as a role; this module turns the
role into a person on the leave's start date, through :func:`core.signatories.resolve_signatory`
so acting officials (2.3) sign exactly as on every other document.

Reading of the structure: the employee's "department head" is the nearest head up the unit
chain who is not the employee: a section (тасаг) without a head is covered by its
department's head, and a section head's leave is recommended and, up to one day, decided by
the department head. Someone with no head above them (a department head, or staff of a unit
whose head post is vacant) is decided by the chief.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from core.entities import ActingAssignment, Department, Employee, OfficeSettings, Signatory, SigningRole
from core.leave.entities import Approver
from core.leave.rules import ApplicantRole
from core.names import short_name
from core.signatories import resolve_signatory


@dataclass(frozen=True, slots=True)
class Official:
    """A person who signs a leave document, as printed: title, name, acting or not."""

    title: str
    name: str  # "Р.Отгонжаргал"; empty when the post is vacant (a line to fill by hand)
    employee_id: int | None = None
    is_acting: bool = False


@dataclass(frozen=True, slots=True)
class OfficeView:
    """The records the rules read: settings, units, acting assignments and the people they name."""

    settings: OfficeSettings
    units: Mapping[int, Department]
    assignments: Sequence[ActingAssignment]
    employees: Mapping[int, Employee]


def heading_unit(chain: Sequence[Department], employee_id: int | None) -> Department | None:
    """The nearest unit up *chain* headed by someone other than the employee."""
    return next((u for u in chain if u.head_employee_id not in (None, employee_id)), None)


def applicant_role(employee_id: int | None, chain: Sequence[Department], settings: OfficeSettings) -> ApplicantRole:
    """The chief; a "department head" (nobody heads them inside the office); or an employee."""
    if employee_id is not None and employee_id == settings.chief_employee_id:
        return ApplicantRole.CHIEF
    if heading_unit(chain, employee_id) is None:
        return ApplicantRole.DEPARTMENT_HEAD
    return ApplicantRole.EMPLOYEE


def _from_signatory(signatory: Signatory) -> Official:
    person = signatory.employee
    name = short_name(person) if person else ""
    return Official(signatory.title, name, person.id if person else None, signatory.is_acting)


def _official(role: Approver, on: date, view: OfficeView, unit: Department | None) -> Official:
    if role is Approver.SUPERIOR:
        return Official(view.settings.superior_title, view.settings.superior_name)
    signing = SigningRole.CHIEF if role is Approver.CHIEF else SigningRole.DEPARTMENT_HEAD
    signatory = resolve_signatory(
        signing, on, settings=view.settings, assignments=view.assignments, employees=view.employees, department=unit
    )
    return _from_signatory(signatory)


_ABOVE = {Approver.DEPARTMENT_HEAD: Approver.CHIEF, Approver.CHIEF: Approver.SUPERIOR}


def approving_official(
    approver: Approver, on: date, *, employee_id: int | None, chain: Sequence[Department], view: OfficeView
) -> Official:
    """Who signs "Зөвшөөрсөн" on *on* (the leave's start date).

    Nobody approves their own leave: when the official found is the applicant (e.g. the
    specialist acting for their head), the decision goes one level up.
    """
    unit = heading_unit(chain, employee_id)
    official = _official(approver, on, view, unit)
    while official.employee_id is not None and official.employee_id == employee_id and approver in _ABOVE:
        approver = _ABOVE[approver]
        official = _official(approver, on, view, unit)
    return official


def recommending_official(
    approver: Approver, on: date, *, employee_id: int | None, chain: Sequence[Department], view: OfficeView
) -> Official | None:
    """The head whose recommendation (6.4) the slip records, or None when the head decides alone.

    There is none when the head approves the leave themself, or when nobody heads the applicant.
    """
    unit = heading_unit(chain, employee_id)
    if approver is Approver.DEPARTMENT_HEAD or unit is None:
        return None
    official = _official(Approver.DEPARTMENT_HEAD, on, view, unit)
    return None if official.employee_id is not None and official.employee_id == employee_id else official


def needed_employee_ids(
    chain: Sequence[Department], view_settings: OfficeSettings, assignments: Sequence[ActingAssignment]
) -> set[int]:
    """The people :class:`OfficeView` must hold to name the officials of a leave in *chain*."""
    wanted = {u.head_employee_id for u in chain} | {view_settings.chief_employee_id}
    wanted |= {a.acting_employee_id for a in assignments}
    return {i for i in wanted if i is not None}
