"""A database of 10,000 employees, written in one executemany (10,000 service saves are slow)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import insert

from data import Database, open_database
from data.records import EmployeeRecord
from data.repositories.employees import employee_search_key
from tests.data.conftest import make_department, make_employee, make_position

EMPLOYEES = 10_000


def crowded_office(path: Path, employees: int = EMPLOYEES) -> Database:
    """20 units, 200 positions, *employees* people; every 50th has no position."""
    database = open_database(path, backup_dir=path.parent / "backups")
    with database.uow_factory() as uow:
        departments = [uow.departments.add(make_department(name=f"Хэлтэс {n}")) for n in range(20)]
        positions = [
            uow.positions.add(make_position(departments[n % 20].id, title=f"Албан тушаал {n}")) for n in range(200)
        ]
        uow.commit()
    rows = [_row(n, positions[n % 200].id if n % 50 else None) for n in range(employees)]
    with database.engine.begin() as connection:
        connection.execute(insert(EmployeeRecord), rows)
    return database


def _row(number: int, position_id: int | None) -> dict[str, Any]:
    employee = make_employee(number, position_id=position_id)
    row = {
        name: getattr(employee, name) for name in EmployeeRecord.__table__.c.keys() if name not in ("id", "search_key")
    }
    return row | {"search_key": employee_search_key(employee)}
