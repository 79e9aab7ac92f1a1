"""Performance contracts on a real SQLite file: round trip, one per employee and year, the database's checks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from core.entities import EmployeeStatus
from core.performance.entities import Evaluation, Period
from core.services.performance import (
    list_contracts,
    record_concluded,
    record_evaluation,
    record_report,
    start_contracts,
    upcoming_deadlines,
)
from data import Database
from data.records import PerformanceContractRecord
from tests.data.conftest import make_employee

TODAY = date(2027, 3, 1)


@pytest.fixture
def employee_id(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee(status=EmployeeStatus.ACTIVE))
        uow.commit()
    assert saved.id is not None
    return saved.id


def test_a_contract_round_trips_through_its_steps(database: Database, employee_id: int) -> None:
    new = database.uow_factory
    (draft,) = start_contracts(new(), 2026)
    cid = draft.id or 0
    record_concluded(new(), cid, on=date(2025, 12, 19), today=TODAY)
    record_report(new(), cid, period=Period.HALF_YEAR, on=date(2026, 6, 19), today=TODAY)
    record_evaluation(
        new(),
        cid,
        period=Period.HALF_YEAR,
        rating="unsatisfactory",
        on=date(2026, 6, 24),
        evaluator="Д.Батбаяр",
        today=TODAY,
    )
    saved = record_report(new(), cid, period=Period.YEAR, on=date(2026, 12, 18), today=TODAY)
    with new() as uow:
        assert uow.performance_contracts.get(cid) == saved
        assert uow.performance_contracts.list(employee_id=employee_id) == [saved]
    assert saved.half_year == Evaluation("unsatisfactory", date(2026, 6, 24), "Д.Батбаяр")
    (row,) = list_contracts(new(), 2026)
    assert row.sanction_grounds == ("12.8", "13.4.2")
    states = {s.deadline.clause: s for s in upcoming_deadlines(new(), date(2026, 12, 22), 7)}
    assert states["7.6"].missing == 1


def test_one_contract_per_employee_and_year(database: Database, employee_id: int) -> None:
    start_contracts(database.uow_factory(), 2026)
    with database.uow_factory() as uow:
        uow._active().add(PerformanceContractRecord(employee_id=employee_id, year=2026, note=""))
        with pytest.raises(IntegrityError):
            uow._active().flush()


@pytest.mark.parametrize(
    "fields",
    [
        {"half_year_report_on": date(2026, 6, 19)},  # not concluded
        {"concluded_on": date(2026, 1, 10), "year_report_on": date(2026, 1, 9)},  # before the conclusion
        {"concluded_on": date(2026, 1, 10), "year_rating": "good"},  # a rating without its date and evaluator
        {"year": 1999},
    ],
)
def test_the_database_refuses_an_impossible_contract(database: Database, employee_id: int, fields: dict) -> None:
    with database.uow_factory() as uow:
        uow._active().add(PerformanceContractRecord(**{"employee_id": employee_id, "year": 2026, "note": "", **fields}))
        with pytest.raises(IntegrityError):
            uow._active().flush()
