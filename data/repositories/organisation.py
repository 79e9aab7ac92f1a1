"""The office's structure: departments (units) and the positions in them.

Deleting a unit or position that something still refers to fails with SQLAlchemy's
``IntegrityError`` from the foreign keys; core checks beforehand and shows a proper message,
the constraint is the backstop.
"""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.entities import Department, Position, ServiceCategory, UnitKind
from data.records import DepartmentRecord, PositionRecord
from data.repositories.common import require
from data.repositories.employees import count_holders


class SqlDepartmentRepository:
    """``core.ports.DepartmentRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, department_id: int) -> Department | None:
        """The record with this id, or ``None``."""
        record = self._session.get(DepartmentRecord, department_id)
        return None if record is None else _department(record)

    def list(self) -> builtins.list[Department]:
        """All units in display order (``sort_order``, then creation order)."""
        statement = select(DepartmentRecord).order_by(DepartmentRecord.sort_order, DepartmentRecord.id)
        return [_department(record) for record in self._session.scalars(statement)]

    def add(self, department: Department) -> Department:
        """Save a new record; returns it with its id."""
        record = DepartmentRecord(id=department.id)
        _fill_department(record, department)
        self._session.add(record)
        self._session.flush()
        return replace(department, id=record.id)

    def update(self, department: Department) -> Department:
        """Raises ``MissingRecordError`` if *department* is not saved."""
        _fill_department(require(self._session, DepartmentRecord, department.id), department)
        self._session.flush()
        return department

    def delete(self, department_id: int) -> None:
        """Raises ``MissingRecordError``, or ``IntegrityError`` if the unit is still referred to."""
        self._session.delete(require(self._session, DepartmentRecord, department_id))
        self._session.flush()


class SqlPositionRepository:
    """``core.ports.PositionRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, position_id: int) -> Position | None:
        """The record with this id, or ``None``."""
        record = self._session.get(PositionRecord, position_id)
        return None if record is None else _position(record)

    def list(self) -> builtins.list[Position]:
        """All positions in creation order."""
        statement = select(PositionRecord).order_by(PositionRecord.id)
        return [_position(record) for record in self._session.scalars(statement)]

    def add(self, position: Position) -> Position:
        """Save a new record; returns it with its id."""
        record = PositionRecord(id=position.id)
        _fill_position(record, position)
        self._session.add(record)
        self._session.flush()
        return replace(position, id=record.id)

    def update(self, position: Position) -> Position:
        """Raises ``MissingRecordError`` if *position* is not saved."""
        _fill_position(require(self._session, PositionRecord, position.id), position)
        self._session.flush()
        return position

    def delete(self, position_id: int) -> None:
        """Raises ``MissingRecordError``, or ``IntegrityError`` if the position is still referred to."""
        self._session.delete(require(self._session, PositionRecord, position_id))
        self._session.flush()

    def holders(self, position_id: int) -> int:
        """Employees holding the position, counting those temporarily released (they keep it)."""
        return count_holders(self._session, position_id)


def _department(record: DepartmentRecord) -> Department:
    return Department(
        name=record.name,
        kind=UnitKind(record.kind),
        parent_id=record.parent_id,
        head_employee_id=record.head_employee_id,
        head_title=record.head_title,
        sort_order=record.sort_order,
        id=record.id,
    )


def _fill_department(record: DepartmentRecord, department: Department) -> None:
    record.name = department.name
    record.kind = department.kind.value
    record.parent_id = department.parent_id
    record.head_employee_id = department.head_employee_id
    record.head_title = department.head_title
    record.sort_order = department.sort_order


def _position(record: PositionRecord) -> Position:
    return Position(
        title=record.title,
        department_id=record.department_id,
        category=ServiceCategory(record.category),
        class_number=record.class_number,
        rank=record.rank,
        posts=record.posts,
        id=record.id,
    )


def _fill_position(record: PositionRecord, position: Position) -> None:
    record.title = position.title
    record.department_id = position.department_id
    record.category = position.category.value
    record.class_number = position.class_number
    record.rank = position.rank
    record.posts = position.posts
