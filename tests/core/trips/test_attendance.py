"""Trip days in the monthly attendance summary (6.1): work away, not absence, holidays not counted."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.documents.attendance_summary import render_attendance_pdf, render_attendance_xlsx
from core.trips.entities import BusinessTrip, TripScope
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork

DAY = 8 * 60


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    office = office_with_people(uow)
    trip = BusinessTrip(
        employee_id=office["head"].id,
        scope=TripScope.DOMESTIC,
        place="Завхан аймаг, Улиастай",
        purpose="Шалгалт",
        starts_on=date(2026, 11, 24),
        ends_on=date(2026, 11, 27),
    )
    draft = services.save_trip_draft(uow, trip)
    assert draft.id is not None
    services.issue_trip(uow, draft.id, on=date(2026, 11, 20))
    return office


def test_trip_days_are_working_days_without_the_holiday(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    (summary,) = services.monthly_attendance(uow, year=2026, month=11)
    assert summary.employee_id == office["head"].id
    assert summary.trip_days == 3  # 24, 25, 27 November: the 26th is Republic day, no working day
    assert summary.unjustified_absence_minutes == 0


def test_an_absence_logged_on_a_trip_day_is_not_counted(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    head, specialist = office["head"].id, office["specialist"].id
    services.record_attendance(uow, AttendanceEntry(head, date(2026, 11, 25), AttendanceKind.ABSENT, DAY))
    services.record_attendance(uow, AttendanceEntry(head, date(2026, 11, 30), AttendanceKind.ABSENT, DAY))
    services.record_attendance(uow, AttendanceEntry(specialist, date(2026, 11, 25), AttendanceKind.ABSENT, DAY))
    by_person = {s.employee_id: s for s in services.monthly_attendance(uow, year=2026, month=11)}
    assert by_person[head].unjustified_absence_minutes == DAY  # the 30th only, after the trip
    assert by_person[head].trip_days == 3
    assert by_person[specialist].unjustified_absence_minutes == DAY and by_person[specialist].trip_days == 0


def test_a_draft_or_cancelled_trip_is_no_work_away(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_trip_draft(
        uow,
        BusinessTrip(
            employee_id=office["specialist"].id,
            scope=TripScope.DOMESTIC,
            place="Дархан",
            purpose="Сургалт",
            starts_on=date(2026, 11, 2),
            ends_on=date(2026, 11, 3),
        ),
    )
    services.cancel_trip(uow, 1, reason="Хойшилсон", on=date(2026, 11, 21))
    assert services.monthly_attendance(uow, year=2026, month=11) == []


def test_the_summary_prints_the_trip_days_in_pdf_and_xlsx(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    document = services.attendance_document(uow, year=2026, month=11)
    pdf = io.BytesIO()
    render_attendance_pdf(document, pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.getvalue())).pages).split())
    assert "Томилолт (6.1)" in text and "Раднаа Отгонжаргал" in text and "3 ажлын өдөр" in text
    sheet_file = io.BytesIO()
    render_attendance_xlsx(document, sheet_file)
    sheet = load_workbook(io.BytesIO(sheet_file.getvalue())).active
    assert sheet is not None
    headers = [cell.value for cell in sheet[4]]
    column = headers.index("Томилолт (6.1), ажлын өдөр") + 1
    assert sheet.cell(row=5, column=column).value == 3
