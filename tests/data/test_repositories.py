"""Each repository round-trips its entity through a real SQLite file, Mongolian text intact."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import fields, replace
from datetime import date

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from core.entities import (
    ActingAssignment,
    Department,
    Employee,
    EmployeeStatus,
    EmploymentEvent,
    EventKind,
    OfficeSettings,
    Onboarding,
    Position,
    ServiceCategory,
    SigningRole,
    UnitKind,
)
from data import Database
from data.records import (
    ActingAssignmentRecord,
    DepartmentRecord,
    EmployeeRecord,
    EmploymentEventRecord,
    OfficeSettingsRecord,
    OnboardingRecord,
    PositionRecord,
)
from data.repositories import MissingRecordError, employee_search_key
from data.uow import SqlAlchemyUnitOfWork
from tests.data.conftest import make_department, make_employee, make_position


@pytest.mark.parametrize(
    ("entity", "record"),
    [
        (Employee, EmployeeRecord),
        (Department, DepartmentRecord),
        (Position, PositionRecord),
        (EmploymentEvent, EmploymentEventRecord),
        (ActingAssignment, ActingAssignmentRecord),
        (Onboarding, OnboardingRecord),
        (OfficeSettings, OfficeSettingsRecord),
    ],
)
def test_every_entity_field_has_a_column(entity: type, record: type) -> None:
    columns = {column.key for column in inspect(record).columns}
    assert {field.name for field in fields(entity)} - columns - {"id"} == set()


def reload(database: Database) -> SqlAlchemyUnitOfWork:
    """A fresh unit of work, so reads come from the file and not from a session's memory."""
    return database.uow_factory()


