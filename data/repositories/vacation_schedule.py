"""The yearly vacation schedules (6.11): entries are saved and changed, changes only added."""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule
from data.records import ScheduleAgreementRecord, ScheduleChangeRecord, ScheduleEntryRecord, VacationScheduleRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new


class SqlVacationScheduleRepository:
    """``core.ports.VacationScheduleRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, year: int) -> VacationSchedule | None:
        """The schedule of *year*, or ``None``."""
        record = self._session.scalar(select(VacationScheduleRecord).where(VacationScheduleRecord.year == year))
        return None if record is None else _schedule(record)

    def by_id(self, schedule_id: int) -> VacationSchedule | None:
        record = self._session.get(VacationScheduleRecord, schedule_id)
        return None if record is None else _schedule(record)

    def years(self) -> builtins.list[int]:
        return list(self._session.scalars(select(VacationScheduleRecord.year).order_by(VacationScheduleRecord.year)))

    def add(self, schedule: VacationSchedule) -> VacationSchedule:
        record = VacationScheduleRecord(year=schedule.year)
        _fill_schedule(record, schedule)
        self._session.add(record)
        self._session.flush()
        return replace(schedule, id=record.id)

    def update(self, schedule: VacationSchedule) -> VacationSchedule:
        """Raises ``MissingRecordError`` if *schedule* is not saved."""
        _fill_schedule(require(self._session, VacationScheduleRecord, schedule.id), schedule)
        self._session.flush()
        return schedule

    def entries(self, schedule_id: int) -> builtins.list[ScheduleEntry]:
        statement = (
            select(ScheduleEntryRecord)
            .where(ScheduleEntryRecord.schedule_id == schedule_id)
            .order_by(ScheduleEntryRecord.id)
        )
        return [_entry(record) for record in self._session.scalars(statement)]

    def get_entry(self, entry_id: int) -> ScheduleEntry | None:
        record = self._session.get(ScheduleEntryRecord, entry_id)
        return None if record is None else _entry(record)

    def entry_by_submission(self, submission_id: str) -> ScheduleEntry | None:
        statement = select(ScheduleEntryRecord).where(ScheduleEntryRecord.submission_id == submission_id)
        record = self._session.scalar(statement)
        return None if record is None else _entry(record)

    def add_entry(self, entry: ScheduleEntry) -> ScheduleEntry:
        """Raises ``DuplicateSubmissionError`` if the entry's submission id is already saved."""
        record = ScheduleEntryRecord(submission_id=entry.submission_id)
        _fill_entry(record, entry)
        self._session.add(record)
        flush_new(self._session, entry.submission_id)
        return replace(entry, id=record.id)

    def update_entry(self, entry: ScheduleEntry) -> ScheduleEntry:
        """Raises ``MissingRecordError`` if *entry* is not saved."""
        _fill_entry(require(self._session, ScheduleEntryRecord, entry.id), entry)
        self._session.flush()
        return entry

    def agreements(self, schedule_id: int) -> builtins.list[DepartmentAgreement]:
        statement = select(ScheduleAgreementRecord).where(ScheduleAgreementRecord.schedule_id == schedule_id)
        return [_agreement(record) for record in self._session.scalars(statement.order_by(ScheduleAgreementRecord.id))]

    def save_agreement(self, agreement: DepartmentAgreement) -> DepartmentAgreement:
        """The department's agreement in the schedule, added or replacing the one it had."""
        record = self._session.scalar(
            select(ScheduleAgreementRecord).where(
                ScheduleAgreementRecord.schedule_id == agreement.schedule_id,
                ScheduleAgreementRecord.department_id == agreement.department_id,
            )
        )
        if record is None:
            record = ScheduleAgreementRecord(schedule_id=agreement.schedule_id, department_id=agreement.department_id)
            self._session.add(record)
        record.agreed_on = agreement.agreed_on
        record.head_name = agreement.head_name
        self._session.flush()
        return replace(agreement, id=record.id)

    def changes(self, schedule_id: int) -> builtins.list[ScheduleChange]:
        statement = (
            select(ScheduleChangeRecord)
            .join(ScheduleEntryRecord, ScheduleEntryRecord.id == ScheduleChangeRecord.entry_id)
            .where(ScheduleEntryRecord.schedule_id == schedule_id)
            .order_by(ScheduleChangeRecord.id)
        )
        return [_change(record) for record in self._session.scalars(statement)]

    def add_change(self, change: ScheduleChange) -> ScheduleChange:
        record = ScheduleChangeRecord(
            entry_id=change.entry_id,
            changed_on=change.changed_on,
            reason=change.reason,
            old_starts_on=change.old_starts_on,
            old_ends_on=change.old_ends_on,
            old_working_days=change.old_working_days,
            new_starts_on=change.new_starts_on,
            new_ends_on=change.new_ends_on,
            new_working_days=change.new_working_days,
        )
        self._session.add(record)
        self._session.flush()
        return replace(change, id=record.id)

    def names_department(self, department_id: int) -> bool:
        entries = select(ScheduleEntryRecord.id).where(ScheduleEntryRecord.department_id == department_id)
        agreements = select(ScheduleAgreementRecord.id).where(ScheduleAgreementRecord.department_id == department_id)
        return (
            self._session.scalar(entries.limit(1)) is not None or self._session.scalar(agreements.limit(1)) is not None
        )


