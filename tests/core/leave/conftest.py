"""An office to take leave in: a chief, two departments with heads, a section without one.

2026 is the year of the examples: Tsagaan Sar is 18–20 February, Naadam 10–15 July, and the
Government made Tuesday 17 February a day off and Saturday 28 February a working day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import pytest

from core import services
from core.entities import Department, Employee, Gender, Position, ServiceCategory, UnitKind
from core.leave.entities import CalendarChange, LeaveSlip
from core.ports import UnitOfWork
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

DAY_STARTS, DAY_ENDS = time(9, 0), time(18, 0)
GOVERNOR_NAME = "Б.Батболд"


@dataclass(frozen=True)
class Office:
    chief: Employee
    legal: Department
    legal_head: Employee
    specialist: Employee  # Ч.Тамираа, senior specialist of the Legal department
    archive: Department  # a section of Legal with no head of its own
    archivist: Employee
    admin: Department  # Төрийн захиргааны удирдлагын хэлтэс; its head acts for the chief
    admin_head: Employee


def _post(uow: UnitOfWork, title: str, unit: Department | None) -> Position:
    return services.save_position(
        uow,
        Position(
            title=title,
            department_id=unit.id if unit else None,
            category=ServiceCategory.ADMINISTRATIVE,
            class_number=7,
        ),
    )


def _hire(uow: UnitOfWork, given: str, patronymic: str, post: Position, gender: Gender) -> Employee:
    return services.save_employee(
        uow,
        employee(
            given_name=given, patronymic=patronymic, position_id=post.id, gender=gender, appointed_on=date(2020, 1, 6)
        ),
    )


def build_office(uow: UnitOfWork) -> Office:
    legal = services.save_department(
        uow, Department("Хууль, эрх зүйн хэлтэс", head_title="Хууль, эрх зүйн хэлтсийн дарга", sort_order=3)
    )
    archive = services.save_department(
        uow, Department("Архивын тасаг", UnitKind.SECTION, legal.id, head_title="Архивын тасгийн эрхлэгч")
    )
    admin = services.save_department(
        uow,
        Department(
            "Төрийн захиргааны удирдлагын хэлтэс",
            head_title="Төрийн захиргааны удирдлагын хэлтсийн дарга",
            sort_order=1,
        ),
    )
    chief = _hire(uow, "Батбаяр", "Дорж", _post(uow, "Тамгын газрын дарга", None), Gender.MALE)
    legal_head = _hire(uow, "Отгонжаргал", "Раднаа", _post(uow, "Хэлтсийн дарга", legal), Gender.FEMALE)
    specialist = _hire(uow, "Тамираа", "Чулуун", _post(uow, "Ахлах мэргэжилтэн", legal), Gender.FEMALE)
    archivist = _hire(uow, "Өлзийбат", "Ганбат", _post(uow, "Архивын мэргэжилтэн", archive), Gender.MALE)
    admin_head = _hire(uow, "Энхболд", "Сүрэн", _post(uow, "Хэлтсийн дарга", admin), Gender.MALE)
    legal = services.save_department(uow, replace(legal, head_employee_id=legal_head.id))
    admin = services.save_department(uow, replace(admin, head_employee_id=admin_head.id))
    settings = services.get_settings(uow)
    services.save_settings(
        uow,
        replace(
            settings,
            chief_employee_id=chief.id,
            superior_title="Архангай аймгийн Засаг дарга",
            superior_name=GOVERNOR_NAME,
        ),
    )
    for change in (
        CalendarChange(date(2026, 2, 17), False, "Засгийн газрын 2026 оны 12 дугаар тогтоол"),
        CalendarChange(date(2026, 2, 28), True, "Засгийн газрын 2026 оны 12 дугаар тогтоол"),
    ):
        services.add_calendar_change(uow, change)
    return Office(chief, legal, legal_head, specialist, archive, archivist, admin, admin_head)


@pytest.fixture
def office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


def at(day: date | str, clock: time | str = DAY_STARTS) -> datetime:
    """datetime from "2026-07-09" and "09:00" (strings keep the tables readable)."""
    day = date.fromisoformat(day) if isinstance(day, str) else day
    clock = time.fromisoformat(clock) if isinstance(clock, str) else clock
    return datetime.combine(day, clock)


def leave(
    person: Employee, start: str, end: str, *, start_time: str = "09:00", end_time: str = "18:00", **changes: Any
) -> LeaveSlip:
    """A draft for *person* from *start* to *end*, whole working days unless times are given."""
    assert person.id is not None
    base = LeaveSlip(employee_id=person.id, starts_at=at(start, start_time), ends_at=at(end, end_time))
    return replace(base, **changes)
