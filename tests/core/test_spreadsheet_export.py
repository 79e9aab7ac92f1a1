"""Exporting the employee list: a tidy Mongolian sheet, written atomically, that imports back unchanged."""

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
    EmployeeStatus,
    EmploymentEvent,
    EventKind,
    Gender,
    ServiceKind,
)
from core.spreadsheet import COLUMNS, read_employee_sheet, write_employee_sheet
from tests.core.builders import employee
from tests.core.sheet_helpers import TODAY, make_office
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    return make_office(uow)


def test_export_then_import_gives_the_same_employees(
    uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    originals = [office["existing"]]
    for draft in (
        employee(
            given_name="Үүрээ",
            patronymic="Өлзий",
            surname="Үйшин",
            birth_date=date(2001, 12, 30),
            position_id=office["archivist"].id,
            appointed_on=date(2025, 9, 1),
            email="uuree@gmail.com",
            address="=Эрдэнэбулган сум, 3-р баг",
            career_started_on=date(2023, 9, 1),
        ),
        employee(
            given_name="Өлзийбат",
            patronymic="Түмэн",
            gender=Gender.MALE,
            birth_date=date(1979, 2, 28),
            position_id=office["driver"].id,
            appointed_on=date(2024, 5, 6),
            service_kind=ServiceKind.SERVICE,
            contract_kind=ContractKind.FIXED_TERM,
            contract_ends_on=date(2026, 5, 5),
        ),
    ):
        originals.append(services.save_employee(uow, draft, today=TODAY))
    path = tmp_path / "list.xlsx"

    assert services.export_employees(uow, path) == 3
    preview = read_employee_sheet(
        path,
        positions=services.list_positions(uow),
        departments=services.list_departments(uow),
        existing=[],
        today=TODAY,
    )

    assert [row.issues for row in preview.rows] == [(), (), ()]
    assert sorted((r.employee for r in preview.rows), key=lambda e: e.registration_number) == sorted(
        (replace(e, id=None) for e in originals), key=lambda e: e.registration_number
    )
    assert list(tmp_path.iterdir()) == [path]  # the temporary file was renamed into place


def test_the_export_is_a_tidy_mongolian_sheet_in_mongolian_order(uow: FakeUnitOfWork, tmp_path: Path) -> None:
    for name in ("Үүрээ", "Уранчимэг", "Өлзийбат", "Оюун", "Ариунаа"):
        services.save_employee(uow, employee(given_name=name), today=TODAY)
    path = tmp_path / "list.xlsx"

    services.export_employees(uow, path)

    sheet = openpyxl.load_workbook(path).active
    assert [cell.value for cell in sheet[1]] == [c.header for c in COLUMNS]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(COLUMNS)).column_letter}6"
    given = [c.header for c in COLUMNS].index("Нэр") + 1
    assert [sheet.cell(r, given).value for r in range(2, 7)] == ["Ариунаа", "Оюун", "Өлзийбат", "Уранчимэг", "Үүрээ"]
    born = sheet.cell(2, [c.key for c in COLUMNS].index("birth_date") + 1)
    assert isinstance(born.value, datetime) and born.number_format == "yyyy-mm-dd"
    assert sheet.cell(2, [c.key for c in COLUMNS].index("gender") + 1).value == "Эмэгтэй"


def test_a_released_employee_comes_back_as_working_with_a_warning(
    uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path
) -> None:
    event = EmploymentEvent(
        office["existing"].id, EventKind.RELEASED, date(2026, 1, 5), order_number="А/125", order_date=date(2026, 1, 5)
    )
    services.record_event(uow, event)
    services.export_employees(uow, tmp_path / "list.xlsx")

    preview = read_employee_sheet(tmp_path / "list.xlsx", positions=[], departments=[], existing=[], today=TODAY)

    (row,) = preview.rows
    assert row.is_valid and row.employee is not None and row.employee.status is EmployeeStatus.ACTIVE
    assert [(i.field, i.code) for i in row.issues] == [("status", "imported_as_active")]


def test_a_failed_write_leaves_the_old_file_alone(
    uow: FakeUnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"old")

    def broken_save(self: object, filename: str) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OSError):
        write_employee_sheet([], path)

    assert path.read_bytes() == b"old" and list(tmp_path.iterdir()) == [path]
