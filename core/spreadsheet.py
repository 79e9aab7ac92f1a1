"""Employee lists in Excel: read a sheet into a checked preview, write the list back out.

Offices keep their staff lists in Excel, so the first records usually arrive as a sheet.
Reading never writes anything: it returns a preview in which every row carries the same
issues a form would show (the service-layer normalisation and ``validate_employee``), so
the secretary can fix the sheet before ``services.import_employees`` saves it. The export
writes the headers the reader recognises, so an exported list imports back unchanged.

openpyxl is imported inside the functions that need it: it takes about 0.4 s to import and
the app only needs it when the secretary imports or exports.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.entities import (
    ContractKind,
    Department,
    Employee,
    EmployeeListItem,
    EmployeeStatus,
    Gender,
    Position,
    ServiceKind,
)
from core.files import write_atomically
from core.i18n import _
from core.registration import RegistrationNumberError, parse_registration_number
from core.services.employees import normalize_employee
from core.spreadsheet_columns import (
    BY_HEADER,
    COLUMNS,
    CONTRACT_KIND_TEXT,
    CONTRACT_KINDS,
    DATE_FORMAT,
    GENDER_TEXT,
    GENDERS,
    SERVICE_KIND_TEXT,
    SERVICE_KINDS,
    SHEET_TITLE,
    STATUS_TEXT,
    STATUSES,
    TEXT_DATE_FORMATS,
    YES_NO,
    YES_TEXT,
    E,
    header_key,
)
from core.text import clean, search_key
from core.validation import Severity, ValidationIssue, validate_employee

_PLACEHOLDER_BIRTH = date.min  # stands in while the birth date is unknown; such rows are never imported


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One sheet row: its cells as text, the employee it makes (None if unreadable), its issues."""

    row_number: int
    values: dict[str, str]
    employee: Employee | None
    issues: tuple[ValidationIssue, ...] = ()

    @property
    def errors(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def is_valid(self) -> bool:
        return self.employee is not None and not self.errors


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What a sheet would import; ``problems`` concern the whole sheet and block every row."""

    rows: tuple[ImportRow, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def valid_rows(self) -> tuple[ImportRow, ...]:
        return () if self.problems else tuple(r for r in self.rows if r.is_valid)

    @property
    def invalid_rows(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.is_valid)


class _UnreadableSheet(Exception):
    pass


@dataclass
class _Context:
    """What every row is checked against, plus the РД numbers seen so far in the sheet."""

    positions: Sequence[Position]
    unit_names: dict[int, str]
    existing: dict[str, Employee]
    today: date
    seen: dict[str, int] = field(default_factory=dict)


def read_employee_sheet(
    path: Path, *, positions: list[Position], departments: list[Department], existing: list[Employee], today: date
) -> ImportPreview:
    """Read the first sheet of an .xlsx file into a preview; nothing is saved.

    Args:
        path: the workbook.
        positions: the office's positions, matched by title (and unit when titles repeat).
        departments: the units, to read the unit column.
        existing: employees already recorded, to refuse a second record with the same РД.
        today: the date the rules are checked against.
    """
    try:
        table = _load_rows(path)
    except _UnreadableSheet:
        return ImportPreview(problems=(_("This file cannot be read as an Excel workbook (.xlsx)."),))
    if not table:
        return ImportPreview(problems=(_("The sheet is empty."),))
    columns, problems = _map_header(table[0])
    if problems:
        return ImportPreview(problems=tuple(problems))
    context = _Context(
        positions=positions,
        unit_names={d.id: d.name for d in departments if d.id is not None},
        existing={e.registration_number: e for e in existing},
        today=today,
    )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        raw = {key: cells[index] if index < len(cells) else None for key, index in columns.items()}
        values = {key: _cell_text(value) for key, value in raw.items()}
        if any(values.values()):
            rows.append(_read_row(number, raw, values, context))
    return ImportPreview(rows=tuple(rows))


def _load_rows(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _UnreadableSheet from exc
    try:
        return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _map_header(header: Iterable[Any]) -> tuple[dict[str, int], list[str]]:
    """Column key → index; unknown columns (a "№" column, notes) are ignored."""
    found: dict[str, int] = {}
    problems: list[str] = []
    for index, cell in enumerate(header):
        column = BY_HEADER.get(header_key(_cell_text(cell)))
        if column is None:
            continue
        if column.key in found:
            problems.append(_("Two columns mean “{name}”; keep only one.").format(name=column.header))
        found[column.key] = index
    for column in COLUMNS:
        if column.required and column.key not in found:
            problems.append(
                _("The sheet has no column “{name}” (or “{english}”).").format(
                    name=column.header, english=column.english
                )
            )
    return found, problems


def _cell_text(value: Any) -> str:
    """A cell as the text a person sees: whole numbers without ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value))


