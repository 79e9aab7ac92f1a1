"""Small builders for valid records, so each test states only what it is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from core import services
from core.entities import Department, Employee, Gender, Position, ServiceCategory
from core.registration import make_registration_number
from tests.fakes import FakeUnitOfWork

_serial = iter(range(10_000))


def employee(**changes: Any) -> Employee:
    """A valid employee; a fresh РД that agrees with the birth date and gender."""
    born = changes.pop("birth_date", date(1988, 5, 14))
    gender = changes.pop("gender", Gender.FEMALE)
    base = Employee(
        patronymic="Чулуун",
        given_name="Тамираа",
        registration_number=make_registration_number("УБ", born, next(_serial), gender),
        birth_date=born,
        gender=gender,
        phone="99112233",
        career_started_on=date(2012, 9, 1),
    )
    return replace(base, **changes)


def office_with_people(uow: FakeUnitOfWork) -> dict[str, Any]:
    """A chief, the Legal department with its head and a specialist, all saved."""
    legal = services.save_department(
        uow, Department(name="Хууль, эрх зүйн хэлтэс", head_title="Хууль, эрх зүйн хэлтсийн дарга")
    )
    head_post = services.save_position(
        uow,
        Position(
            title="Хэлтсийн дарга",
            department_id=legal.id,
            category=ServiceCategory.ADMINISTRATIVE,
            class_number=8,
            rank="ахлах түшмэл",
        ),
    )
    chief = services.save_employee(
        uow, employee(given_name="Батбаяр", patronymic="Дорж", gender=Gender.MALE, birth_date=date(1975, 3, 2))
    )
    head = services.save_employee(
        uow,
        employee(
            given_name="Отгонжаргал", patronymic="Раднаа", position_id=head_post.id, appointed_on=date(2020, 2, 1)
        ),
    )
    specialist = services.save_employee(
        uow, employee(given_name="Өлзийбат", patronymic="Ганбат", gender=Gender.MALE, birth_date=date(1990, 7, 9))
    )
    legal = services.save_department(uow, replace(legal, head_employee_id=head.id))
    settings = services.get_settings(uow)
    services.save_settings(uow, replace(settings, chief_employee_id=chief.id))
    return {"legal": legal, "chief": chief, "head": head, "specialist": specialist, "head_post": head_post}
