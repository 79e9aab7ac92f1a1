"""Employees: stored as ``EmployeeRecord``, read back as ``core.entities.Employee``.

Reads never load ORM instances. The employee list is the first screen and must show 10,000
people within the app's 1.5 s cold-start budget, so every read is one Core ``select()`` of
plain columns, turned into dataclasses directly from the rows.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from core.entities import (
    ContractKind,
    Employee,
    EmployeeListItem,
    EmployeeStatus,
    Gender,
    ServiceKind,
)
from core.text import search_key
from data.records import DepartmentRecord, EmployeeRecord, PositionRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new

_EMPLOYEES = EmployeeRecord.__table__
_POSITIONS = PositionRecord.__table__
_DEPARTMENTS = DepartmentRecord.__table__

#: The columns in ``Employee``'s field order, so a row maps onto the constructor positionally.
#: A field added to ``Employee`` without a column fails here, at import.
_FIELDS = tuple(field.name for field in fields(Employee))
_COLUMNS = tuple(_EMPLOYEES.c[name] for name in _FIELDS)

# Dict lookups instead of Enum calls: a measurable share of the 10,000-row list build.
_ENUM_LOOKUPS = tuple(
    (_FIELDS.index(name), {member.value: member for member in enum_type})
    for name, enum_type in (
        ("gender", Gender),
        ("service_kind", ServiceKind),
        ("contract_kind", ContractKind),
        ("status", EmployeeStatus),
    )
)

#: Statuses whose holder still holds the post: a temporarily released official keeps it.
HOLDING_STATUSES: tuple[EmployeeStatus, ...] = (EmployeeStatus.ACTIVE, EmployeeStatus.SUSPENDED)


def employee_search_key(employee: Employee) -> str:
    """The folded text the ``search_key`` column holds, so Ө/Ү searches work in SQL."""
    return search_key(f"{employee.patronymic} {employee.given_name} {employee.surname} {employee.registration_number}")


class SqlEmployeeRepository:
    """``core.ports.EmployeeRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, employee_id: int) -> Employee | None:
        """The employee with *employee_id*, or ``None``."""
        return self._first(_select().where(_EMPLOYEES.c.id == employee_id))

    def find_by_registration(self, number: str) -> Employee | None:
        """The employee with this exact РД, or ``None``."""
        return self._first(_select().where(_EMPLOYEES.c.registration_number == number))

    def by_submission(self, submission_id: str) -> Employee | None:
        """The employee a form with *submission_id* created, or ``None``."""
        return self._first(_select().where(_EMPLOYEES.c.submission_id == submission_id))

    def list_items(self) -> builtins.list[EmployeeListItem]:
        """Every employee with position title and department, in one joined query."""
        statement = (
            select(*_COLUMNS, _POSITIONS.c.title, _DEPARTMENTS.c.id, _DEPARTMENTS.c.name)
            .select_from(
                _EMPLOYEES.outerjoin(_POSITIONS, _EMPLOYEES.c.position_id == _POSITIONS.c.id).outerjoin(
                    _DEPARTMENTS, _POSITIONS.c.department_id == _DEPARTMENTS.c.id
                )
            )
            .order_by(_EMPLOYEES.c.id)
        )
        rows = self._session.execute(statement).all()
        return [_list_item(row) for row in rows]

    def list(self, *, status: EmployeeStatus | None = None) -> builtins.list[Employee]:
        """All employees in creation order, or only those with *status*."""
        statement = _select()
        if status is not None:
            statement = statement.where(_EMPLOYEES.c.status == status.value)
        return self._all(statement)

    def add(self, employee: Employee) -> Employee:
        """Save a new employee; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = EmployeeRecord(id=employee.id, submission_id=employee.submission_id)
        _fill(record, employee)
        self._session.add(record)
        flush_new(self._session, employee.submission_id)
        return replace(employee, id=record.id)

    def update(self, employee: Employee) -> Employee:
        """Overwrite the saved employee with *employee*.

        Raises:
            MissingRecordError: *employee* was never saved or has been deleted.
        """
        _fill(require(self._session, EmployeeRecord, employee.id), employee)
        self._session.flush()
        return employee

    def count(self) -> int:
        """How many employees there are, whatever their status."""
        return int(self._session.execute(select(func.count()).select_from(_EMPLOYEES)).scalar_one())

    def _first(self, statement: Select[Any]) -> Employee | None:
        row = self._session.execute(statement.limit(1)).first()
        return None if row is None else _employee(row)

    def _all(self, statement: Select[Any]) -> builtins.list[Employee]:
        return [_employee(row) for row in self._session.execute(statement.order_by(_EMPLOYEES.c.id))]


def _select() -> Select[Any]:
    return select(*_COLUMNS)


def _employee(row: Sequence[Any]) -> Employee:
    values = list(row[: len(_COLUMNS)])
    for index, members in _ENUM_LOOKUPS:
        values[index] = members[values[index]]
    return Employee(*values)


def _list_item(row: Sequence[Any]) -> EmployeeListItem:
    position_title, department_id, department_name = row[len(_COLUMNS) :]
    return EmployeeListItem(
        employee=_employee(row),
        position_title=position_title or "",
        department_id=department_id,
        department_name=department_name or "",
    )


def _fill(record: EmployeeRecord, employee: Employee) -> None:
    record.patronymic = employee.patronymic
    record.given_name = employee.given_name
    record.surname = employee.surname
    record.registration_number = employee.registration_number
    record.birth_date = employee.birth_date
    record.gender = employee.gender.value
    record.phone = employee.phone
    record.email = employee.email
    record.address = employee.address
    record.position_id = employee.position_id
    record.appointed_on = employee.appointed_on
    record.career_started_on = employee.career_started_on
    record.has_disability = employee.has_disability
    record.service_kind = employee.service_kind.value
    record.contract_kind = employee.contract_kind.value
    record.contract_ends_on = employee.contract_ends_on
    record.status = employee.status.value
    record.search_key = employee_search_key(employee)


def count_holders(session: Session, position_id: int) -> int:
    """Employees holding *position_id*: active or temporarily released (who keep their post)."""
    statement = (
        select(func.count())
        .select_from(_EMPLOYEES)
        .where(_EMPLOYEES.c.position_id == position_id)
        .where(_EMPLOYEES.c.status.in_([status.value for status in HOLDING_STATUSES]))
    )
    return int(session.execute(statement).scalar_one())
