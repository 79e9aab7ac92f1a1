"""The attendance use cases over the fake unit of work: record, correct, day sheet, flags, summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from core import services
from core.access import PermissionDeniedError
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.entities import EmployeeStatus
from core.leave.entities import LeaveSlip, SlipStatus
from core.users import Role, User
from core.validation import ValidationError
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

HR = User(login="hr", full_name="Нярав Б.", role=Role.HR, id=2)
DAY = 480


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork(actor=HR)
    with fake:
        fake.employees.add(employee())
        fake.employees.add(employee(given_name="Болд"))
        fake.employees.add(employee(given_name="Гарсан", status=EmployeeStatus.RELEASED))
        fake.commit()
    return fake


def late(day: int, minutes: int, *, who: int = 1, kind: AttendanceKind = AttendanceKind.LATE) -> AttendanceEntry:
    return AttendanceEntry(employee_id=who, day=date(2026, 11, day), kind=kind, minutes=minutes)


def test_record_fills_who_recorded_and_trims_the_reason(uow: FakeUnitOfWork) -> None:
    saved = services.record_attendance(uow, replace(late(2, 15), reason="  автобус  "))
    assert (saved.id, saved.recorded_by, saved.reason) == (1, "Нярав Б.", "автобус")


@pytest.mark.parametrize(
    ("entry", "field", "code"),
    [
        (late(2, 0), "minutes", "not_positive"),
        (late(2, DAY + 1), "minutes", "too_long"),
        (late(1, 10), "day", "day_off"),  # a Sunday
        (replace(late(2, 10), justified=True), "reason", "reason_needed"),
    ],
)
def test_record_refuses_with_field_named_issues(
    uow: FakeUnitOfWork, entry: AttendanceEntry, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.record_attendance(uow, entry)
    assert [(i.field, i.code) for i in caught.value.report.errors] == [(field, code)]


def test_the_same_kind_twice_a_day_is_refused_but_a_correction_is_not(uow: FakeUnitOfWork) -> None:
    saved = services.record_attendance(uow, late(2, 15))
    with pytest.raises(ValidationError):
        services.record_attendance(uow, late(2, 20))
    corrected = services.correct_attendance(uow, replace(saved, minutes=20, justified=True, reason="эмнэлэг"))
    assert corrected.minutes == 20
    assert [r.entries for r in services.day_sheet(uow, date(2026, 11, 2)) if r.employee_id == 1][0] == (corrected,)


def test_day_sheet_lists_everyone_at_work(uow: FakeUnitOfWork) -> None:
    services.record_attendance(uow, late(2, 15, who=2))
    rows = services.day_sheet(uow, date(2026, 11, 2))
    assert sorted(r.employee_id for r in rows) == [1, 2]
    assert [len(r.entries) for r in sorted(rows, key=lambda r: r.employee_id)] == [0, 1]


def test_viewer_may_read_but_not_record(uow: FakeUnitOfWork) -> None:
    viewer = FakeUnitOfWork(uow.committed_store, actor=User(login="v", full_name="В", role=Role.VIEWER, id=3))
    assert services.monthly_attendance(viewer, year=2026, month=11) == []
    with pytest.raises(PermissionDeniedError):
        services.record_attendance(viewer, late(2, 15))


def test_month_flags_and_summary_with_a_leave_overrun(uow: FakeUnitOfWork) -> None:
    for day in (2, 3, 4, 5):
        services.record_attendance(uow, late(day, 60))
    services.record_attendance(uow, late(9, DAY, kind=AttendanceKind.ABSENT))
    with uow:
        uow.leave_slips.add(
            LeaveSlip(
                employee_id=1,
                starts_at=datetime(2026, 11, 10, 9),
                ends_at=datetime(2026, 11, 11, 18),
                status=SlipStatus.CLOSED,
                returned_at=datetime(2026, 11, 13, 14),
                overrun_minutes=DAY + DAY // 2,
            )
        )
        uow.commit()
    flags = services.attendance_flags(uow, year=2026, month=11)
    assert [(w.employee_id, w.week_starts, w.times) for w in flags.warnings] == [(1, date(2026, 11, 2), 4)]
    assert [row.entry.slip_id for row in flags.deductions] == [1]  # 240 + 480 + 720 = 1440: 3 days
    [summary] = services.monthly_attendance(uow, year=2026, month=11)
    assert (summary.late_minutes, summary.unjustified_absence_minutes, summary.overrun_minutes) == (240, DAY, 720)
    assert summary.deduction_minutes == 3 * DAY
    rows = services.employee_attendance(uow, 1, year=2026, month=11)
    assert [r.total_minutes for r in rows][-1] == 3 * DAY
    assert services.monthly_attendance(uow, year=2026, month=12) == []


def test_an_overrun_across_two_months_counts_in_each_as_the_register_does(uow: FakeUnitOfWork) -> None:
    with uow:
        slip = LeaveSlip(
            employee_id=1,
            starts_at=datetime(2026, 10, 26, 9),
            ends_at=datetime(2026, 10, 30, 18),  # a Friday
            status=SlipStatus.CLOSED,
            returned_at=datetime(2026, 11, 3, 9),  # Monday 2 November missed too
            overrun_minutes=DAY,
        )
        uow.leave_slips.add(slip)
        uow.commit()
    assert services.monthly_attendance(uow, year=2026, month=10) == []  # the weekend is not working time
    [november] = services.monthly_attendance(uow, year=2026, month=11)
    assert november.overrun_minutes == DAY
