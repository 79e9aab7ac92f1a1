"""What falls due soon: jubilees (12.5), ten years of service (12.7), children's gifts (12.6), pension age.

Pure functions over the records; the horizon, the ages and the gift days are data
(:class:`DuePolicy`). A date counts when it falls from today to today + horizon, both included.
Someone born on 29 February has their birthday on 28 February in a common year (the last day
of their birth month, as the office celebrates it); a pension age reached on such a day falls
the same way.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from core.entities import Employee, EmployeeStatus, EmploymentEvent, Gender
from core.names import full_name
from core.payments.catalogue import GIFT_KIND, JUBILEE_KIND, LONG_SERVICE_KIND
from core.payments.family import FamilyMember, Relation
from core.payments.pension import OFFICE_PENSION_AGES, PensionAgeRule, add_months_clamped, pension_date
from core.payments.service_start import continuous_service_start


class DueKind(enum.StrEnum):
    JUBILEE = "jubilee"  # 12.5: 50, 60 насны ой
    LONG_SERVICE = "long_service"  # 12.7: 10 жил тасралтгүй
    CHILD_GIFT = "child_gift"  # 12.6: шинэ жил, эх үрсийн баяр
    RETIREMENT = "retirement"  # 12.5: өндөр насны тэтгэвэрт гарах


@dataclass(frozen=True, slots=True)
class DuePolicy:
    """The "due soon" settings; the defaults are the office's regulation and the pension law."""

    horizon_days: int = 60
    jubilee_ages: tuple[int, ...] = (50, 60)  # 12.5
    service_years: int = 10  # 12.7
    gift_days: tuple[tuple[int, int], ...] = ((1, 1), (6, 1))  # 12.6: New Year, 1 June (month, day)
    child_max_age: int = 16  # 12.6: 0–16 насны хүүхэд
    pension_ages: Mapping[Gender, PensionAgeRule] = field(default_factory=lambda: dict(OFFICE_PENSION_AGES))


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing due: whose, when, what (``years``: the age, the years of service or the pension age)."""

    kind: DueKind
    employee_id: int
    on: date
    years: int = 0
    payment_kind: str | None = None  # the register's kind a payment for it would be
    children: tuple[FamilyMember, ...] = ()
    name: str = ""  # the employee's, for the screen


def anniversary(start: date, years: int) -> date:
    """The day *years* after *start*; 29 February falls on 28 February in a common year."""
    return add_months_clamped(start, 12 * years)


def _window(today: date, policy: DuePolicy) -> tuple[date, date]:
    return today, today + timedelta(days=policy.horizon_days)


def _jubilees(employee: Employee, today: date, policy: DuePolicy) -> list[DueItem]:
    first, last = _window(today, policy)
    assert employee.id is not None
    return [
        DueItem(DueKind.JUBILEE, employee.id, day, age, JUBILEE_KIND)
        for age in policy.jubilee_ages
        if first <= (day := anniversary(employee.birth_date, age)) <= last
    ]


def _retirement(employee: Employee, today: date, policy: DuePolicy) -> list[DueItem]:
    first, last = _window(today, policy)
    assert employee.id is not None
    rules = dict(policy.pension_ages)
    day = pension_date(employee.birth_date, employee.gender, rules)
    if not first <= day <= last:
        return []
    return [
        DueItem(
            DueKind.RETIREMENT,
            employee.id,
            day,
            rules[employee.gender].age_months(employee.birth_date.year) // 12,
            JUBILEE_KIND,
        )
    ]


def _long_service(
    employee: Employee, events: Sequence[EmploymentEvent], today: date, policy: DuePolicy, paid: bool
) -> list[DueItem]:
    """Due from the tenth anniversary on until paid: 12.7 pays once, whenever the ten years are reached."""
    start = continuous_service_start(employee, events)
    if start is None or paid:
        return []
    day = anniversary(start, policy.service_years)
    if day > _window(today, policy)[1]:
        return []
    assert employee.id is not None
    return [DueItem(DueKind.LONG_SERVICE, employee.id, day, policy.service_years, LONG_SERVICE_KIND)]


def gift_days(today: date, policy: DuePolicy) -> list[date]:
    """The gift days (12.6) from *today* to the horizon, across a year end."""
    first, last = _window(today, policy)
    days = (date(year, month, day) for year in (first.year, first.year + 1) for month, day in policy.gift_days)
    return sorted(d for d in days if first <= d <= last)


def gift_children(family: Iterable[FamilyMember], on: date, policy: DuePolicy) -> list[FamilyMember]:
    """The children aged 0 to ``child_max_age`` on the gift day *on* (born by then, not yet a year older)."""
    return [
        m
        for m in family
        if m.relation is Relation.CHILD and m.birth_date <= on < anniversary(m.birth_date, policy.child_max_age + 1)
    ]


def _gifts(employee_id: int, family: Sequence[FamilyMember], today: date, policy: DuePolicy) -> list[DueItem]:
    items = []
    for day in gift_days(today, policy):
        children = gift_children(family, day, policy)
        if children:
            items.append(
                DueItem(DueKind.CHILD_GIFT, employee_id, day, payment_kind=GIFT_KIND, children=tuple(children))
            )
    return items


def due_soon(
    employees: Iterable[Employee],
    *,
    family: Mapping[int, Sequence[FamilyMember]],
    events: Mapping[int, Sequence[EmploymentEvent]],
    long_service_paid: Iterable[int] = (),
    today: date,
    policy: DuePolicy = DuePolicy(),  # noqa: B008 - frozen, shared safely
) -> list[DueItem]:
    """Everything due for the active *employees* from *today* to the horizon, soonest first.

    Args:
        employees: The employees; only active ones are considered.
        family: Each employee's family members, by employee id.
        events: Each employee's career events, by employee id (for continuous service).
        long_service_paid: Employees already paid under 12.7 (it pays once).
        today: The day the list is for.
        policy: The horizon, ages and gift days.
    """
    paid = set(long_service_paid)
    items: list[DueItem] = []
    for employee in employees:
        if employee.id is None or employee.status is not EmployeeStatus.ACTIVE:
            continue
        own = _jubilees(employee, today, policy) + _retirement(employee, today, policy)
        own += _long_service(employee, events.get(employee.id, ()), today, policy, employee.id in paid)
        own += _gifts(employee.id, family.get(employee.id, ()), today, policy)
        name = full_name(employee)
        items += [replace(item, name=name) for item in own]
    return sorted(items, key=lambda item: (item.on, item.kind, item.employee_id))
