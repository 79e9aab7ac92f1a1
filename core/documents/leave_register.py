"""The monthly leave register (6.10), per person, that the accountant attaches to the payroll.

The PDF is the signed paper; the .xlsx is the same rows with numbers the accountant can
sum. Both read the rows from :func:`register_lines`, so a
subtotal can never differ between them.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO, Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from core.documents.fonts import BOLD, REGULAR
from core.documents.grid import Padding
from core.documents.layout import NumberedCanvas, caption_text, office_caps, styles
from core.documents.models import RegisterDocument
from core.documents.register_layout import SIGNATURES_WIDTH, list_heading, list_template, signatures_below
from core.documents.register_sheet import new_workbook
from core.documents.text_table import TextRow, TextTable, TextTableStyle
from core.leave.durations import as_days, format_duration

LineKind = Literal["entry", "subtotal", "total"]

SUBTOTAL_LABEL = "Дүн"
TOTAL_LABEL = "Нийт дүн"

#: (header, width in mm) of the PDF table.
PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("№", 8),
    ("Овог, нэр", 30),
    ("Албан тушаал", 33),
    ("Харьяалах нэгж", 33),
    ("Хуудас, тушаалын дугаар", 21),
    ("Хугацаа", 29),
    ("Цалинтай ажлын өдөр/цаг", 26),
    ("Цалингүй ажлын өдөр/цаг", 26),
    ("Шалтгаан", 35),
    ("Хэтрүүлсэн (6.9)", 21),
)


@dataclass(frozen=True, slots=True)
class RegisterLine:
    """One printed row: a leave, a person's subtotal, or the office total; minutes or None."""

    kind: LineKind
    ordinal: str = ""
    name: str = ""
    position: str = ""
    department: str = ""
    number: str = ""
    period: str = ""
    reason: str = ""
    paid: int | None = None
    unpaid: int | None = None
    overrun: int | None = None


def register_lines(doc: RegisterDocument) -> Iterator[RegisterLine]:
    """The register's rows in order: each person's leaves, their subtotal, then the total.

    The person's number, name, position and unit are printed on their first row only.
    """
    for ordinal, person in enumerate(doc.people, start=1):
        for index, entry in enumerate(person.entries):
            first = index == 0
            yield RegisterLine(
                kind="entry",
                ordinal=str(ordinal) if first else "",
                name=person.name if first else "",
                position=person.position if first else "",
                department=person.department if first else "",
                number=entry.number,
                period=entry.period,
                reason=entry.reason,
                paid=entry.minutes if entry.paid else None,
                unpaid=None if entry.paid else entry.minutes,
                overrun=entry.overrun_minutes or None,
            )
        yield RegisterLine(
            "subtotal",
            name=SUBTOTAL_LABEL,
            paid=person.paid_minutes or None,  # a blank reads faster than "0 цаг" down a long list
            unpaid=person.unpaid_minutes or None,
            overrun=person.overrun_minutes or None,
        )
    yield RegisterLine(
        "total",
        name=TOTAL_LABEL,
        paid=doc.paid_minutes,
        unpaid=doc.unpaid_minutes,
        overrun=sum(person.overrun_minutes for person in doc.people),
    )


def render_register_pdf(doc: RegisterDocument, out: BinaryIO) -> None:
    """Write the register as an A4 landscape PDF, header repeated and pages numbered.

    Args:
        doc: The month's register, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    template = list_template(out, title=doc.title, author=doc.office_name, subject="Чөлөөний бүртгэл")
    frame = template.pageTemplates[0].frames[0]
    template.build(_story(doc, frame.width, frame.height), canvasmaker=NumberedCanvas)


def _story(doc: RegisterDocument, width: float, height: float) -> list[Flowable]:
    st = styles(10)
    story: list[Flowable] = [*list_heading(doc.office_name, doc.title, st), Spacer(1, 5 * mm)]
    heading = sum(flowable.wrap(width, height)[1] for flowable in story)
    widths = [column_width * mm for _, column_width in PDF_COLUMNS]
    header = TABLE.row([title for title, _ in PDF_COLUMNS], widths, font=BOLD, centred=True, shade=_SHADE["header"])
    signatures = signatures_below(doc.signatures, st, width=min(width, SIGNATURES_WIDTH))
    tail = sum(flowable.wrap(width, height)[1] for flowable in signatures)
    room = height - header.height - _SAFETY
    for index, rows in enumerate(_paginate(_groups(doc, widths), room - heading, room, tail=tail)):
        story += [PageBreak()] if index else []
        story.append(TextTable([header, *rows], widths, TABLE))
    return [*story, KeepTogether(signatures)] if signatures else story


def _groups(doc: RegisterDocument, widths: list[float]) -> list[list[TextRow]]:
    """Rows grouped so a person's leaves and subtotal stay on one page when they can."""
    groups: list[list[TextRow]] = [[]]
    for line in register_lines(doc):
        groups[-1].append(_row(line, doc.minutes_per_day, widths))
        if line.kind != "entry":
            groups.append([])
    return [group for group in groups if group]


def _paginate(groups: list[list[TextRow]], first: float, rest: float, *, tail: float) -> list[list[TextRow]]:
    """Cut the rows into pages: *first* points of rows on page one, *rest* on the others.

    The last group (the office total) also needs *tail* points below it, so the signatures
    are never left alone on a page without the totals they sign for.
    """
    pages: list[list[TextRow]] = [[]]
    room = first
    for number, group in enumerate(groups, start=1):
        needed = sum(row.height for row in group) + (tail if number == len(groups) else 0)
        if pages[-1] and needed > room:
            pages.append([])
            room = rest
        for row in group:  # a group longer than a page is split row by row
            if pages[-1] and row.height > room:
                pages.append([])
                room = rest
            pages[-1].append(row)
            room -= row.height
    return pages


