"""The office's structure (regulation 2.2), positions and settings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core import services
from core.civil_service import administrative_rank, format_class, parse_class
from core.entities import Department, OfficeSettings, Position, ServiceCategory, UnitKind
from core.services import RefusedError
from core.validation import ValidationError
from tests.fakes import FakeUnitOfWork


def test_a_new_office_gets_the_structure_of_regulation_2_2(uow: FakeUnitOfWork) -> None:
    services.seed_regulation_structure(uow)
    units = services.list_departments(uow)
    assert [u.name for u in units][:4] == [
        "Төрийн захиргааны удирдлагын хэлтэс",
        "Нийгмийн бодлогын хэлтэс",
        "Хууль, эрх зүйн хэлтэс",
        "Архивын тасаг",  # inside the Legal department, listed under it
    ]
    archive = next(u for u in units if u.name == "Архивын тасаг")
    legal = next(u for u in units if u.name == "Хууль, эрх зүйн хэлтэс")
    assert archive.parent_id == legal.id and archive.kind is UnitKind.SECTION
    assert len(units) == 9
    with pytest.raises(RefusedError):
        services.seed_regulation_structure(uow)


def test_a_unit_cannot_be_placed_inside_itself(uow: FakeUnitOfWork) -> None:
    top = services.save_department(uow, Department(name="Нийгмийн бодлогын хэлтэс"))
    child = services.save_department(uow, Department(name="Тасаг", parent_id=top.id, kind=UnitKind.SECTION))
    with pytest.raises(ValidationError) as excinfo:
        services.save_department(uow, replace(top, parent_id=child.id))
    assert excinfo.value.report.errors[0].code == "cycle"


def test_sibling_units_have_different_names(uow: FakeUnitOfWork) -> None:
    services.save_department(uow, Department(name="Цэргийн штаб"))
    with pytest.raises(ValidationError):
        services.save_department(uow, Department(name="цэргийн  штаб "))


def test_a_unit_with_positions_is_not_deleted(uow: FakeUnitOfWork) -> None:
    unit = services.save_department(uow, Department(name="Санхүү, төрийн сангийн хэлтэс"))
    services.save_position(uow, Position(title="Нягтлан бодогч", department_id=unit.id, class_number=5))
    with pytest.raises(RefusedError):
        services.delete_department(uow, unit.id)
    assert len(services.list_departments(uow)) == 1


@pytest.mark.parametrize(
    ("position", "field", "code"),
    [
        (Position(title="", department_id=None, class_number=5), "title", "required"),
        (Position(title="Мэргэжилтэн", department_id=None), "class_number", "required"),
        (Position(title="Мэргэжилтэн", department_id=None, class_number=14), "class_number", "range"),
        (
            Position(title="Мэргэжилтэн", department_id=None, class_number=6, rank="ахлах түшмэл"),
            "rank",
            "class_mismatch",
        ),
        (Position(title="Мэргэжилтэн", department_id=None, class_number=6, posts=0), "posts", "range"),
    ],
)
def test_position_rules(uow: FakeUnitOfWork, position: Position, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.save_position(uow, position)
    assert (field, code) in [(i.field, i.code) for i in excinfo.value.report.errors]


def test_special_and_service_classes_follow_their_own_numbering(uow: FakeUnitOfWork) -> None:
    special = services.save_position(
        uow,
        Position(
            title="Ахлах байцаагч",
            department_id=None,
            category=ServiceCategory.SPECIAL,
            class_number=3,
            rank="Ахлах түшмэл",
        ),
    )
    driver = services.save_position(uow, Position(title="Жолооч", department_id=None, category=ServiceCategory.SERVICE))
    assert format_class(special.category, special.class_number) == "ТТ-3"
    assert special.rank == "ахлах түшмэл"
    assert format_class(driver.category, driver.class_number) == "ТҮ"


@pytest.mark.parametrize(
    ("number", "rank"),
    [
        (1, "туслах түшмэл"),
        (3, "туслах түшмэл"),
        (4, "дэс түшмэл"),
        (9, "ахлах түшмэл"),
        (10, "эрхэлсэн түшмэл"),
        (13, "тэргүүн түшмэл"),
        (14, None),
    ],
)
def test_administrative_ranks(number: int, rank: str | None) -> None:
    assert administrative_rank(number) == rank


def test_class_text_round_trip() -> None:
    assert parse_class("тз 6") == (ServiceCategory.ADMINISTRATIVE, 6)
    assert parse_class("ТҮ") == (ServiceCategory.SERVICE, None)
    assert parse_class("AB-1") is None


def test_settings_are_saved_trimmed_and_validated(uow: FakeUnitOfWork) -> None:
    services.save_settings(
        uow, OfficeSettings(official_name=" Баянхонгор аймгийн Засаг даргын Тамгын газар ", city="Баянхонгор")
    )
    assert services.get_settings(uow).official_name == "Баянхонгор аймгийн Засаг даргын Тамгын газар"
    with pytest.raises(ValidationError) as excinfo:
        services.save_settings(uow, OfficeSettings(city=""))
    assert excinfo.value.report.errors[0].field == "city"
