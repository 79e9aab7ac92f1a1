"""The year's payments and awards register for the accountant, grouped by kind with totals (10.7, 12).

The PDF and the .xlsx read the same rows from :func:`register_rows`, so they never differ.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from core.documents.closed_table import ClosedTable
from core.documents.layout import NumberedCanvas, para, styles
from core.documents.register_layout import GRID_LOOK, list_heading, list_template, signatures_below
from core.documents.register_sheet import HEADER_ROW, new_workbook, write_heading
from core.payments.documents import PaymentsRegisterDocument
from core.payments.money import format_tugrik

HEADERS = ("№", "Овог, нэр", "Харьяалах нэгж", "Хэнд (гэр бүлийн гишүүн)", "Шийдвэр", "Дүн")
WIDTHS_MM = (10, 55, 55, 50, 45, 35)
TOTAL_LABEL = "Дүн"
GRAND_TOTAL_LABEL = "Нийт дүн"


def register_rows(doc: PaymentsRegisterDocument) -> list[tuple[str, list[Any]]]:
    """The table's rows after the header, tagged "group", "line" or "total"; amounts as integers."""
    rows: list[tuple[str, list[Any]]] = []
    for group in doc.groups:
        rows.append(("group", [f"{group.clause}. {group.text}", "", "", "", "", None]))
        for number, line in enumerate(group.lines, start=1):
            rows.append(("line", [number, line.name, line.department, line.beneficiary, line.order, line.amount]))
        rows.append(("total", ["", TOTAL_LABEL, "", "", "", group.total]))
    rows.append(("total", ["", GRAND_TOTAL_LABEL, "", "", "", doc.total]))
    return rows


def render_payments_pdf(doc: PaymentsRegisterDocument, out: BinaryIO) -> None:
    """Write the register as an A4 landscape PDF, the header repeated on every page, pages numbered."""
    template = list_template(out, title=doc.title, author=doc.office_name, subject="Тусламж, шагналын бүртгэл")
    template.build(_story(doc), canvasmaker=NumberedCanvas)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return format_tugrik(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _story(doc: PaymentsRegisterDocument) -> list[Flowable]:
    st = styles(9)
    data: list[list[Flowable]] = [[para(text, st.centre_bold) for text in HEADERS]]
    look: list[tuple[Any, ...]] = list(GRID_LOOK)
    for row_index, (tag, values) in enumerate(register_rows(doc), start=1):
        if tag == "group":
            data.append([para(values[0], st.bold), "", "", "", "", ""])
            look += [
                ("SPAN", (0, row_index), (-1, row_index)),
                ("BACKGROUND", (0, row_index), (-1, row_index), colors.HexColor("#F3F3F3")),
            ]
            continue
        style = st.bold if tag == "total" else st.body
        cells = [str(values[0]), *map(_cell, values[1:5])]
        data.append(
            [
                *(para(text, style) for text in cells),
                para(_cell(values[5]), st.right_bold if tag == "total" else st.right),
            ]
        )
    table = Table(data, colWidths=[w * mm for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle(look))
    story = [*list_heading(doc.office_name, doc.title, st), Spacer(1, 5 * mm), table]
    closing = signatures_below(doc.signatures, st)
    return [*story[:-1], ClosedTable(table, closing)] if closing else story


def render_payments_xlsx(doc: PaymentsRegisterDocument, out: BinaryIO) -> None:
    """Write the register as an Excel sheet; amounts are numbers in tögrög the accountant can sum."""
    from openpyxl.styles import Font  # slow to import: only when a sheet is written

    workbook, sheet = new_workbook("Тусламж, шагнал", title=doc.title, creator=doc.office_name)
    write_heading(sheet, doc.office_name, doc.title, (*HEADERS[:-1], "Дүн, төгрөг"))
    for row, (tag, values) in enumerate(register_rows(doc), start=HEADER_ROW + 1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            if tag != "line":
                cell.font = Font(bold=True)
            if column == len(values):
                cell.number_format = "# ##0"
    for column, width in enumerate(WIDTHS_MM, start=1):
        sheet.column_dimensions[chr(ord("A") + column - 1)].width = width / 2
    sheet.freeze_panes = "A5"
    sheet.page_setup.orientation = "landscape"
    workbook.save(out)
