"""Fixtures for the storage tests: a real SQLite file under ``tmp_path``, migrated to head."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.entities import (
    ContractKind,
    Department,
    Employee,
    EmployeeStatus,
    Gender,
    Position,
    ServiceCategory,
    ServiceKind,
    UnitKind,
)
from data import Database, open_database
from data.uow import SqlAlchemyUnitOfWork


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tamga.db"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def database(db_path: Path, backup_dir: Path) -> Iterator[Database]:
    database = open_database(db_path, backup_dir=backup_dir)
    yield database
    database.dispose()


@pytest.fixture
def uow(database: Database) -> Iterator[SqlAlchemyUnitOfWork]:
    """A unit of work already entered; tests commit explicitly when they mean to."""
    with database.uow_factory() as unit:
        yield unit


def make_department(**changes: Any) -> Department:
    base = Department(name="Хууль, эрх зүйн хэлтэс", kind=UnitKind.DEPARTMENT, head_title="Хэлтсийн дарга")
    return replace(base, **changes)


def make_position(department_id: int | None, **changes: Any) -> Position:
    base = Position(
        title="Ахлах мэргэжилтэн",
        department_id=department_id,
        category=ServiceCategory.ADMINISTRATIVE,
        class_number=7,
        rank="ахлах референт",
        posts=2,
    )
    return replace(base, **changes)


def make_employee(number: int = 1, **changes: Any) -> Employee:
    """An employee with every field set away from its default, so a lost column shows."""
    base = Employee(
        patronymic="Өлзийбаяр",
        given_name="Түмэнөлзий",
        registration_number=f"УҮ{90010100 + number:08d}",
        birth_date=date(1990, 1, 1),
        gender=Gender.FEMALE,
        surname="Үүрийнгэгээ",
        phone="+976 99112233",
        email="tumen@example.mn",
        address="Архангай аймаг, Цэцэрлэг сум, 4-р баг",
        position_id=None,
        appointed_on=date(2015, 3, 2),
        career_started_on=date(2012, 9, 1),
        service_kind=ServiceKind.SERVICE,
        contract_kind=ContractKind.FIXED_TERM,
        contract_ends_on=date(2027, 3, 1),
        status=EmployeeStatus.SUSPENDED,
    )
    return replace(base, **changes)
