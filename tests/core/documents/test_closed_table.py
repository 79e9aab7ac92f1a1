"""Signatures never stand alone on a page: the table's last rows move on with them."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from core.documents.closed_table import ClosedTable
from core.documents.fonts import default_font_dir, register_fonts
from core.documents.layout import styles

SIGNED = "Бүртгэл хөтөлсөн"


@pytest.fixture(autouse=True)
def fonts() -> None:
    register_fonts(default_font_dir())


def _pages(rows: int) -> list[str]:
    st = styles(10)
    data = [["№", "Нэр"], *([str(n), f"Мөр {n}"] for n in range(1, rows + 1))]
    table = Table(data, colWidths=[20 * mm, 80 * mm], repeatRows=1, style=[("FONT", (0, 0), (-1, -1), "TamgaSerif")])
    closing = [Spacer(1, 8 * mm), Paragraph(SIGNED, st.body), Spacer(1, 20 * mm)]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([ClosedTable(table, closing)])
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


@pytest.mark.parametrize("rows", range(30, 80, 3))
def test_the_signature_page_carries_the_last_rows(rows: int) -> None:
    pages = _pages(rows)
    assert SIGNED in pages[-1] and SIGNED not in "".join(pages[:-1])
    assert f"Мөр {rows}" in pages[-1] and f"Мөр {rows - 1}" in pages[-1]  # the last two rows sign with it
    lines = "\n".join(pages).splitlines()
    assert [line for line in lines if line.startswith("Мөр ")] == [f"Мөр {n}" for n in range(1, rows + 1)]
