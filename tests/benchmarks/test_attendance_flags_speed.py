"""The attendance page also reads the month's flags with their proposals: as quick as the summary (≤ 300 ms).

Run with ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from typing import Any

import pytest

from core import services
from data import Database
from tests.benchmarks.test_attendance_speed import office  # noqa: F401 - the 500-person month, as a fixture


@pytest.mark.benchmark
def test_month_flag_cases_of_five_hundred(office: Database, benchmark: Any) -> None:  # noqa: F811
    cases = benchmark(lambda: services.month_flag_cases(office.uow_factory(), year=2026, month=11))
    assert cases == []  # late every third working day, minutes only: neither 6.3 nor 13.3.1.3 is reached
    assert benchmark.stats.stats.median < 0.3