def _schedule(record: VacationScheduleRecord) -> VacationSchedule:
    return VacationSchedule(
        year=record.year,
        approved_on=record.approved_on,
        approved_by=record.approved_by,
        approver_title=record.approver_title,
        id=record.id,
    )


def _fill_schedule(record: VacationScheduleRecord, schedule: VacationSchedule) -> None:
    record.year = schedule.year
    record.approved_on = schedule.approved_on
    record.approved_by = schedule.approved_by
    record.approver_title = schedule.approver_title


def _entry(record: ScheduleEntryRecord) -> ScheduleEntry:
    return ScheduleEntry(
        schedule_id=record.schedule_id,
        employee_id=record.employee_id,
        department_id=record.department_id,
        wish_starts_on=record.wish_starts_on,
        wish_month=record.wish_month,
        wish_days=record.wish_days,
        wish_note=record.wish_note,
        starts_on=record.starts_on,
        ends_on=record.ends_on,
        working_days=record.working_days,
        note=record.note,
        id=record.id,
        submission_id=record.submission_id,
    )


def _fill_entry(record: ScheduleEntryRecord, entry: ScheduleEntry) -> None:
    record.schedule_id = entry.schedule_id
    record.employee_id = entry.employee_id
    record.department_id = entry.department_id
    record.wish_starts_on = entry.wish_starts_on
    record.wish_month = entry.wish_month
    record.wish_days = entry.wish_days
    record.wish_note = entry.wish_note
    record.starts_on = entry.starts_on
    record.ends_on = entry.ends_on
    record.working_days = entry.working_days
    record.note = entry.note


def _agreement(record: ScheduleAgreementRecord) -> DepartmentAgreement:
    return DepartmentAgreement(
        schedule_id=record.schedule_id,
        department_id=record.department_id,
        agreed_on=record.agreed_on,
        head_name=record.head_name,
        id=record.id,
    )


def _change(record: ScheduleChangeRecord) -> ScheduleChange:
    return ScheduleChange(
        entry_id=record.entry_id,
        changed_on=record.changed_on,
        reason=record.reason,
        old_starts_on=record.old_starts_on,
        old_ends_on=record.old_ends_on,
        old_working_days=record.old_working_days,
        new_starts_on=record.new_starts_on,
        new_ends_on=record.new_ends_on,
        new_working_days=record.new_working_days,
        id=record.id,
    )
