"""Career history and acting assignments: who held what, and who signed for whom, when."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from core.entities import ActingAssignment, EmploymentEvent, EventKind, SigningRole
from data.records import ActingAssignmentRecord, EmploymentEventRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new


class SqlEventRepository:
    """``core.ports.EventRepository``: events are only ever added, never rewritten."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, event: EmploymentEvent) -> EmploymentEvent:
        """Save a new record; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = EmploymentEventRecord(
            id=event.id,
            submission_id=event.submission_id,
            employee_id=event.employee_id,
            kind=event.kind.value,
            effective_on=event.effective_on,
            position_id=event.position_id,
            order_number=event.order_number,
            order_date=event.order_date,
            note=event.note,
        )
        self._session.add(record)
        flush_new(self._session, event.submission_id)
        return replace(event, id=record.id)

    def first_appointments(self) -> dict[int, date]:
        """Each employee's earliest appointment, read for the whole office in one query."""
        table = EmploymentEventRecord.__table__
        statement = (
            select(table.c.employee_id, func.min(table.c.effective_on))
            .where(table.c.kind == EventKind.APPOINTED.value)
            .group_by(table.c.employee_id)
        )
        return {employee_id: first for employee_id, first in self._session.execute(statement)}

    def by_submission(self, submission_id: str) -> EmploymentEvent | None:
        """The event a form with *submission_id* recorded, or ``None``."""
        statement = select(EmploymentEventRecord).where(EmploymentEventRecord.submission_id == submission_id)
        record = self._session.scalars(statement).first()
        return None if record is None else _event(record)

    def for_employee(self, employee_id: int) -> list[EmploymentEvent]:
        """The employee's events, oldest first (same-day events in the order recorded)."""
        statement = (
            select(EmploymentEventRecord)
            .where(EmploymentEventRecord.employee_id == employee_id)
            .order_by(EmploymentEventRecord.effective_on, EmploymentEventRecord.id)
        )
        return [_event(record) for record in self._session.scalars(statement)]

    def by_employee(self) -> dict[int, list[EmploymentEvent]]:
        """Every employee's events in one query: the office-wide lists must not read 10,000 histories."""
        statement = select(EmploymentEventRecord).order_by(
            EmploymentEventRecord.employee_id, EmploymentEventRecord.effective_on, EmploymentEventRecord.id
        )
        grouped: dict[int, list[EmploymentEvent]] = {}
        for record in self._session.scalars(statement):
            grouped.setdefault(record.employee_id, []).append(_event(record))
        return grouped


class SqlActingRepository:
    """``core.ports.ActingRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, assignment_id: int) -> ActingAssignment | None:
        """The assignment with *assignment_id*, or ``None``."""
        record = self._session.get(ActingAssignmentRecord, assignment_id)
        return None if record is None else _assignment(record)

    def list(self) -> builtins.list[ActingAssignment]:
        """All assignments, earliest start first."""
        return self._select()

    def covering(self, on: date) -> builtins.list[ActingAssignment]:
        """Assignments whose period includes *on*; both ends are inclusive (regulation 2.3)."""
        return self._select(ActingAssignmentRecord.starts_on <= on, ActingAssignmentRecord.ends_on >= on)

    def add(self, assignment: ActingAssignment) -> ActingAssignment:
        """Save a new record; returns it with its id."""
        record = ActingAssignmentRecord(id=assignment.id)
        _fill_assignment(record, assignment)
        self._session.add(record)
        self._session.flush()
        return replace(assignment, id=record.id)

    def update(self, assignment: ActingAssignment) -> ActingAssignment:
        """Raises ``MissingRecordError`` if *assignment* is not saved."""
        _fill_assignment(require(self._session, ActingAssignmentRecord, assignment.id), assignment)
        self._session.flush()
        return assignment

    def delete(self, assignment_id: int) -> None:
        """Raises ``MissingRecordError`` if there is no such assignment."""
        self._session.delete(require(self._session, ActingAssignmentRecord, assignment_id))
        self._session.flush()

    def _select(self, *conditions: ColumnElement[bool]) -> builtins.list[ActingAssignment]:
        statement = (
            select(ActingAssignmentRecord)
            .where(*conditions)
            .order_by(ActingAssignmentRecord.starts_on, ActingAssignmentRecord.id)
        )
        return [_assignment(record) for record in self._session.scalars(statement)]


def _event(record: EmploymentEventRecord) -> EmploymentEvent:
    return EmploymentEvent(
        employee_id=record.employee_id,
        kind=EventKind(record.kind),
        effective_on=record.effective_on,
        position_id=record.position_id,
        order_number=record.order_number,
        order_date=record.order_date,
        note=record.note,
        id=record.id,
        submission_id=record.submission_id,
    )


def _assignment(record: ActingAssignmentRecord) -> ActingAssignment:
    return ActingAssignment(
        role=SigningRole(record.role),
        acting_employee_id=record.acting_employee_id,
        starts_on=record.starts_on,
        ends_on=record.ends_on,
        department_id=record.department_id,
        order_number=record.order_number,
        note=record.note,
        id=record.id,
    )


def _fill_assignment(record: ActingAssignmentRecord, assignment: ActingAssignment) -> None:
    record.role = assignment.role.value
    record.acting_employee_id = assignment.acting_employee_id
    record.starts_on = assignment.starts_on
    record.ends_on = assignment.ends_on
    record.department_id = assignment.department_id
    record.order_number = assignment.order_number
    record.note = assignment.note
