"""Leave at scale: the slip list over 200,000 slips opens in ≤ 0.5 s, a 500-person register in ≤ 1 s.

Run with ``uv run pytest tests/benchmarks/test_leave_speed.py --benchmark-only``; the default
options skip benchmarks. The data is written with executemany straight into SQLite (200,000
service calls would take minutes): ten years of slips for 500 employees in 20 departments.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from core import services
from core.documents.fonts import default_font_dir, register_fonts
from core.documents.leave_register import render_register_pdf
from core.leave.entities import SlipFilter
from data import Database
from data.records import LeaveSlipRecord
from tests.benchmarks.office import crowded_office

SLIPS = 200_000
EMPLOYEES = 500
YEARS = range(2017, 2027)
LIST_MEDIAN_SECONDS = 0.5
REGISTER_MEDIAN_SECONDS = 1.0
STATUSES = ("printed", "signed", "closed", "closed", "closed", "voided", "draft")


def slip_row(n: int) -> dict[str, Any]:
    """The n-th slip: spread evenly over ten years, one employee after another, two days or four hours."""
    year = YEARS[n * len(YEARS) // SLIPS]
    start = datetime(year, 1, 2, 9, 0) + timedelta(days=(n * 7) % 360)
    hours = n % 3 == 0
    status = STATUSES[n % len(STATUSES)]
    numbered = status != "draft"
    return {
        "employee_id": n % EMPLOYEES + 1,
        "starts_at": start,
        "ends_at": start + (timedelta(hours=4) if hours else timedelta(days=1, hours=9)),
        "kind": "personal",
        "reason_code": "6.8.1",
        "reason_text": "",
        "working_minutes": 240 if hours else 960,
        "pay": "paid",
        "recommended_by": "",
        "recommended_on": None,
        "position_title": "",
        "department_name": "",
        "status": status,
        "number_year": year if numbered else None,
        "number_seq": n + 1 if numbered else None,
        "printed_on": start.date() if numbered else None,
        "print_count": int(numbered),
        "signed_by": "",
        "signed_on": None,
        "order_number": "",
        "void_reason": "",
        "returned_at": None,
        "overrun_minutes": 0,
    }


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = crowded_office(tmp_path_factory.mktemp("leave") / "tamga.db", employees=EMPLOYEES)
    with database.engine.begin() as connection:
        connection.execute(insert(LeaveSlipRecord), [slip_row(n) for n in range(SLIPS)])
    register_fonts(default_font_dir())
    yield database
    database.dispose()


def open_list(database: Database, filters: SlipFilter) -> int:
    """What the list screen does when it opens: the first page and the number of matches."""
    page = services.list_slips(database.uow_factory(), filters)
    return page.total


@pytest.mark.benchmark
@pytest.mark.parametrize(
    "filters",
    [
        SlipFilter(),
        SlipFilter(year=2026, month=11),
        SlipFilter(search="түмэн"),
        SlipFilter(department_ids=(3,)),
    ],
    ids=["all", "month", "name", "department"],
)
def test_slip_list_opens_quickly(crowded: Database, benchmark: Any, filters: SlipFilter) -> None:
    total = benchmark(open_list, crowded, filters)
    assert total > 0
    assert benchmark.stats.stats.median <= LIST_MEDIAN_SECONDS


@pytest.mark.benchmark
def test_reading_every_row_of_the_list(crowded: Database, benchmark: Any) -> None:
    """For comparison: all 200,000 rows at once, which the screen does not do."""
    items = benchmark.pedantic(lambda: services.list_slips(crowded.uow_factory(), limit=None).items, rounds=3)
    assert len(items) == SLIPS


def register_pdf(database: Database) -> int:
    document = services.monthly_register(database.uow_factory(), 2026, 11)
    out = io.BytesIO()
    render_register_pdf(document, out)
    return len(document.people)


@pytest.mark.benchmark
def test_monthly_register_for_500_people(crowded: Database, benchmark: Any) -> None:
    people = benchmark.pedantic(register_pdf, args=(crowded,), rounds=5, warmup_rounds=1)
    assert people == EMPLOYEES
    assert benchmark.stats.stats.median <= REGISTER_MEDIAN_SECONDS


def test_the_data_spans_ten_years() -> None:
    assert slip_row(0)["starts_at"].year == 2017 and slip_row(SLIPS - 1)["starts_at"].year == 2026
    assert slip_row(SLIPS - 1)["starts_at"].date() <= date(2026, 12, 31)
