"""The frame of the .xlsx the accountant receives beside a printed register: properties and heading.

openpyxl is slow to import, so it is imported only when a sheet is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.documents.layout import office_caps

HEADER_ROW = 4  # the office and the title above, a blank row between


def new_workbook(sheet_title: str, *, title: str, creator: str) -> tuple[Any, Any]:
    """A workbook and its one sheet, with the document's title and office as file properties."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    workbook.properties.title = title
    workbook.properties.creator = creator
    return workbook, sheet


def write_heading(sheet: Any, office_name: str, title: str, headers: Sequence[str]) -> None:
    """The office and title in bold on rows 1–2, the column headers wrapped on :data:`HEADER_ROW`."""
    from openpyxl.styles import Alignment, Font

    sheet.cell(row=1, column=1, value=office_caps(office_name)).font = Font(bold=True)
    sheet.cell(row=2, column=1, value=title).font = Font(bold=True, size=14)
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
