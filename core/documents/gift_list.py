"""The children's gift list (regulation 12.6) for a gift day, one table per department."""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from core.documents.layout import NumberedCanvas, para, styles
from core.documents.register_layout import GRID_LOOK, list_heading, list_template, signatures_below
from core.payments.documents import GiftDepartment, GiftListDocument

MARGINS_MM = (18, 15, 18, 25)
HEADERS = ("№", "Албан хаагч", "Хүүхдийн нэр", "Төрсөн огноо", "Нас")
WIDTHS_MM = (10, 55, 50, 30, 15)


def render_gift_list_pdf(doc: GiftListDocument, out: BinaryIO) -> None:
    """Write the list as an A4 portrait PDF, a numbered table per department."""
    template = list_template(
        out,
        title=doc.title,
        author=doc.office_name,
        subject="Хүүхдийн бэлгийн жагсаалт",
        pagesize=A4,
        margins_mm=MARGINS_MM,
    )
    template.build(_story(doc), canvasmaker=NumberedCanvas)


def _department_table(department: GiftDepartment) -> Table:
    st = styles(10)
    rows = [[para(text, st.centre_bold) for text in HEADERS]]
    rows += [
        [
            para(str(n), st.body),
            para(line.employee, st.body),
            para(line.child, st.body),
            para(line.birth_date.isoformat(), st.body),
            para(str(line.age), st.centre),
        ]
        for n, line in enumerate(department.lines, start=1)
    ]
    table = Table(rows, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle(list(GRID_LOOK)))
    return table


def _story(doc: GiftListDocument) -> list[Flowable]:
    """Each unit's list kept whole; the last one, the total and the signatures share a page."""
    st = styles(10)
    blocks = [
        [para(f"{d.name} ({len(d.lines)} хүүхэд)", st.bold), Spacer(1, 2 * mm), _department_table(d)]
        for d in doc.departments
    ]
    closing = [
        Spacer(1, 5 * mm),
        para(f"Нийт: {doc.count} хүүхэд", st.bold),
        *signatures_below(doc.signatures, st, width=160 * mm),
    ]
    if blocks:
        blocks[-1] += closing  # a signature never stands alone on a page
    else:
        blocks = [closing]
    story = list_heading(doc.office_name, doc.title, st)
    for block in blocks:
        story += [Spacer(1, 5 * mm), KeepTogether(block)]
    return story