def _row(line: RegisterLine, minutes_per_day: int, widths: list[float]) -> TextRow:
    texts = (
        line.ordinal,
        line.name,
        line.position,
        line.department,
        line.number,
        line.period,
        _duration(line.paid, minutes_per_day),
        _duration(line.unpaid, minutes_per_day),
        line.reason,
        _duration(line.overrun, minutes_per_day),
    )
    font = REGULAR if line.kind == "entry" else BOLD
    return TABLE.row(texts, widths, font=font, shade=_SHADE.get(line.kind))


def _duration(minutes: int | None, minutes_per_day: int) -> str:
    return "" if minutes is None else format_duration(minutes, minutes_per_day)


TABLE = TextTableStyle(size=8, leading=9.6, padding=Padding(3, 3, 2, 3))
_SAFETY = 1.0  # points kept free at the page end against rounding
_SHADE = {
    "header": colors.Color(0.9, 0.9, 0.9),
    "subtotal": colors.Color(0.95, 0.95, 0.95),
    "total": colors.Color(0.85, 0.85, 0.85),
}


#: (header, width in characters) of the spreadsheet; numbers are days and hours, not text.
XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("№", 5),
    ("Овог, нэр", 22),
    ("Албан тушаал", 28),
    ("Харьяалах нэгж", 28),
    ("Хуудас, тушаалын дугаар", 14),
    ("Хугацаа", 22),
    ("Шалтгаан", 30),
    ("Цалинтай, ажлын өдөр", 12),
    ("Цалингүй, ажлын өдөр", 12),
    ("Хэтрүүлсэн (6.9), ажлын өдөр", 13),
    ("Цалинтай, цаг", 10),
    ("Цалингүй, цаг", 10),
    ("Хэтрүүлсэн (6.9), цаг", 11),
)
XLSX_HEADER_ROW = 4
_NUMBER_FORMAT = "0.00"


def render_register_xlsx(doc: RegisterDocument, out: BinaryIO) -> None:
    """Write the register as an Excel sheet the accountant can sum and filter.

    Days are decimals of the office's working day (1 day 4 hours → 1.5), hours are decimal
    hours; leave rows are grouped under each person's bold subtotal so they can be folded.

    Args:
        doc: The month's register, already worded by the services.
        out: A binary stream; the caller opens and closes it.
    """
    workbook, sheet = new_workbook("Чөлөөний бүртгэл", title=doc.title, creator=doc.office_name)
    _xlsx_heading(sheet, doc)
    row = XLSX_HEADER_ROW + 1
    for line in register_lines(doc):
        _xlsx_line(sheet, row, line, doc.minutes_per_day)
        row += 1
    _xlsx_signatures(sheet, row + 1, doc)
    workbook.save(out)


def _xlsx_heading(sheet: Any, doc: RegisterDocument) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    last = len(XLSX_COLUMNS)
    for row, text, size in ((1, office_caps(doc.office_name), 11), (2, doc.title, 14)):
        sheet.cell(row=row, column=1, value=text).font = Font(bold=True, size=size)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    for column, (header, width) in enumerate(XLSX_COLUMNS, start=1):
        cell = sheet.cell(row=XLSX_HEADER_ROW, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="E6E6E6")
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = sheet.cell(row=XLSX_HEADER_ROW + 1, column=3)  # header and names stay in view
    sheet.print_title_rows = f"{XLSX_HEADER_ROW}:{XLSX_HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0


def _xlsx_line(sheet: Any, row: int, line: RegisterLine, minutes_per_day: int) -> None:
    texts = (line.name, line.position, line.department, line.number, line.period, line.reason)
    minutes = (line.paid, line.unpaid, line.overrun)
    days = [None if value is None else as_days(value, minutes_per_day) for value in minutes]
    hours = [None if value is None else round(value / 60, 2) for value in minutes]
    values = [int(line.ordinal) if line.ordinal else None, *texts, *days, *hours]
    looks = _xlsx_looks()
    bold = line.kind != "entry"
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        cell.alignment = looks["wrap"] if isinstance(value, str) else looks["top"]
        if isinstance(value, float):
            cell.number_format = _NUMBER_FORMAT
        if bold:
            cell.font = looks["bold"]
    if not bold:
        sheet.row_dimensions[row].outline_level = 1


@lru_cache(maxsize=1)
def _xlsx_looks() -> dict[str, Any]:
    """Style objects made once: building one per cell took most of a 500-person sheet's time."""
    from openpyxl.styles import Alignment, Font

    return {
        "wrap": Alignment(vertical="top", wrap_text=True),
        "top": Alignment(vertical="top"),
        "bold": Font(bold=True),
    }


def _xlsx_signatures(sheet: Any, row: int, doc: RegisterDocument) -> None:
    for offset, line in enumerate(doc.signatures):
        at = row + 2 * offset
        sheet.cell(row=at, column=2, value=caption_text(line.caption) if line.caption else None)
        sheet.cell(row=at, column=3, value=line.title)
        sheet.cell(row=at, column=5, value="." * 24)
        sheet.cell(row=at, column=6, value=line.name or "." * 24)
