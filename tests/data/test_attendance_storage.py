"""The attendance log on a real SQLite file: round trip, constraints, and the services end to end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.entities import EmployeeStatus
from data import Database
from data.repositories import MissingRecordError
from tests.data.conftest import make_employee


@pytest.fixture
def person(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee(status=EmployeeStatus.ACTIVE))
        uow.commit()
    assert saved.id is not None
    return saved.id


def entry(person: int, **changes: object) -> AttendanceEntry:
    base = AttendanceEntry(
        employee_id=person,
        day=date(2026, 11, 2),
        kind=AttendanceKind.LATE,
        minutes=25,
        reason="Замын түгжрэл",
        justified=True,
        recorded_by="Нярав",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_round_trip_and_update(database: Database, person: int) -> None:
    with database.uow_factory() as uow:
        saved = uow.attendance.add(entry(person))
        absent = uow.attendance.add(entry(person, day=date(2026, 11, 3), kind=AttendanceKind.ABSENT, minutes=480))
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.attendance.get(saved.id or 0) == saved
        assert uow.attendance.between(date(2026, 11, 1), date(2026, 11, 30)) == [saved, absent]
        assert uow.attendance.between(date(2026, 11, 3), date(2026, 11, 3), employee_id=person) == [absent]
        assert uow.attendance.between(date(2026, 11, 2), date(2026, 11, 2), employee_id=person + 1) == []
        uow.attendance.update(replace(saved, minutes=40, justified=False))
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.attendance.get(saved.id or 0) == replace(saved, minutes=40, justified=False)
        with pytest.raises(MissingRecordError):
            uow.attendance.update(replace(saved, id=999))


@pytest.mark.parametrize(
    "bad",
    [
        {"minutes": 0},  # ck_attendance_entries_minutes
        {"employee_id": 999},  # the foreign key
    ],
)
def test_database_refuses_what_the_rules_refuse(database: Database, person: int, bad: dict[str, object]) -> None:
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.attendance.add(entry(person, **bad))


def test_one_entry_of_a_kind_per_person_and_day(database: Database, person: int) -> None:
    with database.uow_factory() as uow:
        uow.attendance.add(entry(person))
        with pytest.raises(IntegrityError):
            uow.attendance.add(entry(person, minutes=5))


def test_services_on_sqlite(database: Database, person: int) -> None:
    factory = database.uow_factory
    for day in (2, 3, 4, 5):
        services.record_attendance(factory(), entry(person, day=date(2026, 11, day), justified=False, reason=""))
    flags = services.attendance_flags(factory(), year=2026, month=11)
    assert [w.times for w in flags.warnings] == [4]
    [summary] = services.monthly_attendance(factory(), year=2026, month=11)
    assert summary.late_minutes == 100
    assert [r.employee_id for r in services.day_sheet(factory(), date(2026, 11, 2)) if r.entries] == [person]