def _read_row(number: int, raw: dict[str, Any], values: dict[str, str], context: _Context) -> ImportRow:
    issues: list[ValidationIssue] = []
    dates = {c.key: _read_date(raw.get(c.key), c.key, issues) for c in COLUMNS if c.is_date}
    gender = _read_choice(values.get("gender", ""), GENDERS, "gender", issues)
    employee = normalize_employee(
        Employee(
            surname=values.get("surname", ""),
            patronymic=values.get("patronymic", ""),
            given_name=values.get("given_name", ""),
            registration_number=values.get("registration_number", ""),
            birth_date=_PLACEHOLDER_BIRTH,
            gender=Gender.MALE,
            phone=values.get("phone", ""),
            email=values.get("email", ""),
            address=values.get("address", ""),
            position_id=_resolve_position(values.get("position", ""), values.get("unit", ""), context, issues),
            appointed_on=dates["appointed_on"],
            career_started_on=dates["career_started_on"],
            service_kind=_read_choice(values.get("service_kind", ""), SERVICE_KINDS, "service_kind", issues)
            or ServiceKind.CAREER,
            contract_kind=_read_choice(values.get("contract_kind", ""), CONTRACT_KINDS, "contract_kind", issues)
            or ContractKind.INDEFINITE,
            contract_ends_on=dates["contract_ends_on"],
            has_disability=_read_yes_no(values.get("has_disability", ""), "has_disability", issues),
        )
    )
    unresolved = {issue.field for issue in issues}
    birth_date, gender = _complete_from_registration(employee.registration_number, dates["birth_date"], gender)
    unresolved |= {name for name, value in (("birth_date", birth_date), ("gender", gender)) if value is None}
    employee = replace(employee, birth_date=birth_date or _PLACEHOLDER_BIRTH, gender=gender or Gender.MALE)
    duplicate = context.existing.get(employee.registration_number)
    report = validate_employee(employee, today=context.today, duplicate_of=duplicate)
    issues.extend(i for i in report.issues if i.field not in unresolved)  # one issue per unreadable cell
    issues.extend(_sheet_duplicate(number, employee.registration_number, context))
    issues.extend(_status_warning(values.get("status", "")))
    return ImportRow(number, values, None if unresolved else employee, tuple(issues))


def _complete_from_registration(
    number: str, birth_date: date | None, gender: Gender | None
) -> tuple[date | None, Gender | None]:
    """An empty birth date or gender is read from the РД, as the form does."""
    if birth_date is not None and gender is not None:
        return birth_date, gender
    try:
        info = parse_registration_number(number)
    except RegistrationNumberError:
        return birth_date, gender  # validate_employee reports the РД itself
    return birth_date or info.birth_date, gender or info.gender_hint


def _read_date(value: Any, field_name: str, issues: list[ValidationIssue]) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    if not text:
        return None
    if isinstance(value, str):
        token = text.split(" ")[0].split("T")[0]  # "2024-03-01 00:00:00" from another program
        for pattern in TEXT_DATE_FORMATS:
            with contextlib.suppress(ValueError):
                return datetime.strptime(token, pattern).date()
    issues.append(
        ValidationIssue(
            field_name,
            "unreadable_date",
            _("“{text}” is not a date; write it as 2024-03-01 or 2024.03.01.").format(text=text),
        )
    )
    return None


