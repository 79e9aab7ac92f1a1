"""Issue 3: the employee list of 10,000 people loads well inside the 1.5 s cold-start budget.

Run with ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from data import Database
from tests.benchmarks.office import EMPLOYEES, crowded_office


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = crowded_office(tmp_path_factory.mktemp("crowded") / "tamga.db")
    yield database
    database.dispose()


@pytest.mark.benchmark
def test_list_items_of_ten_thousand(crowded: Database, benchmark: Any) -> None:
    def list_items() -> list[Any]:
        with crowded.uow_factory() as uow:
            return uow.employees.list_items()

    items = benchmark(list_items)
    assert len(items) == EMPLOYEES
    assert sum(1 for item in items if item.department_name) == EMPLOYEES - EMPLOYEES // 50
    assert benchmark.stats.stats.median < 0.5

