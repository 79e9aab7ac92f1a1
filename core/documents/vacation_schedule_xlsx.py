"""The year's vacation schedule (6.11) as an Excel sheet, laid out and print-ready like the PDF.

The cells come from ``core.vacation.schedule_document``, which the PDF reads too.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from core.vacation.schedule_document import DRAFT_MARK, HEADERS, ScheduleDocument

#: Column widths in characters, in the order of ``HEADERS``.
WIDTHS = (5, 26, 28, 10, 11, 13, 13, 9, 14, 40)
APPROVAL_COLUMN = 8  # the approval block sits over the last three columns, as on paper
FIRST_TABLE_ROW = 7
#: Columns (1-based) holding numbers: №, years of service, entitled and planned working days.
NUMBER_COLUMNS = frozenset({1, 4, 5, 8})


def render_schedule_xlsx(doc: ScheduleDocument, out: BinaryIO) -> None:
    """Write the schedule: approval block top right, title, header repeated on every printed page."""
    from openpyxl import Workbook  # slow to import: only when a sheet is written

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Хуваарь {doc.year}"
    workbook.properties.title = doc.title
    workbook.properties.creator = doc.office_name
    _write_top(sheet, doc)
    _write_table(sheet, doc)
    _set_up_printing(sheet)
    workbook.save(out)


def _write_top(sheet: Any, doc: ScheduleDocument) -> None:
    from openpyxl.styles import Alignment, Font

    if doc.draft:
        sheet.cell(row=1, column=1, value=DRAFT_MARK).font = Font(bold=True, size=14, color="808080")
    for offset, text in enumerate(doc.approval):
        sheet.cell(row=1 + offset, column=APPROVAL_COLUMN, value=text).font = Font(bold=offset < 2)
    title = sheet.cell(row=FIRST_TABLE_ROW - 2, column=1, value=doc.title)
    title.font = Font(bold=True, size=13)
    title.alignment = Alignment(horizontal="center")
    sheet.merge_cells(
        start_row=FIRST_TABLE_ROW - 2, start_column=1, end_row=FIRST_TABLE_ROW - 2, end_column=len(HEADERS)
    )


def _write_table(sheet: Any, doc: ScheduleDocument) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, (text, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=FIRST_TABLE_ROW, column=column, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = box
        sheet.column_dimensions[get_column_letter(column)].width = width
    row = FIRST_TABLE_ROW + 1
    for group in doc.groups:
        sheet.cell(row=row, column=1, value=group.heading).font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADERS))
        row += 1
        for line in group.lines:
            for column, text in enumerate(line, start=1):
                cell = sheet.cell(row=row, column=column, value=_value(column, text))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = box
            row += 1


def _set_up_printing(sheet: Any) -> None:
    sheet.freeze_panes = f"C{FIRST_TABLE_ROW + 1}"
    sheet.print_title_rows = f"{FIRST_TABLE_ROW}:{FIRST_TABLE_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.right.text = "Хуудас &P / &N"


def _value(column: int, text: str) -> str | int:
    """Numbers stay numbers, so the sheet can be summed; the rest is text."""
    return int(text) if column in NUMBER_COLUMNS and text.isdigit() else text
