"""Issue 7: the attendance day sheet of 500 people opens in ≤ 300 ms; the month's summary is as quick.

Run with ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, text

from core import services
from data import Database
from data.records import AttendanceRecord
from tests.benchmarks.office import crowded_office

PEOPLE = 500
DAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = crowded_office(tmp_path_factory.mktemp("attendance") / "tamga.db", PEOPLE)
    working_days = [d for d in (date(2026, 11, 2) + timedelta(days=n) for n in range(28)) if d.weekday() < 5]
    rows = [
        {
            "employee_id": person,
            "day": day,
            "kind": "late",
            "minutes": 5 + person % 30,
            "reason": "",
            "justified": False,
            "recorded_by": "Нярав",
        }
        for person in range(1, PEOPLE + 1)
        for day in working_days[person % 3 :: 3]
    ]
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE employees SET status = 'active'"))
        connection.execute(insert(AttendanceRecord), rows)
    yield database
    database.dispose()


@pytest.mark.benchmark
def test_day_sheet_of_five_hundred(office: Database, benchmark: Any) -> None:
    rows = benchmark(lambda: services.day_sheet(office.uow_factory(), DAY))
    assert len(rows) == PEOPLE
    assert benchmark.stats.stats.median < 0.3


@pytest.mark.benchmark
def test_monthly_summary_of_five_hundred(office: Database, benchmark: Any) -> None:
    summaries = benchmark(lambda: services.monthly_attendance(office.uow_factory(), year=2026, month=11))
    assert len(summaries) == PEOPLE
    assert benchmark.stats.stats.median < 0.3
