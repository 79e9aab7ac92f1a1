"""The printed vacation schedule (6.11): PDF text, pages, the ТӨСӨЛ mark and the .xlsx cells."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from core.documents.vacation_schedule import render_schedule_pdf
from core.documents.vacation_schedule_xlsx import FIRST_TABLE_ROW, render_schedule_xlsx
from core.entities import Gender
from core.services.vacation_schedule import (
    agree_department,
    approve_schedule,
    change_entry,
    get_schedule,
    prepare_schedule,
    save_entry,
    vacation_schedule_document,
)
from core.vacation.schedule_document import HEADERS, ScheduleDocument
from tests.core.builders import employee, office_with_people
from tests.core.documents.pdf_tools import all_text, fonts, page_sizes, page_texts, render
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    people = office_with_people(uow)
    prepare_schedule(uow, 2026)
    head = next(r.entry for r in get_schedule(uow, 2026).rows if r.entry.employee_id == people["head"].id)
    people["entry"] = save_entry(uow, replace(head, starts_on=date(2026, 8, 3), ends_on=date(2026, 8, 14)))
    agree_department(uow, 2026, people["legal"].id, agreed_on=date(2026, 3, 10), head_name="Р.ОТГОНЖАРГАЛ")
    return people


def test_the_draft_schedule_pdf(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    data = render(render_schedule_pdf, vacation_schedule_document(uow, 2026))
    text = all_text(data)
    assert page_sizes(data) == [(841.89, 595.28)]  # A4 landscape
    assert "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗРЫН 2026 ОНЫ ЭЭЛЖИЙН АМРАЛТЫН ХУВААРЬ" in text
    assert "БАТЛАВ." in text and "ТАМГЫН ГАЗРЫН ДАРГА" in text
    assert "2026 оны 03 дугаар сарын ....-ны өдөр" in text
    assert "ТӨСӨЛ" in text
    assert "Раднаа Отгонжаргал" in text and "2026.08.03" in text and "2026.08.14" in text
    assert "Ганбат Өлзийбат" in text  # Ө survives
    assert "зөвшилцсөн: Р.ОТГОНЖАРГАЛ, 2026.03.10" in text
    assert all(embedded for _name, embedded in fonts(data))


def test_the_approved_schedule_names_the_chief_and_keeps_the_change(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    approve_schedule(uow, 2026, on=date(2026, 3, 20))
    moved = replace(office["entry"], starts_on=date(2026, 9, 7), ends_on=date(2026, 9, 18))
    change_entry(uow, moved, reason="Ажлын шаардлагаар", on=date(2026, 6, 1))
    text = all_text(render(render_schedule_pdf, vacation_schedule_document(uow, 2026)))
    assert "/Д.БАТБАЯР/" in text and "2026 оны 03 дугаар сарын 20-ны өдөр" in text
    assert "ТӨСӨЛ" not in text
    assert "2026.09.07" in text
    assert "2026.06.01 өөрчилсөн (2026.08.03–2026.08.14): Ажлын шаардлагаар" in text


def test_a_long_schedule_repeats_the_header_and_numbers_its_pages(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    for _number in range(60):
        uow.employees.add(employee(given_name="Үүрийнтуяа", gender=Gender.FEMALE))
    prepare_schedule(uow, 2026)
    pages = page_texts(render(render_schedule_pdf, vacation_schedule_document(uow, 2026)))
    assert len(pages) > 1
    assert all("Овог, нэр" in page and f"Хуудас {i} / {len(pages)}" in page for i, page in enumerate(pages, 1))


def _sheet(doc: ScheduleDocument) -> Any:
    out = io.BytesIO()
    render_schedule_xlsx(doc, out)
    return load_workbook(io.BytesIO(out.getvalue())).active


def test_the_schedule_sheet(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    approve_schedule(uow, 2026, on=date(2026, 3, 20))
    sheet = _sheet(vacation_schedule_document(uow, 2026))
    assert [sheet.cell(row=FIRST_TABLE_ROW, column=c).value for c in range(1, len(HEADERS) + 1)] == list(HEADERS)
    assert sheet.cell(row=1, column=8).value == "БАТЛАВ."
    assert sheet.cell(row=3, column=8).value.endswith("/Д.БАТБАЯР/")
    assert sheet.cell(row=FIRST_TABLE_ROW - 2, column=1).value.endswith("2026 ОНЫ ЭЭЛЖИЙН АМРАЛТЫН ХУВААРЬ")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=FIRST_TABLE_ROW + 1)]
    head = next(r for r in rows if r[1] == "Раднаа Отгонжаргал")
    assert head[3:8] == [14, 20, "2026.08.03", "2026.08.14", 10]  # years, entitled, from, to, working days
    headings = [r[0] for r in rows if r[0] and not str(r[0]).isdigit()]
    assert headings[0] == "Удирдлага" and headings[1].startswith("Хууль, эрх зүйн хэлтэс — зөвшилцсөн")
    assert (
        sheet.page_setup.orientation == "landscape"
        and sheet.print_title_rows == f"${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW}"
    )
