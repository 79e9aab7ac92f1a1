"""Shared set-up for the leave screens' tests: the office of tests/core/leave, printing to a file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from core import services
from core.leave.entities import LeaveSlip
from core.ports import UnitOfWork
from gui import printing
from tests.core.leave.conftest import Office, leave


def working_days_after(uow: UnitOfWork, start: str, days: int) -> str:
    """The date on which a leave from *start* reaches *days* working days (holidays skipped)."""
    calendar = services.working_calendar(uow)
    day = date.fromisoformat(start)
    while calendar.working_days_between(date.fromisoformat(start), day) < days:
        day = date.fromordinal(day.toordinal() + 1)
    return day.isoformat()


def printed(uow: UnitOfWork, slip: LeaveSlip, when: datetime = datetime(2026, 3, 2, 9, 0)) -> LeaveSlip:
    """Save *slip* as a draft and print it (numbered from 2026-0001)."""
    draft = services.save_draft(uow, slip)
    assert draft.id is not None
    return services.print_slip(uow, draft.id, now=when).slip


def one_day(office: Office, day: str = "2026-03-03") -> LeaveSlip:
    return leave(office.specialist, day, day)


class PrintToFile:
    """Replaces the print dialog: the job goes to a PDF file; ``calls`` counts the dialogs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.folder = folder
        self.calls = 0
        self.files: list[Path] = []
        monkeypatch.setattr(printing, "ask_printer", self.ask)

    def ask(self, printer: QPrinter, parent: QWidget | None) -> bool:
        self.calls += 1
        path = self.folder / f"printed-{self.calls}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return True
