"""The office calendar's changes and the leave settings (working day, section 6 as data)."""

from __future__ import annotations

import builtins
import json
from dataclasses import asdict, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.leave.entities import CalendarChange, LeaveSettings, WorkSchedule
from core.leave.policy import LeavePolicy, LeaveReason
from data.records import CalendarChangeRecord, LeaveSettingsRecord
from data.repositories.common import require

#: Like the office settings, the leave settings are one row with this id.
LEAVE_SETTINGS_ROW_ID = 1
_SCHEDULE_FIELDS = tuple(f.name for f in fields(WorkSchedule))
#: Policy numbers and clauses stored in columns of their own name; the reasons go in JSON.
_POLICY_FIELDS = tuple(f.name for f in fields(LeavePolicy) if f.name != "reasons")


class SqlCalendarRepository:
    """``core.ports.CalendarRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, change_id: int) -> CalendarChange | None:
        """The change with *change_id*, or ``None``."""
        record = self._session.get(CalendarChangeRecord, change_id)
        return None if record is None else _change(record)

    def list(self) -> builtins.list[CalendarChange]:
        """Every change, earliest day first."""
        return self._select()

    def changes_between(self, start: date, end: date) -> builtins.list[CalendarChange]:
        """Changes from *start* to *end*, both included."""
        return self._select(start, end)

    def add(self, change: CalendarChange) -> CalendarChange:
        """Save a new change; a second change for the same day breaks ``uq_calendar_changes_day``."""
        record = CalendarChangeRecord(day=change.day, is_working=change.is_working, decision=change.decision)
        self._session.add(record)
        self._session.flush()
        return replace(change, id=record.id)

    def delete(self, change_id: int) -> None:
        """Raises ``MissingRecordError`` if there is no such change."""
        self._session.delete(require(self._session, CalendarChangeRecord, change_id))
        self._session.flush()

    def _select(self, start: date | None = None, end: date | None = None) -> builtins.list[CalendarChange]:
        statement = select(CalendarChangeRecord).order_by(CalendarChangeRecord.day)
        if start is not None and end is not None:
            statement = statement.where(CalendarChangeRecord.day.between(start, end))
        return [_change(record) for record in self._session.scalars(statement)]


def _change(record: CalendarChangeRecord) -> CalendarChange:
    return CalendarChange(day=record.day, is_working=record.is_working, decision=record.decision, id=record.id)


class SqlLeaveSettingsRepository:
    """``core.ports.LeaveSettingsRepository``: a fresh database reads as the regulation's defaults."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> LeaveSettings:
        """The stored settings, or the defaults until the first save."""
        record = self._session.get(LeaveSettingsRecord, LEAVE_SETTINGS_ROW_ID)
        if record is None:
            return LeaveSettings()
        schedule = WorkSchedule(**{name: getattr(record, name) for name in _SCHEDULE_FIELDS})
        policy = LeavePolicy(**{name: getattr(record, name) for name in _POLICY_FIELDS})
        if record.reasons_json is not None:
            policy = replace(policy, reasons=tuple(LeaveReason(**r) for r in json.loads(record.reasons_json)))
        return LeaveSettings(schedule, policy)

    def save(self, settings: LeaveSettings) -> None:
        """Create or overwrite the single row; the shipped reasons are stored as NULL."""
        record = self._session.get(LeaveSettingsRecord, LEAVE_SETTINGS_ROW_ID)
        if record is None:
            record = LeaveSettingsRecord(id=LEAVE_SETTINGS_ROW_ID)
            self._session.add(record)
        for name in _SCHEDULE_FIELDS:
            setattr(record, name, getattr(settings.schedule, name))
        for name in _POLICY_FIELDS:
            setattr(record, name, getattr(settings.policy, name))
        reasons = settings.policy.reasons
        default = LeavePolicy().reasons
        record.reasons_json = (
            None if reasons == default else json.dumps([asdict(r) for r in reasons], ensure_ascii=False)
        )
        self._session.flush()