def test_employee_round_trip(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    department = uow.departments.add(make_department())
    position = uow.positions.add(make_position(department.id))
    saved = uow.employees.add(make_employee(position_id=position.id))
    uow.commit()
    assert saved.id is not None
    with reload(database) as again:
        assert again.employees.get(saved.id) == saved
        assert again.employees.find_by_registration(saved.registration_number) == saved
        assert again.employees.get(saved.id + 1) is None
        assert again.employees.find_by_registration("АА00000000") is None


def test_employee_update_rewrites_the_search_key(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    saved = uow.employees.add(make_employee())
    changed = uow.employees.update(replace(saved, given_name="Өнөрмаа", status=EmployeeStatus.RELEASED))
    uow.commit()
    with reload(database) as again:
        assert again.employees.get(changed.id or 0) == changed
    with closing(sqlite3.connect(database.path)) as connection:
        (key,) = connection.execute("SELECT search_key FROM employees WHERE id = ?", (changed.id,)).fetchone()
    assert key == employee_search_key(changed)
    assert "өнөрмаа" in key and "үүрийнгэгээ" in key


def test_employees_listed_by_status_and_counted(uow: SqlAlchemyUnitOfWork) -> None:
    active = uow.employees.add(make_employee(1, status=EmployeeStatus.ACTIVE))
    released = uow.employees.add(make_employee(2, status=EmployeeStatus.RELEASED))
    assert uow.employees.list() == [active, released]
    assert uow.employees.list(status=EmployeeStatus.RELEASED) == [released]
    assert uow.employees.count() == 2


def test_a_duplicate_registration_number_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    uow.employees.add(make_employee(1))
    with pytest.raises(IntegrityError):
        uow.employees.add(make_employee(1, given_name="Бат"))


def test_updating_an_unsaved_employee_fails(uow: SqlAlchemyUnitOfWork) -> None:
    with pytest.raises(MissingRecordError):
        uow.employees.update(make_employee())


def test_list_items_join_position_and_department(uow: SqlAlchemyUnitOfWork) -> None:
    department = uow.departments.add(make_department(name="Төрийн захиргааны удирдлагын хэлтэс"))
    unplaced_position = uow.positions.add(make_position(None, title="Зөвлөх"))
    position = uow.positions.add(make_position(department.id, title="Хүний нөөцийн мэргэжилтэн"))
    placed = uow.employees.add(make_employee(1, position_id=position.id))
    floating = uow.employees.add(make_employee(2, position_id=unplaced_position.id))
    unassigned = uow.employees.add(make_employee(3))
    items = {item.employee.id: item for item in uow.employees.list_items()}
    assert items[placed.id].employee == placed
    assert (items[placed.id].position_title, items[placed.id].department_id) == (position.title, department.id)
    assert items[placed.id].department_name == "Төрийн захиргааны удирдлагын хэлтэс"
    assert (items[floating.id].position_title, items[floating.id].department_name) == ("Зөвлөх", "")
    assert (items[unassigned.id].position_title, items[unassigned.id].department_id) == ("", None)


def test_department_round_trip_and_delete(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    parent = uow.departments.add(make_department(name="Үйлчилгээний төв", kind=UnitKind.AGENCY, sort_order=2))
    child = uow.departments.add(
        make_department(name="Өргөдөл гомдлын тасаг", kind=UnitKind.SECTION, parent_id=parent.id)
    )
    head = uow.employees.add(make_employee())
    child = uow.departments.update(replace(child, head_employee_id=head.id, head_title="Тасгийн эрхлэгч"))
    uow.commit()
    with reload(database) as again:
        assert again.departments.get(child.id or 0) == child
        assert again.departments.list() == [child, parent]  # sort_order 0 before 2
        with pytest.raises(IntegrityError):
            again.departments.delete(parent.id or 0)  # still the parent of child
    with reload(database) as again:
        again.departments.delete(child.id or 0)
        assert again.departments.get(child.id or 0) is None
        with pytest.raises(MissingRecordError):
            again.departments.delete(child.id or 0)


def test_position_round_trip_holders_and_delete(uow: SqlAlchemyUnitOfWork) -> None:
    department = uow.departments.add(make_department())
    position = uow.positions.add(make_position(department.id, category=ServiceCategory.SERVICE, rank="", posts=3))
    assert uow.positions.get(position.id or 0) == position
    changed = uow.positions.update(replace(position, title="Нягтлан бодогч", class_number=None))
    assert uow.positions.list() == [changed]
    for number, status in enumerate(EmployeeStatus):
        uow.employees.add(make_employee(number, position_id=position.id, status=status))
    assert uow.positions.holders(position.id or 0) == 2  # active and temporarily released
    with pytest.raises(IntegrityError):
        uow.positions.delete(position.id or 0)


def test_an_unused_position_can_be_deleted(uow: SqlAlchemyUnitOfWork) -> None:
    position = uow.positions.add(make_position(None))
    uow.positions.delete(position.id or 0)
    assert uow.positions.get(position.id or 0) is None


def test_events_round_trip_in_date_order(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    employee = uow.employees.add(make_employee())
    position = uow.positions.add(make_position(None))
    later = uow.events.add(
        EmploymentEvent(
            employee_id=employee.id or 0,
            kind=EventKind.SUSPENDED,
            effective_on=date(2024, 5, 1),
            order_number="Б/112",
            order_date=date(2024, 4, 28),
            note="Жирэмсний амралт, Өвөрхангай",
        )
    )
    first = uow.events.add(
        EmploymentEvent(employee.id or 0, EventKind.APPOINTED, date(2015, 3, 2), position_id=position.id)
    )
    uow.commit()
    with reload(database) as again:
        assert again.events.for_employee(employee.id or 0) == [first, later]
        assert again.events.for_employee((employee.id or 0) + 1) == []


def test_acting_round_trip_covering_and_delete(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    acting = uow.employees.add(make_employee())
    department = uow.departments.add(make_department())
    chief = uow.acting.add(ActingAssignment(SigningRole.CHIEF, acting.id or 0, date(2026, 7, 1), date(2026, 7, 14)))
    head = uow.acting.add(
        ActingAssignment(
            SigningRole.DEPARTMENT_HEAD,
            acting.id or 0,
            date(2026, 7, 10),
            date(2026, 7, 20),
            department_id=department.id,
            order_number="А/45",
            note="Ээлжийн амралт",
        )
    )
    head = uow.acting.update(replace(head, ends_on=date(2026, 7, 21)))
    uow.commit()
    with reload(database) as again:
        assert again.acting.get(head.id or 0) == head
        assert again.acting.list() == [chief, head]
        assert again.acting.covering(date(2026, 7, 14)) == [chief, head]  # both ends inclusive
        assert again.acting.covering(date(2026, 7, 21)) == [head]
        assert again.acting.covering(date(2026, 6, 30)) == []
        again.acting.delete(chief.id or 0)
        assert again.acting.list() == [head]


def test_an_acting_period_cannot_end_before_it_starts(uow: SqlAlchemyUnitOfWork) -> None:
    acting = uow.employees.add(make_employee())
    with pytest.raises(IntegrityError):
        uow.acting.add(ActingAssignment(SigningRole.CHIEF, acting.id or 0, date(2026, 7, 2), date(2026, 7, 1)))


def test_settings_default_then_round_trip(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    assert uow.settings.get() == OfficeSettings()
    chief = uow.employees.add(make_employee())
    settings = OfficeSettings(
        official_name="Өвөрхангай аймгийн Засаг даргын Тамгын газар",
        city="Арвайхээр",
        chief_employee_id=chief.id,
        superior_name="Ү.Түвшинбаяр",
    )
    uow.settings.save(settings)
    uow.settings.save(replace(settings, short_name="ӨЗДТГ"))  # a second save updates the one row
    uow.commit()
    with reload(database) as again:
        assert again.settings.get() == replace(settings, short_name="ӨЗДТГ")


def test_onboarding_round_trip(database: Database, uow: SqlAlchemyUnitOfWork) -> None:
    employee = uow.employees.add(make_employee())
    assert uow.onboarding.get(employee.id or 0) is None
    onboarding = Onboarding(employee.id or 0, job_description_on=date(2026, 1, 5), ethics_code_on=date(2026, 1, 6))
    uow.onboarding.save(onboarding)
    uow.onboarding.save(replace(onboarding, salary_on=date(2026, 1, 7)))
    uow.commit()
    with reload(database) as again:
        assert again.onboarding.get(employee.id or 0) == replace(onboarding, salary_on=date(2026, 1, 7))
