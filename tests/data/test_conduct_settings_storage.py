"""Attendance and discipline settings, proposals and promotions on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.proposals import FlagKey
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, DisciplinePolicy, SanctionKind, SanctionStatus
from core.entities import EmployeeStatus, EmploymentEvent, EventKind
from data import Database
from tests.data.conftest import make_department, make_employee, make_position

WEEK = FlagKey(0, "13.3.1.3", date(2026, 11, 2))


@pytest.fixture
def employee_id(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee(status=EmployeeStatus.ACTIVE))
        uow.commit()
    assert saved.id is not None
    return saved.id


@pytest.mark.parametrize(
    "policy",
    [
        AttendancePolicy(),
        AttendancePolicy(
            absence_after_days=2,
            accumulated_kinds=(AttendanceKind.LATE, AttendanceKind.LEFT_EARLY, AttendanceKind.ABSENT),
            lateness_per_week=2,
            warning_kinds=(AttendanceKind.LATE, AttendanceKind.LEFT_EARLY),
            absence_breach="11.1.6",
            absence_sanction=SanctionKind.SALARY_CUT,
        ),
    ],
)
def test_attendance_settings_round_trip(database: Database, policy: AttendancePolicy) -> None:
    services.save_attendance_policy(database.uow_factory(), policy)
    assert services.get_attendance_policy(database.uow_factory()) == policy


@pytest.mark.parametrize(
    "policy",
    [
        DisciplinePolicy(),
        DisciplinePolicy(
            breaches=(BreachClause("11.1.5", "Ажлын байранд тамхи татах"), BreachClause("14.2", "Өөр зөрчил Ө Ү")),
            max_cut_percent=15,
            max_cut_months=3,
            warning_months=6,
            dismissal_months=24,
        ),
    ],
)
def test_discipline_settings_round_trip(database: Database, policy: DisciplinePolicy) -> None:
    services.save_discipline_policy(database.uow_factory(), policy)
    assert services.get_discipline_policy(database.uow_factory()) == policy


def test_the_database_refuses_a_ceiling_above_the_law(database: Database) -> None:
    services.save_discipline_policy(database.uow_factory(), DisciplinePolicy())
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.discipline_settings.save(DisciplinePolicy(max_cut_percent=25))


def _late_week(database: Database, employee_id: int) -> None:
    for day in (2, 3, 4, 5):
        entry = AttendanceEntry(employee_id, date(2026, 11, day), AttendanceKind.LATE, 15)
        services.record_attendance(database.uow_factory(), entry)


def test_a_proposal_is_stored_without_an_order_then_decided(database: Database, employee_id: int) -> None:
    _late_week(database, employee_id)
    key = replace(WEEK, employee_id=employee_id)
    proposal = services.propose_sanction(database.uow_factory(), key, today=date(2026, 11, 9))
    with database.uow_factory() as uow:
        assert uow.sanctions.get(proposal.id or 0) == proposal
    assert services.flag_answers(database.uow_factory()) == {key: proposal}
    decided = services.decide_sanction(
        database.uow_factory(),
        replace(proposal, order_number="А/5", order_date=date(2026, 11, 10), starts_on=date(2026, 11, 10)),
    )
    with database.uow_factory() as uow:
        assert uow.sanctions.get(proposal.id or 0) == decided
    assert decided.status is SanctionStatus.DECIDED
    assert services.award_blocked(database.uow_factory(), employee_id, date(2026, 11, 10)) is not None


def test_the_database_answers_a_flag_once_and_needs_an_order_for_a_decision(
    database: Database, employee_id: int
) -> None:
    _late_week(database, employee_id)
    proposal = services.propose_sanction(database.uow_factory(), replace(WEEK, employee_id=employee_id))
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.sanctions.add(replace(proposal, id=None))
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow._active().execute(text("UPDATE sanctions SET status = 'decided' WHERE id = :id"), {"id": proposal.id})


def test_a_promotion_is_stored_as_an_event(database: Database, employee_id: int) -> None:
    with database.uow_factory() as uow:
        unit = uow.departments.add(make_department())
        post = uow.positions.add(make_position(unit.id))
        uow.commit()
    event = EmploymentEvent(employee_id, EventKind.PROMOTED, date(2026, 5, 4), post.id, "А/9", date(2026, 5, 4))
    promoted = services.record_event(database.uow_factory(), event)
    assert promoted.position_id == post.id
    assert [e.kind for e in services.employee_history(database.uow_factory(), employee_id)] == [EventKind.PROMOTED]
