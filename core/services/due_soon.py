"""The "due soon" list on the main window and the children's gift list (12.5, 12.6, 12.7, pension age)."""

from __future__ import annotations

from datetime import date

from core.dates import full_years_between
from core.documents.models import SignatureLine
from core.entities import EmployeeStatus
from core.names import employee_sort_key, full_name
from core.official_dates import official_date
from core.payments.catalogue import LONG_SERVICE_KIND
from core.payments.documents import GiftDepartment, GiftLine, GiftListDocument
from core.payments.due_soon import DueItem, DuePolicy, due_soon, gift_children
from core.payments.family import FamilyMember
from core.ports import UnitOfWork

#: The department heading of employees without a unit.
NO_UNIT = "Нэгжгүй"


def due_soon_list(uow: UnitOfWork, *, today: date, policy: DuePolicy | None = None) -> list[DueItem]:
    """Everything due from *today* to the policy's horizon (the office's stored one by default), soonest first."""
    with uow:
        policy = policy or uow.performance_settings.due()
        employees = uow.employees.list(status=EmployeeStatus.ACTIVE)
        family = _by_employee(uow.family.list())
        history = uow.events.by_employee()
        events = {e.id: history.get(e.id, []) for e in employees if e.id is not None}
        paid = {p.employee_id for p in uow.payments.list() if p.kind_code == LONG_SERVICE_KIND and not p.annulled}
    return due_soon(employees, family=family, events=events, long_service_paid=paid, today=today, policy=policy)


def _by_employee(members: list[FamilyMember]) -> dict[int, list[FamilyMember]]:
    grouped: dict[int, list[FamilyMember]] = {}
    for member in members:
        grouped.setdefault(member.employee_id, []).append(member)
    return grouped


def gift_list_document(uow: UnitOfWork, *, on: date, policy: DuePolicy | None = None) -> GiftListDocument:
    """The children aged 0 to the policy's age on the gift day *on* (12.6), of the active employees, per department."""
    with uow:
        policy = policy or uow.performance_settings.due()
        items = [i for i in uow.employees.list_items() if i.employee.status is EmployeeStatus.ACTIVE]
        family = _by_employee(uow.family.list())
        office = uow.settings.get().official_name
    departments: dict[str, list[GiftLine]] = {}
    for item in sorted(items, key=lambda i: employee_sort_key(i.employee)):
        for child in gift_children(family.get(item.employee.id or 0, []), on, policy):
            line = GiftLine(
                full_name(item.employee), child.name, child.birth_date, full_years_between(child.birth_date, on)
            )
            departments.setdefault(item.department_name or NO_UNIT, []).append(line)
    return GiftListDocument(
        office_name=office,
        title=f"Бэлэг авах 0–{policy.child_max_age} насны хүүхдийн жагсаалт ({official_date(on)}, журмын 12.6)",
        departments=tuple(GiftDepartment(name, tuple(lines)) for name, lines in departments.items()),
        signatures=(SignatureLine("Жагсаалт гаргасан", "", ""),),
    )
