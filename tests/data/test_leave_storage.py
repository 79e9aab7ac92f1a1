"""Leave slips on SQLite: round trips, constraints, gap-free numbers and the list's SQL filters."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import fields, replace
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from core import services
from core.documents.models import SlipDocument
from core.leave.entities import (
    CalendarChange,
    LeaveKind,
    LeaveSettings,
    LeaveSlip,
    PayDecision,
    SlipFilter,
    SlipNumber,
    SlipStatus,
    WorkSchedule,
)
from core.leave.policy import DEFAULT_POLICY, LeaveReason
from data import Database
from data.records import LeaveSlipRecord
from data.uow import SqlAlchemyUnitOfWork
from tests.core.leave.conftest import Office, build_office, leave
from tests.core.leave.scenarios import LIST_CASES, fill_list

NOW = datetime(2026, 3, 2, 10, 0)


@pytest.fixture
def office(database: Database) -> Office:
    return build_office(database.uow_factory())


def full_slip(employee_id: int) -> LeaveSlip:
    """A slip with every field away from its default, so a lost column shows."""
    return LeaveSlip(
        employee_id=employee_id,
        starts_at=datetime(2026, 3, 2, 9, 0),
        ends_at=datetime(2026, 3, 4, 13, 0),
        kind=LeaveKind.PERSONAL,
        reason_code="6.8.4",
        reason_text="Үер, гэр усанд автсан",
        working_minutes=1200,
        pay=PayDecision.PAID,
        recommended_by="Р.Отгонжаргал",
        recommended_on=date(2026, 2, 27),
        position_title="Ахлах мэргэжилтэн",
        department_name="Хууль, эрх зүйн хэлтэс",
        approver_role="chief",
        approver_title="Тамгын газрын даргын үүрэг гүйцэтгэгч",
        approver_name="С.Энхболд",
        recommender_title="Хууль, эрх зүйн хэлтсийн дарга",
        recommender_name="Р.Отгонжаргал",
        status=SlipStatus.CLOSED,
        number=SlipNumber(2026, 42),
        printed_on=date(2026, 2, 27),
        print_count=2,
        signed_by="Д.Батбаяр",
        signed_on=date(2026, 2, 28),
        order_number="",
        void_reason="",
        returned_at=datetime(2026, 3, 5, 11, 0),
        overrun_minutes=120,
    )


def test_every_slip_field_has_a_column() -> None:
    columns = {column.key for column in inspect(LeaveSlipRecord).columns}
    assert {f.name for f in fields(LeaveSlip)} - columns - {"id", "number"} == set()


def test_a_slip_round_trips(database: Database, office: Office) -> None:
    with database.uow_factory() as uow:
        saved = uow.leave_slips.add(full_slip(office.specialist.id or 0))
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.leave_slips.get(saved.id or 0) == saved
        assert uow.leave_slips.by_number(SlipNumber(2026, 42)) == saved
        assert uow.leave_slips.for_employee(office.specialist.id or 0) == [saved]


def test_a_number_is_unique(database: Database, office: Office) -> None:
    with database.uow_factory() as uow:
        uow.leave_slips.add(full_slip(office.specialist.id or 0))
        with pytest.raises(IntegrityError, match="leave_slips.number_year, leave_slips.number_seq"):
            uow.leave_slips.add(full_slip(office.archivist.id or 0))


@pytest.mark.parametrize(
    "changes",
    [
        {"status": SlipStatus.DRAFT},  # a draft has no number
        {"ends_at": datetime(2026, 3, 1, 9, 0)},  # the end before the start
        {"number": SlipNumber(2026, 0)},
    ],
)
def test_the_database_refuses_an_impossible_slip(database: Database, office: Office, changes: dict[str, Any]) -> None:
    with database.uow_factory() as uow, pytest.raises(IntegrityError, match="CHECK"):
        uow.leave_slips.add(replace(full_slip(office.specialist.id or 0), **changes))


def test_the_counter_is_per_year_and_rolls_back(database: Database) -> None:
    with database.uow_factory() as uow:
        assert [uow.slip_counters.next_number(2026) for _ in range(2)] == [SlipNumber(2026, 1), SlipNumber(2026, 2)]
        assert uow.slip_counters.next_number(2027) == SlipNumber(2027, 1)
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.slip_counters.next_number(2026) == SlipNumber(2026, 3)  # not committed
    with database.uow_factory() as uow:
        assert uow.slip_counters.next_number(2026) == SlipNumber(2026, 3)


def test_a_crash_between_number_and_print_takes_no_number(database: Database, office: Office) -> None:
    factory = database.uow_factory
    first = services.save_draft(factory(), leave(office.specialist, "2026-03-03", "2026-03-03"))
    second = services.save_draft(factory(), leave(office.archivist, "2026-03-03", "2026-03-03"))

    def crash(document: SlipDocument) -> None:
        raise RuntimeError("the process dies before commit")

    with pytest.raises(RuntimeError):
        services.print_slip(factory(), first.id or 0, now=NOW, render=crash)
    assert services.print_slip(factory(), second.id or 0, now=NOW).slip.number == SlipNumber(2026, 1)
    assert services.print_slip(factory(), first.id or 0, now=NOW).slip.number == SlipNumber(2026, 2)
    with closing(sqlite3.connect(database.path)) as connection:
        assert connection.execute("SELECT year, last_seq FROM slip_counters").fetchall() == [(2026, 2)]
        prints = connection.execute("SELECT slip_id, is_copy FROM slip_prints ORDER BY id").fetchall()
    assert prints == [(second.id, 0), (first.id, 0)]


def test_numbers_stay_gap_free_through_voids_and_reprints(database: Database, office: Office) -> None:
    factory = database.uow_factory
    slips = [
        services.save_draft(factory(), leave(office.specialist, day, day))
        for day in ("2026-03-03", "2026-03-04", "2026-03-05")
    ]
    services.print_slip(factory(), slips[0].id or 0, now=NOW)
    services.void_slip(factory(), slips[0].id or 0, reason="Алдаа")
    services.reprint_slip(factory(), SlipNumber(2026, 1), now=NOW)
    for slip in slips[1:]:
        services.print_slip(factory(), slip.id or 0, now=NOW)
    with closing(sqlite3.connect(database.path)) as connection:
        rows = connection.execute("SELECT number_seq, status FROM leave_slips ORDER BY number_seq").fetchall()
        copies = connection.execute("SELECT count(*) FROM slip_prints WHERE is_copy").fetchone()
    assert rows == [(1, "voided"), (2, "printed"), (3, "printed")]
    assert copies == (1,)


@pytest.mark.parametrize(("filters", "expected"), LIST_CASES, ids=[str(case[0]) for case in LIST_CASES])
def test_the_list_filters_in_sql(
    database: Database, office: Office, filters: dict[str, Any], expected: list[str]
) -> None:
    fill_list(database.uow_factory(), office)
    page = services.list_slips(database.uow_factory(), SlipFilter(**filters))
    assert [item.employee_name for item in page.items] == expected
    with database.uow_factory() as uow:
        assert uow.leave_slips.count(SlipFilter(**filters)) == len(expected)


def test_the_list_by_department_and_page(database: Database, office: Office) -> None:
    fill_list(database.uow_factory(), office)
    legal = services.list_slips(database.uow_factory(), SlipFilter(department_ids=(office.legal.id or 0,)), limit=3)
    assert (len(legal.items), legal.total) == (3, 4)
    assert {item.department_name for item in legal.items} <= {"Хууль, эрх зүйн хэлтэс", "Архивын тасаг"}


def test_overlapping_and_in_period(database: Database, office: Office) -> None:
    fill_list(database.uow_factory(), office)
    with database.uow_factory() as uow:
        employee = office.specialist.id or 0
        (hit,) = uow.leave_slips.overlapping(employee, datetime(2026, 3, 3, 17, 0), datetime(2026, 3, 5, 9, 0))
        assert hit.number == SlipNumber(2026, 1)
        assert uow.leave_slips.overlapping(employee, datetime(2026, 3, 3, 18, 0), datetime(2026, 3, 4, 9, 0)) == []
        assert uow.leave_slips.overlapping(employee, hit.starts_at, hit.ends_at, exclude_id=hit.id) == []
        given = uow.leave_slips.in_period(datetime(2026, 3, 1), datetime(2026, 4, 1), statuses=(SlipStatus.PRINTED,))
    assert [str(s.number) for s in given] == ["2026-0001", "2026-0002"]


def test_calendar_changes_are_unique_per_day(database: Database) -> None:
    with database.uow_factory() as uow:
        saved = uow.calendar.add(CalendarChange(date(2026, 2, 17), False, "Засгийн газрын тогтоол"))
        assert uow.calendar.changes_between(date(2026, 2, 1), date(2026, 2, 28)) == [saved]
        assert uow.calendar.get(saved.id or 0) == saved
        with pytest.raises(IntegrityError, match="calendar_changes.day"):
            uow.calendar.add(CalendarChange(date(2026, 2, 17), True))


def test_leave_settings_round_trip(database: Database) -> None:
    reasons = (*DEFAULT_POLICY.reasons, LeaveReason("6.8.6", "Sports", "Спортын тэмцээнд оролцох", True))
    settings = LeaveSettings(
        WorkSchedule(time(8, 30), time(17, 30), time(12, 30), time(13, 30)),
        replace(
            DEFAULT_POLICY, head_decides_up_to_days=2, paid_beyond_limit_needs_listed_reason=False, reasons=reasons
        ),
    )
    with database.uow_factory() as uow:
        assert uow.leave_settings.get() == LeaveSettings()
        uow.leave_settings.save(settings)
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.leave_settings.get() == settings
        uow.leave_settings.save(LeaveSettings())
        uow.commit()
    with closing(sqlite3.connect(database.path)) as connection:
        assert connection.execute("SELECT reasons_json FROM leave_settings").fetchone() == (None,)


def test_the_maintenance_report_counts_slips(database: Database, office: Office) -> None:
    fill_list(database.uow_factory(), office)
    with database.uow_factory() as uow:
        counts = uow.maintenance.report().counts
    assert (counts["leave_slips"], counts["slip_prints"], counts["calendar_changes"]) == (5, 3, 2)


def test_the_unit_of_work_has_the_leave_repositories(database: Database) -> None:
    with database.uow_factory() as uow:
        assert isinstance(uow, SqlAlchemyUnitOfWork)
        assert uow.leave_slips.count(SlipFilter()) == 0
