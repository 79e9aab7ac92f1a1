"""Issue 7: entitlements and balances of 500 employees in ≤ 200 ms.

Run with ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, text

from core import services
from data import Database
from data.records import EmploymentEventRecord, LeaveSlipRecord
from tests.benchmarks.office import crowded_office

PEOPLE = 500
YEAR = 2026


def _vacation(person: int, month: int, days: int) -> dict[str, Any]:
    """A vacation part of *days* working days from the first Monday-ish of *month*."""
    return {
        "employee_id": person,
        "starts_at": datetime(YEAR, month, 2, 9),
        "ends_at": datetime(YEAR, month, 2 + days, 18),
        "kind": "vacation",
        "reason_code": "6.11",
        "working_minutes": days * 480,
        "pay": "paid",
        "status": "signed",
        "order_number": f"А/{person}",
        "vacation_year": YEAR,
    }


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = crowded_office(tmp_path_factory.mktemp("vacation") / "tamga.db", PEOPLE)
    slips = [_vacation(person, month, days) for person in range(1, PEOPLE + 1) for month, days in ((3, 10), (9, 4))]
    events = [
        {"employee_id": person, "kind": "appointed", "effective_on": date(2000 + person % 25, 1, 10)}
        for person in range(1, PEOPLE + 1, 2)
    ]
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE employees SET status = 'active'"))
        connection.execute(insert(LeaveSlipRecord), slips)
        connection.execute(insert(EmploymentEventRecord), events)
    yield database
    database.dispose()


@pytest.mark.benchmark
def test_balances_of_five_hundred(office: Database, benchmark: Any) -> None:
    balances = benchmark(lambda: services.vacation_balances(office.uow_factory(), YEAR, on=date(YEAR, 7, 1)))
    assert len(balances) == PEOPLE
    assert {b.taken_days for b in balances} == {14}
    assert benchmark.stats.stats.median < 0.2
