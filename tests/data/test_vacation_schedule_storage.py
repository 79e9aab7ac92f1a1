"""The vacation schedule on a real SQLite file: round trip, agreements, changes, the database's limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule
from data import Database
from tests.data.conftest import make_department, make_employee


@pytest.fixture
def ids(database: Database) -> tuple[int, int, int]:
    with database.uow_factory() as uow:
        employee = uow.employees.add(make_employee())
        unit = uow.departments.add(make_department())
        schedule = uow.vacation_schedule.add(VacationSchedule(2026))
        uow.commit()
    assert employee.id and unit.id and schedule.id
    return schedule.id, employee.id, unit.id


def test_a_schedule_with_its_entries_agreements_and_changes_round_trips(
    database: Database, ids: tuple[int, int, int]
) -> None:
    schedule_id, employee_id, unit_id = ids
    entry = ScheduleEntry(
        schedule_id,
        employee_id,
        unit_id,
        wish_starts_on=date(2026, 8, 1),
        wish_month=8,
        wish_days=10,
        wish_note="Хүүхдийн амралттай давхцуулах",
        starts_on=date(2026, 8, 3),
        ends_on=date(2026, 8, 14),
        working_days=10,
        note="Өөрийн хүсэлтээр",
        submission_id="form-1",
    )
    with database.uow_factory() as uow:
        saved = uow.vacation_schedule.add_entry(entry)
        assert saved.id is not None
        agreement = uow.vacation_schedule.save_agreement(
            DepartmentAgreement(schedule_id, unit_id, date(2026, 3, 10), "Раднаа Отгонжаргал")
        )
        again = uow.vacation_schedule.save_agreement(replace(agreement, agreed_on=date(2026, 3, 12), id=None))
        schedule = uow.vacation_schedule.update(
            VacationSchedule(2026, date(2026, 3, 20), "Дорж Батбаяр", "Тамгын газрын дарга", schedule_id)
        )
        change = uow.vacation_schedule.add_change(
            ScheduleChange(
                saved.id,
                date(2026, 6, 1),
                "Ажлын шаардлагаар",
                date(2026, 8, 3),
                date(2026, 8, 14),
                10,
                date(2026, 9, 7),
                date(2026, 9, 18),
                10,
            )
        )
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.vacation_schedule.get(2026) == schedule
        assert uow.vacation_schedule.by_id(schedule_id) == schedule
        assert uow.vacation_schedule.years() == [2026]
        assert uow.vacation_schedule.entries(schedule_id) == [saved]
        assert uow.vacation_schedule.entry_by_submission("form-1") == saved
        assert uow.vacation_schedule.agreements(schedule_id) == [again]
        assert again.id == agreement.id and again.agreed_on == date(2026, 3, 12)
        assert uow.vacation_schedule.changes(schedule_id) == [change]
        assert uow.vacation_schedule.get(2027) is None


@pytest.mark.parametrize(
    "changes",
    [
        {"starts_on": date(2026, 8, 3)},  # a start without an end
        {"starts_on": date(2026, 8, 14), "ends_on": date(2026, 8, 3)},
        {"wish_month": 13},
        {"working_days": -1},
        {"employee_id": 999},
    ],
)
def test_the_database_refuses_a_broken_entry(database: Database, ids: tuple[int, int, int], changes: dict) -> None:
    schedule_id, employee_id, _unit = ids
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.vacation_schedule.add_entry(replace(ScheduleEntry(schedule_id, employee_id), **changes))
        uow.commit()


def test_the_database_refuses_a_change_without_a_reason_and_a_second_schedule_for_a_year(
    database: Database, ids: tuple[int, int, int]
) -> None:
    schedule_id, employee_id, _unit = ids
    with database.uow_factory() as uow:
        entry = uow.vacation_schedule.add_entry(ScheduleEntry(schedule_id, employee_id))
        uow.commit()
    assert entry.id is not None
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.vacation_schedule.add_change(ScheduleChange(entry.id, date(2026, 6, 1), "", None, None, 0, None, None, 0))
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.vacation_schedule.add(VacationSchedule(2026))


def test_the_schedule_says_which_units_it_names(database: Database, ids: tuple[int, int, int]) -> None:
    schedule_id, employee_id, unit_id = ids
    with database.uow_factory() as uow:
        assert not uow.vacation_schedule.names_department(unit_id)
        uow.vacation_schedule.add_entry(ScheduleEntry(schedule_id, employee_id, unit_id))
        assert uow.vacation_schedule.names_department(unit_id)
