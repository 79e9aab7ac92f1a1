"""The attendance log (``core.ports.AttendanceRepository``)."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.attendance.entities import AttendanceEntry, AttendanceKind
from data.records import AttendanceRecord
from data.repositories.common import require


class SqlAttendanceRepository:
    """``core.ports.AttendanceRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, entry_id: int) -> AttendanceEntry | None:
        """The entry with *entry_id*, or ``None``."""
        record = self._session.get(AttendanceRecord, entry_id)
        return None if record is None else _entry(record)

    def add(self, entry: AttendanceEntry) -> AttendanceEntry:
        """Save a new entry; a second one of the same kind, person and day breaks the unique key."""
        record = AttendanceRecord(employee_id=entry.employee_id, day=entry.day)
        _fill(record, entry)
        self._session.add(record)
        self._session.flush()
        return replace(entry, id=record.id)

    def update(self, entry: AttendanceEntry) -> AttendanceEntry:
        """Rewrite a saved entry; raises ``MissingRecordError`` if there is none with its id."""
        record = require(self._session, AttendanceRecord, entry.id)
        _fill(record, entry)
        self._session.flush()
        return entry

    def between(self, start: date, end: date, *, employee_id: int | None = None) -> builtins.list[AttendanceEntry]:
        """Entries from *start* to *end* (both included), of one person if given, by day."""
        statement = (
            select(AttendanceRecord)
            .where(AttendanceRecord.day.between(start, end))
            .order_by(AttendanceRecord.day, AttendanceRecord.id)
        )
        if employee_id is not None:
            statement = statement.where(AttendanceRecord.employee_id == employee_id)
        return [_entry(record) for record in self._session.scalars(statement)]


def _fill(record: AttendanceRecord, entry: AttendanceEntry) -> None:
    record.employee_id = entry.employee_id
    record.day = entry.day
    record.kind = entry.kind.value
    record.minutes = entry.minutes
    record.reason = entry.reason
    record.justified = entry.justified
    record.recorded_by = entry.recorded_by


def _entry(record: AttendanceRecord) -> AttendanceEntry:
    return AttendanceEntry(
        employee_id=record.employee_id,
        day=record.day,
        kind=AttendanceKind(record.kind),
        minutes=record.minutes,
        reason=record.reason,
        justified=record.justified,
        recorded_by=record.recorded_by,
        id=record.id,
    )
