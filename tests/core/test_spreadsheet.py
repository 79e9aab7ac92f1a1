"""Importing the employee list from .xlsx: exact issues per row, and all valid rows or none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core import services
from core.entities import (
    ContractKind,
    Employee,
    EventKind,
    Gender,
    ServiceKind,
)
from core.registration import make_registration_number
from core.services.errors import RefusedError
from core.validation import Severity, ValidationError
from tests.core.builders import employee
from tests.core.sheet_helpers import HEADER, TODAY, errors_by_row, make_office, person, rd, read, write_sheet
from tests.fakes import FakeUnitOfWork

RD_A = make_registration_number("ӨВ", date(1990, 7, 9), 3, Gender.MALE)
RD_B = make_registration_number("УБ", date(2003, 4, 11), 4, Gender.FEMALE)


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    return make_office(uow)


@pytest.fixture
def mixed_sheet(tmp_path: Path, office: dict[str, Any]) -> Path:
    rows = [
        person(
            "Ганбат",
            "Өлзийбат",
            RD_A,
            **{
                "№": 1,
                "Овог": "Боржигин",
                "Төрсөн огноо": datetime(1990, 7, 9),
                "Хүйс": "эр",
                "Утас": 99112233,
                "И-мэйл": "olziibat@gmail.com",
                "Хаяг": "Эрдэнэбулган сум, 3-р баг",
                "Албан тушаал": "мэргэжилтэн",
                "Нэгж": "Хууль, эрх зүйн хэлтэс",
                "Томилогдсон огноо": "2024.03.01",
                "Төрийн алба хаасан эхэлсэн огноо": "01.09.2015",
                "Албан хаагчийн төрөл": "Төрийн жинхэнэ албан хаагч",
                "Гэрээ": "Хугацаагүй",
            },
        ),  # 2: good, every column
        person(
            "  Дорж ",
            "Үүрээ",
            "y" + RD_B[1:].lower(),
            **{
                "Албан тушаал": "Жолооч",
                "Томилогдсон огноо": date(2025, 1, 15),
                "Албан хаагчийн төрөл": "Төрийн үйлчилгээний албан хаагч",
                "Гэрээ": "Туршилтын",
                "Гэрээ дуусах огноо": "2025-04-15",
            },
        ),  # 3: good; birth date and gender read from an РД typed in lower case with a Latin "y"
        person("Ганбат", "Bat", rd(1991, 2, 3)),  # 4: Latin given name
        person("Ганбат", "Сарнай", "УБ99133345"),  # 5: month 13
        person("Ганбат", "Туяа", rd(1985, 1, 1), **{"Төрсөн огноо": "1985-02-01"}),  # 6: birth date ≠ РД
        person(
            "Ганбат", "Номин", rd(1992, 4, 5), **{"Албан тушаал": "Сансрын нисгэгч", "Томилогдсон огноо": "2024-01-10"}
        ),  # 7: unknown position
        person("Пүрэв", "Солонго", "ӨВ" + RD_A[2:]),  # 8: same РД as row 2
        {},  # 9: blank
        person("Дорж", "Батбаяр", office["existing"].registration_number),  # 10: already recorded
        person(
            "Ганбат",
            "Хулан",
            rd(1993, 6, 7),
            **{"Албан тушаал": "Мэргэжилтэн", "Нэгж": "Санхүү, төрийн сангийн хэлтэс", "Томилогдсон огноо": "мартын 1"},
        ),  # 11: unreadable date
        person(
            "Ганбат", "Ариунаа", rd(1994, 8, 9), **{"Албан тушаал": "Мэргэжилтэн", "Томилогдсон огноо": "2024-01-10"}
        ),  # 12: which unit?
        person("Ганбат", "Болд", rd(1980, 1, 2, Gender.MALE), **{"Хүйс": "тодорхойгүй"}),  # 13: unknown gender
        person("Ганбат", "Мөнхцэцэг", rd(1988, 3, 4, Gender.FEMALE), **{"Хүйс": "эр"}),  # 14: warning only
    ]
    return write_sheet(tmp_path / "staff.xlsx", HEADER, rows)


def test_each_row_gets_exactly_its_issues(uow: FakeUnitOfWork, mixed_sheet: Path) -> None:
    preview = read(uow, mixed_sheet)

    assert preview.problems == ()
    assert errors_by_row(preview) == {
        2: set(),
        3: set(),
        4: {("given_name", "not_cyrillic")},
        5: {("registration_number", "date")},
        6: {("birth_date", "registration_mismatch")},
        7: {("position_id", "unknown_position")},
        8: {("registration_number", "duplicate_in_sheet")},
        10: {("registration_number", "duplicate")},
        11: {("appointed_on", "unreadable_date")},
        12: {("position_id", "ambiguous_position")},
        13: {("gender", "unknown_value")},
        14: set(),
    }
    assert [r.row_number for r in preview.valid_rows] == [2, 3, 14]
    rows = {row.row_number: row for row in preview.rows}
    assert [(i.field, i.code, i.severity) for i in rows[14].issues] == [
        ("gender", "registration_gender", Severity.WARNING)
    ]
    assert "Сансрын нисгэгч" in rows[7].issues[0].message
    assert "мартын 1" in rows[11].issues[0].message
    assert rows[5].employee is None and rows[7].employee is None and rows[11].employee is None
    assert rows[2].values["phone"] == "99112233" and rows[2].values["birth_date"] == "1990-07-09"


def test_only_valid_rows_are_imported_with_their_exact_values(
    uow: FakeUnitOfWork, office: dict[str, Any], mixed_sheet: Path
) -> None:
    preview = read(uow, mixed_sheet)

    assert services.import_employees(uow, preview, today=TODAY) == 3

    saved = {e.registration_number: e for e in uow.employees.list()}
    assert len(saved) == 4
    assert replace(saved[RD_A], id=None) == Employee(
        surname="Боржигин",
        patronymic="Ганбат",
        given_name="Өлзийбат",
        registration_number=RD_A,
        birth_date=date(1990, 7, 9),
        gender=Gender.MALE,
        phone="99112233",
        email="olziibat@gmail.com",
        address="Эрдэнэбулган сум, 3-р баг",
        position_id=office["law_spec"].id,
        appointed_on=date(2024, 3, 1),
        career_started_on=date(2015, 9, 1),
    )
    assert replace(saved[RD_B], id=None) == Employee(
        patronymic="Дорж",
        given_name="Үүрээ",
        registration_number=RD_B,
        birth_date=date(2003, 4, 11),
        gender=Gender.FEMALE,
        position_id=office["driver"].id,
        appointed_on=date(2025, 1, 15),
        service_kind=ServiceKind.SERVICE,
        contract_kind=ContractKind.PROBATION,
        contract_ends_on=date(2025, 4, 15),
    )
    history = services.employee_history(uow, saved[RD_A].id or 0)
    assert [(e.kind, e.effective_on, e.position_id) for e in history] == [
        (EventKind.APPOINTED, date(2024, 3, 1), office["law_spec"].id)
    ]


def test_nothing_is_imported_when_a_later_row_fails_its_recheck(
    uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    numbers = [rd(1990, 1, 1), rd(1991, 1, 1), rd(1992, 1, 1)]
    rows = [person("Ганбат", name, n) for name, n in zip(("Сарнай", "Туяа", "Номин"), numbers, strict=True)]
    preview = read(uow, write_sheet(tmp_path / "three.xlsx", HEADER, rows))
    assert len(preview.valid_rows) == 3
    services.save_employee(uow, employee(registration_number=numbers[2], birth_date=date(1992, 1, 1)), today=TODAY)
    commits, count = uow.commits, uow.employees.count()

    with pytest.raises(ValidationError) as excinfo:
        services.import_employees(uow, preview, today=TODAY)

    assert [(i.field, i.code) for i in excinfo.value.report.errors] == [("registration_number", "duplicate")]
    assert "4" in excinfo.value.report.errors[0].message  # the sheet row to fix
    assert (uow.commits, uow.employees.count(), uow.events.list()) == (commits, count, [])


def test_a_position_deleted_after_the_preview_refuses_the_whole_import(
    uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    rows = [
        person("Ганбат", "Сарнай", rd(1990, 1, 1)),
        person("Ганбат", "Туяа", rd(1991, 1, 1), **{"Албан тушаал": "Архивч", "Томилогдсон огноо": "2024-01-10"}),
    ]
    preview = read(uow, write_sheet(tmp_path / "two.xlsx", HEADER, rows))
    services.delete_position(uow, office["archivist"].id)

    with pytest.raises(RefusedError):
        services.import_employees(uow, preview, today=TODAY)
    assert uow.employees.count() == 1


def test_a_missing_required_column_blocks_every_row(uow: FakeUnitOfWork, office: dict, tmp_path: Path) -> None:
    header = ["Эцэг/эхийн нэр", "Нэр", "Утас"]
    path = write_sheet(tmp_path / "short.xlsx", header, [{"Эцэг/эхийн нэр": "Ганбат", "Нэр": "Сарнай"}])

    preview = read(uow, path)

    assert preview.rows == () and preview.valid_rows == ()
    assert len(preview.problems) == 1 and "Регистрийн дугаар" in preview.problems[0]
    with pytest.raises(RefusedError):
        services.import_employees(uow, preview, today=TODAY)


def test_english_headers_in_any_case_are_recognised(uow: FakeUnitOfWork, office: dict, tmp_path: Path) -> None:
    header = [" PATRONYMIC ", "given name", "Registration Number*", "Position", "Unit", "Appointed on", "Gender"]
    row = {
        " PATRONYMIC ": "Ганбат",
        "given name": "Сарнай",
        "Registration Number*": rd(1990, 1, 1),
        "Position": "Мэргэжилтэн",
        "Unit": "санхүү, төрийн сангийн хэлтэс",
        "Appointed on": "2024/02/01",
        "Gender": "Female",
    }

    preview = read(uow, write_sheet(tmp_path / "en.xlsx", header, [row]))

    assert errors_by_row(preview) == {2: set()}
    assert preview.rows[0].employee is not None
    assert preview.rows[0].employee.position_id == office["fin_spec"].id


@pytest.mark.parametrize(
    ("header", "expected"),
    [(["Нэр", "Эцэг/эхийн нэр", "РД", "Нэгж", "Хэлтэс"], "Нэгж"), ([], "")],
    ids=["two unit columns", "empty sheet"],
)
def test_sheet_level_problems(uow: FakeUnitOfWork, tmp_path: Path, header: list[str], expected: str) -> None:
    workbook = openpyxl.Workbook()
    if header:
        workbook.active.append(header)
    workbook.save(tmp_path / "odd.xlsx")

    preview = read(uow, tmp_path / "odd.xlsx")

    assert len(preview.problems) == 1 and preview.rows == ()
    assert expected in preview.problems[0]


def test_a_file_that_is_not_a_workbook_is_a_problem_not_a_crash(uow: FakeUnitOfWork, tmp_path: Path) -> None:
    (tmp_path / "notes.xlsx").write_text("Нэр,РД\n", encoding="utf-8")

    assert len(read(uow, tmp_path / "notes.xlsx").problems) == 1
    assert len(read(uow, tmp_path / "missing.xlsx").problems) == 1
