"""Shared set-up for the spreadsheet tests: a small office and sheets written with openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

from core import services
from core.entities import Department, Gender, Position, ServiceCategory, UnitKind
from core.registration import make_registration_number
from core.spreadsheet import ImportPreview, read_employee_sheet
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 2)
HEADER = [
    "№",
    "Овог",
    "Эцэг/эхийн нэр",
    "Нэр",
    "Регистрийн дугаар",
    "Төрсөн огноо",
    "Хүйс",
    "Утас",
    "И-мэйл",
    "Хаяг",
    "Албан тушаал",
    "Нэгж",
    "Томилогдсон огноо",
    "Төрийн алба хаасан эхэлсэн огноо",
    "Албан хаагчийн төрөл",
    "Гэрээ",
    "Гэрээ дуусах огноо",
]


def rd(year: int, month: int, day: int, gender: Gender = Gender.FEMALE, serial: int = 0) -> str:
    return make_registration_number("ЧИ", date(year, month, day), serial, gender)


def write_sheet(path: Path, header: list[str], rows: list[dict[str, Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)
    return path


def person(patronymic: str, given: str, number: str, **cells: Any) -> dict[str, Any]:
    return {"Эцэг/эхийн нэр": patronymic, "Нэр": given, "Регистрийн дугаар": number, **cells}


def read(uow: FakeUnitOfWork, path: Path) -> ImportPreview:
    return read_employee_sheet(
        path,
        positions=services.list_positions(uow),
        departments=services.list_departments(uow),
        existing=[item.employee for item in services.list_employee_items(uow)],
        today=TODAY,
    )


def errors_by_row(preview: ImportPreview) -> dict[int, set[tuple[str, str]]]:
    return {row.row_number: {(i.field, i.code) for i in row.errors} for row in preview.rows}


def make_office(uow: FakeUnitOfWork) -> dict[str, Any]:
    law = services.save_department(uow, Department(name="Хууль, эрх зүйн хэлтэс"))
    fin = services.save_department(uow, Department(name="Санхүү, төрийн сангийн хэлтэс"))
    archive = services.save_department(uow, Department(name="Архивын тасаг", kind=UnitKind.SECTION, parent_id=law.id))

    def post(title: str, unit: Department, category: ServiceCategory = ServiceCategory.ADMINISTRATIVE) -> Position:
        number = 6 if category is ServiceCategory.ADMINISTRATIVE else None
        return services.save_position(uow, Position(title, unit.id, category, number, posts=5))

    existing = services.save_employee(uow, employee(given_name="Батбаяр", patronymic="Дорж"), today=TODAY)
    return {
        "law_spec": post("Мэргэжилтэн", law),
        "fin_spec": post("Мэргэжилтэн", fin),
        "archivist": post("Архивч", archive),
        "driver": post("Жолооч", fin, ServiceCategory.SERVICE),
        "existing": existing,
    }
