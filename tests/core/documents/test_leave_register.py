"""The monthly register (6.10): per person, subtotals, the office total; PDF and Excel."""

from __future__ import annotations

import io

import openpyxl

from core.documents.leave_register import (
    XLSX_COLUMNS,
    XLSX_HEADER_ROW,
    register_lines,
    render_register_pdf,
    render_register_xlsx,
)
from core.documents.models import RegisterDocument, RegisterEntry, RegisterPerson
from core.leave.durations import format_duration
from tests.core.documents import samples
from tests.core.documents.pdf_tools import fonts, page_sizes, page_texts, render

A4_LANDSCAPE = (841.89, 595.28)


def _two_people() -> RegisterDocument:
    return RegisterDocument(
        office_name=samples.OFFICE,
        title="2026 оны 11 дүгээр сарын чөлөөний бүртгэл",
        minutes_per_day=480,
        people=(
            RegisterPerson(
                "Б.Өлзийбат",
                "Ахлах мэргэжилтэн",
                "Хууль, эрх зүйн хэлтэс",
                (
                    RegisterEntry("2026-0041", "11.03 09:00 – 11.04 18:00", 960, True, "Өвчтэй (6.8.1)"),
                    RegisterEntry("2026-0047", "11.20 14:00 – 11.20 18:00", 180, False, "Хурал (6.8.5)", 90),
                ),
            ),
            RegisterPerson(
                "Р.Үүганбаяр",
                "Хэлтсийн даргын үүрэг гүйцэтгэгч",
                "Санхүүгийн хэлтэс",
                (RegisterEntry("А/125", "11.10 – 11.21", 4800, True, "Эмчилгээ (6.6)"),),
            ),
        ),
    )


def test_lines_give_each_person_a_subtotal_and_the_office_a_total() -> None:
    lines = list(register_lines(_two_people()))
    assert [line.kind for line in lines] == ["entry", "entry", "subtotal", "entry", "subtotal", "total"]
    assert (lines[0].ordinal, lines[0].name, lines[1].name) == ("1", "Б.Өлзийбат", "")
    assert (lines[2].paid, lines[2].unpaid, lines[2].overrun) == (960, 180, 90)
    assert (lines[4].paid, lines[4].unpaid, lines[4].overrun) == (4800, None, None)  # zeros print blank
    assert (lines[5].paid, lines[5].unpaid, lines[5].overrun) == (5760, 180, 90)


def test_pdf_prints_rows_subtotals_and_totals() -> None:
    data = render(render_register_pdf, _two_people())
    text = page_texts(data)
    assert page_sizes(data) == [A4_LANDSCAPE]
    page = text[0]
    for expected in (
        "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР",
        "2026 оны 11 дүгээр сарын чөлөөний бүртгэл",
        "Б.Өлзийбат",
        "Р.Үүганбаяр",
        "2026-0041",
        "А/125",
        "3 цаг",
        "1 цаг 30 минут",
        "Нийт дүн 12 ажлын өдөр 3 цаг 1 цаг 30 минут",
        "Хуудас 1 / 1",
    ):
        assert expected in page
    assert "Дүн 2 ажлын өдөр 3 цаг 1 цаг 30 минут" in page  # Өлзийбат: paid, unpaid, overrun


def test_a_long_register_repeats_the_header_and_numbers_its_pages() -> None:
    doc = samples.register(120, entries=3)
    data = render(render_register_pdf, doc)
    pages = page_texts(data)
    assert len(pages) > 2
    assert all(size == A4_LANDSCAPE for size in page_sizes(data))
    for number, page in enumerate(pages, start=1):
        assert page.startswith("№ Овог, нэр Албан тушаал") or number == 1
        assert f"Хуудас {number} / {len(pages)}" in page
    last = pages[-1]
    total = f"Нийт дүн {format_duration(doc.paid_minutes, 480)} {format_duration(doc.unpaid_minutes, 480)}"
    assert total in last
    assert "Д.ГАНТУЛГА" in last  # the signatures sit with the total, never alone
    assert sum(page.count("Дүн") for page in pages) == 120  # "Нийт дүн" is lower case
    assert all(name.startswith("/") and embedded for name, embedded in fonts(data))


def _sheet(doc: RegisterDocument) -> openpyxl.worksheet.worksheet.Worksheet:
    out = io.BytesIO()
    render_register_xlsx(doc, out)
    return openpyxl.load_workbook(io.BytesIO(out.getvalue())).active


def test_xlsx_has_title_header_and_frozen_panes() -> None:
    sheet = _sheet(_two_people())
    assert sheet["A1"].value == "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР"
    assert sheet["A2"].value == "2026 оны 11 дүгээр сарын чөлөөний бүртгэл"
    header = [cell.value for cell in sheet[XLSX_HEADER_ROW]]
    assert header == [title for title, _ in XLSX_COLUMNS]
    assert sheet.freeze_panes == f"C{XLSX_HEADER_ROW + 1}"


def test_xlsx_numbers_are_numbers_and_totals_add_up() -> None:
    sheet = _sheet(_two_people())
    rows = list(sheet.iter_rows(min_row=XLSX_HEADER_ROW + 1, max_row=XLSX_HEADER_ROW + 6, values_only=True))
    first, second, subtotal, _, _, total = rows
    assert first[:2] == (1, "Б.Өлзийбат") and first[7:] == (2, None, None, 16, None, None)
    assert second[7:] == (None, 0.38, 0.19, None, 3, 1.5)
    assert subtotal[1] == "Дүн" and subtotal[7:] == (2, 0.38, 0.19, 16, 3, 1.5)
    assert total[1] == "Нийт дүн" and total[7:] == (12, 0.38, 0.19, 96, 3, 1.5)
    total_row = XLSX_HEADER_ROW + 6
    assert sheet.cell(row=total_row, column=8).font.bold
    assert sheet.cell(row=total_row, column=8).number_format == "0.00"
    assert not sheet.cell(row=XLSX_HEADER_ROW + 1, column=2).font.bold


def test_xlsx_signatures_follow_the_total() -> None:
    sheet = _sheet(samples.register(2))
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert values[-2:] == ["." * 24, "Д.ГАНТУЛГА"]
    assert "Бүртгэсэн:" in values