def _read_choice(text: str, table: dict[str, E], field_name: str, issues: list[ValidationIssue]) -> E | None:
    if not text:
        return None
    found = table.get(search_key(text))
    if found is None:
        message = _("“{text}” is not a value this column takes.").format(text=text)
        issues.append(ValidationIssue(field_name, "unknown_value", message))
    return found


def _read_yes_no(text: str, field_name: str, issues: list[ValidationIssue]) -> bool:
    if not text:
        return False
    answer = YES_NO.get(search_key(text))
    if answer is None:
        message = _("“{text}” is not a value this column takes; write “Тийм” or leave it empty.").format(text=text)
        issues.append(ValidationIssue(field_name, "unknown_value", message))
    return bool(answer)


def _resolve_position(title: str, unit: str, context: _Context, issues: list[ValidationIssue]) -> int | None:
    """The position whose title (and unit, when given) the row names; titles repeat across units."""
    if not title:
        return None
    matches = [p for p in context.positions if search_key(p.title) == search_key(title)]
    if unit:
        wanted = search_key(unit)
        matches = [p for p in matches if search_key(context.unit_names.get(p.department_id or 0, "")) == wanted]
    if len(matches) == 1:
        return matches[0].id
    if matches:
        message = _("Several units have the position “{title}”; fill in the unit column.").format(title=title)
        issues.append(ValidationIssue("position_id", "ambiguous_position", message))
    elif unit:
        message = _("There is no position “{title}” in “{unit}”; add it under Positions or correct the name.")
        issues.append(ValidationIssue("position_id", "unknown_position", message.format(title=title, unit=unit)))
    else:
        message = _("There is no position “{title}”; add it under Positions or correct the name.")
        issues.append(ValidationIssue("position_id", "unknown_position", message.format(title=title)))
    return None


def _sheet_duplicate(number: int, registration: str, context: _Context) -> list[ValidationIssue]:
    if not registration:
        return []
    first = context.seen.setdefault(registration, number)
    if first == number:
        return []
    message = _("Row {row} of this sheet has the same registration number.").format(row=first)
    return [ValidationIssue("registration_number", "duplicate_in_sheet", message)]


def _status_warning(text: str) -> list[ValidationIssue]:
    status = STATUSES.get(search_key(text)) if text else None
    if status is None or status is EmployeeStatus.ACTIVE:
        return []
    message = _("Imported as working: record the release or dismissal with its order afterwards.")
    return [ValidationIssue("status", "imported_as_active", message, Severity.WARNING)]


def write_employee_sheet(items: list[EmployeeListItem], path: Path) -> None:
    """Write the list as an .xlsx the reader takes back; the file is replaced only when complete.

    Dates are real Excel dates, so the office can sort and filter them; headers and values are
    Mongolian whatever the UI language, like every document Tamga prints.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    widths = [len(c.header) for c in COLUMNS]
    for column_number, column in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=column_number, value=column.header).font = Font(bold=True)
    for row_number, item in enumerate(items, start=2):
        for index, column in enumerate(COLUMNS):
            value = _export_value(column.key, item)
            cell = sheet.cell(row=row_number, column=index + 1, value=value)
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            widths[index] = max(widths[index], len(_cell_text(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 50)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(items) + 1}"
    write_atomically(Path(path), lambda temp: workbook.save(str(temp)))


def _export_value(key: str, item: EmployeeListItem) -> str | date:
    employee = item.employee
    special: dict[str, str | date | None] = {
        "gender": GENDER_TEXT[employee.gender],
        "unit": item.department_name,
        "position": item.position_title,
        "service_kind": SERVICE_KIND_TEXT[employee.service_kind],
        "contract_kind": CONTRACT_KIND_TEXT[employee.contract_kind],
        "status": STATUS_TEXT[employee.status],
        "has_disability": YES_TEXT if employee.has_disability else "",
    }
    value = special[key] if key in special else getattr(employee, key)
    return "" if value is None else value
