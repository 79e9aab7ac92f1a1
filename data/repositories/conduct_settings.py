"""The office's attendance and discipline rules, each a single row like the leave settings."""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy.orm import Session

from core.attendance.entities import AttendanceKind
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, DisciplinePolicy, SanctionKind
from data.records import AttendanceSettingsRecord, DisciplineSettingsRecord

#: Each settings table holds exactly one row, with this id (a CHECK constraint enforces it).
ROW_ID = 1
_ATTENDANCE_TEXTS = ("absence_clause", "warning_clause", "overrun_clause", "absence_breach", "warning_breach")
_DISCIPLINE_NUMBERS = ("max_cut_percent", "max_cut_months", "warning_months", "dismissal_months")


def _kinds(text: str) -> tuple[AttendanceKind, ...]:
    return tuple(AttendanceKind(value) for value in text.split(","))


def _joined(kinds: tuple[AttendanceKind, ...]) -> str:
    return ",".join(kind.value for kind in kinds)


class SqlAttendanceSettingsRepository:
    """``core.ports.AttendanceSettingsRepository``: a fresh database reads as the regulation's rules."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> AttendancePolicy:
        """The stored rules, or the regulation's until the first save."""
        record = self._session.get(AttendanceSettingsRecord, ROW_ID)
        if record is None:
            return AttendancePolicy()
        return AttendancePolicy(
            absence_after_days=record.absence_after_days,
            accumulated_kinds=_kinds(record.accumulated_kinds),
            lateness_per_week=record.lateness_per_week,
            warning_kinds=_kinds(record.warning_kinds),
            absence_sanction=SanctionKind(record.absence_sanction),
            warning_sanction=SanctionKind(record.warning_sanction),
            **{name: getattr(record, name) for name in _ATTENDANCE_TEXTS},
        )

    def save(self, policy: AttendancePolicy) -> None:
        """Create or overwrite the single row."""
        record = self._session.get(AttendanceSettingsRecord, ROW_ID)
        if record is None:
            record = AttendanceSettingsRecord(id=ROW_ID)
            self._session.add(record)
        record.absence_after_days = policy.absence_after_days
        record.accumulated_kinds = _joined(policy.accumulated_kinds)
        record.lateness_per_week = policy.lateness_per_week
        record.warning_kinds = _joined(policy.warning_kinds)
        record.absence_sanction = policy.absence_sanction.value
        record.warning_sanction = policy.warning_sanction.value
        for name in _ATTENDANCE_TEXTS:
            setattr(record, name, getattr(policy, name))
        self._session.flush()


class SqlDisciplineSettingsRepository:
    """``core.ports.DisciplineSettingsRepository``: a fresh database reads as the regulation's rules."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> DisciplinePolicy:
        """The stored rules, or the regulation's until the first save."""
        record = self._session.get(DisciplineSettingsRecord, ROW_ID)
        if record is None:
            return DisciplinePolicy()
        numbers = {name: getattr(record, name) for name in _DISCIPLINE_NUMBERS}
        if record.breaches_json is None:
            return DisciplinePolicy(**numbers)
        breaches = tuple(BreachClause(**item) for item in json.loads(record.breaches_json))
        return DisciplinePolicy(breaches=breaches, **numbers)

    def save(self, policy: DisciplinePolicy) -> None:
        """Create or overwrite the single row; the shipped breach list is stored as NULL."""
        record = self._session.get(DisciplineSettingsRecord, ROW_ID)
        if record is None:
            record = DisciplineSettingsRecord(id=ROW_ID)
            self._session.add(record)
        for name in _DISCIPLINE_NUMBERS:
            setattr(record, name, getattr(policy, name))
        shipped = DisciplinePolicy().breaches
        record.breaches_json = (
            None if policy.breaches == shipped else json.dumps([asdict(b) for b in policy.breaches], ensure_ascii=False)
        )
        self._session.flush()
