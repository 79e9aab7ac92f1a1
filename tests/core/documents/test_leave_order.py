"""The draft order: the PDF preview and the .docx the office finishes in Word."""

from __future__ import annotations

import io
import re

import docx

from core.documents.leave_order import render_order_docx, render_order_pdf
from tests.core.documents import samples
from tests.core.documents.pdf_tools import all_text, fonts, page_sizes, reader, render

A4 = (595.28, 841.89)


def test_pdf_carries_the_order_in_mns_order() -> None:
    order = samples.order()
    text = all_text(render(render_order_pdf, order))
    expected = [
        "ТӨСӨЛ",
        "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР",
        "ТАМГЫН ГАЗРЫН ДАРГЫН ТУШААЛ",
        "2026 оны ..... дугаар сарын .....-ны өдөр",
        "Дугаар А/___",
        "Цэцэрлэг",
        "Чөлөө олгох тухай",
        "Төрийн албаны тухай хуулийн 57 дугаар зүйлийн 57.1",
        "1. Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн Баатарын Өлзийбатад",
        "2. Чөлөөний хугацаанд",
        "3. Тушаалын хэрэгжилтэд",
        "ТАМГЫН ГАЗРЫН ДАРГЫН ҮҮРЭГ ГҮЙЦЭТГЭГЧ",
        "Д.ГАНТУЛГА",
    ]
    positions = [text.index(part) for part in expected]
    assert positions == sorted(positions)


def test_pdf_is_a4_with_the_embedded_font_only() -> None:
    data = render(render_order_pdf, samples.order())
    assert page_sizes(data) == [A4]
    assert all(re.match(r"^/[A-Z]{6}\+NotoSerif-", name) and embedded for name, embedded in fonts(data))
    meta = reader(data).metadata
    assert meta is not None and meta.author == samples.OFFICE


def test_a_final_order_has_no_draft_mark() -> None:
    assert "ТӨСӨЛ" not in all_text(render(render_order_pdf, samples.order(is_draft=False)))


def _word(**changes: object) -> docx.document.Document:
    out = io.BytesIO()
    render_order_docx(samples.order(**changes), out)
    return docx.Document(io.BytesIO(out.getvalue()))


def test_docx_has_real_paragraphs_for_title_basis_and_clauses() -> None:
    word = _word()
    texts = [paragraph.text for paragraph in word.paragraphs]
    order = samples.order()
    assert texts[0] == "ТӨСӨЛ"
    assert "Чөлөө олгох тухай" in texts
    assert order.basis in texts
    for number, clause in enumerate(order.clauses, start=1):
        assert f"{number}. {clause}" in texts
    basis = word.paragraphs[texts.index(order.basis)]
    indent = basis.paragraph_format.first_line_indent
    assert indent is not None and round(indent.mm, 1) == 12.5


def test_docx_date_number_place_and_signature_rows() -> None:
    rows = [[cell.text for cell in table.rows[0].cells] for table in _word().tables]
    assert rows == [
        ["2026 оны ..... дугаар сарын .....-ны өдөр", "Дугаар А/___", "Цэцэрлэг"],
        ["ТАМГЫН ГАЗРЫН ДАРГЫН ҮҮРЭГ ГҮЙЦЭТГЭГЧ", "Д.ГАНТУЛГА"],
    ]


def test_docx_page_is_a4_with_mns_margins_and_12pt_times() -> None:
    word = _word(is_draft=False)
    section = word.sections[0]
    assert [
        round(m.mm) for m in (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
    ] == [20, 15, 20, 30]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 12
    assert word.paragraphs[0].text != "ТӨСӨЛ"
    assert word.core_properties.title == "Чөлөө олгох тухай"
