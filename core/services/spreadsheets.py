"""Import and export of the employee list as an Excel sheet (see ``core.spreadsheet``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from core.entities import Employee
from core.i18n import _
from core.names import employee_sort_key
from core.ports import UnitOfWork
from core.services.employees import add_checked_employee, check_employee
from core.services.errors import NotFoundError, RefusedError
from core.validation import ValidationError, ValidationReport

if TYPE_CHECKING:
    from core.spreadsheet import ImportPreview, ImportRow


def import_employees(uow: UnitOfWork, preview: ImportPreview, *, today: date | None = None) -> int:
    """Save every valid row of *preview* in one unit of work: all of them or none.

    The preview may be minutes old, so each row is checked again against the records as
    they are now (another action may have added the same РД or deleted a position).

    Returns:
        How many employees were added.

    Raises:
        RefusedError: the sheet has sheet-level problems, or a row's position was deleted.
        ValidationError: a row no longer passes the rules; its messages name the row.
    """
    if preview.problems:
        raise RefusedError("\n".join(preview.problems))
    today = today or date.today()
    rows = preview.valid_rows
    with uow:
        for row in rows:
            add_checked_employee(uow, _recheck(uow, row, today))
        uow.commit()
    return len(rows)


def _recheck(uow: UnitOfWork, row: ImportRow, today: date) -> Employee:
    """``check_employee`` with the row number added to what it says, so the sheet can be fixed."""
    assert row.employee is not None
    try:
        return check_employee(uow, row.employee, today=today)
    except ValidationError as exc:
        issues = tuple(replace(i, message=_in_row(row.row_number, i.message)) for i in exc.report.issues)
        raise ValidationError(ValidationReport(issues)) from exc
    except NotFoundError as exc:
        raise RefusedError(_in_row(row.row_number, str(exc))) from exc


def _in_row(row_number: int, message: str) -> str:
    return _("Row {row}: {message}").format(row=row_number, message=message)


def export_employees(uow: UnitOfWork, path: Path) -> int:
    """Write every employee, in Mongolian alphabetical order, to an .xlsx file at *path*.

    The records are read in one short unit of work and the file is written after it closes,
    so a slow disk never holds the database open.

    Returns:
        How many employees were written.
    """
    from core.spreadsheet import write_employee_sheet

    with uow:
        items = uow.employees.list_items()
    items.sort(key=lambda item: employee_sort_key(item.employee))
    write_employee_sheet(items, path)
    return len(items)
