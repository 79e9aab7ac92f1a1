"""What auditing adds to a save, and how long verifying a large log takes.

Run with ``uv run pytest tests/benchmarks/test_audit_speed.py --benchmark-only -p no:randomly``.
The same employee change is saved with and without the audit listener (its session simply
carries no audit context); the difference is the cost of the entry, its HMAC and the anchor.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Self

import pytest

from core import services
from core.audit import AuditAction
from core.entities import Employee
from data import Database, open_database
from data.audit import INFO_KEY, _Draft, append_entries
from data.audit_chain import anchor_path_for, write_anchor
from data.uow import SqlAlchemyUnitOfWork
from tests.data.conftest import make_employee

#: About ten years of a 40-person office's saves (measured on the dev VM: 0.6–1.1 s under load).
VERIFY_ENTRIES = 20_000
VERIFY_MEDIAN_SECONDS = 2.0


class _Unaudited(SqlAlchemyUnitOfWork):
    """The baseline: a unit of work whose session records nothing."""

    def __enter__(self) -> Self:
        super().__enter__()
        self._active().info.pop(INFO_KEY)
        return self


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "bench.db", backup_dir=tmp_path / "backups")
    yield database
    database.dispose()


def save_changes(factory: Any, employee: Employee) -> Any:
    phones = (f"+976 99{n:06d}" for n in itertools.count())
    return lambda: services.save_employee(factory(), replace(employee, phone=next(phones)))


@pytest.mark.benchmark(group="audit-save")
def test_save_with_audit(benchmark: Any, database: Database) -> None:
    saved = services.save_employee(database.uow_factory(), make_employee())
    benchmark(save_changes(database.uow_factory, saved))
    assert services.list_audit_entries(database.uow_factory(), limit=1).total > 10


@pytest.mark.benchmark(group="audit-save")
def test_save_without_audit(benchmark: Any, database: Database) -> None:
    session_factory = database.uow_factory()._session_factory  # noqa: SLF001 - the same engine and settings
    factory = lambda: _Unaudited(session_factory, key=database.key)  # noqa: E731
    saved = services.save_employee(factory(), make_employee())
    benchmark(save_changes(factory, saved))
    assert services.list_audit_entries(database.uow_factory(), limit=1).total == 0


@pytest.mark.benchmark(group="audit-verify")
def test_verify_a_large_log(benchmark: Any, database: Database) -> None:
    """About ten years of an office's changes, appended as the listener does (service calls take minutes)."""
    drafts = [_Draft(AuditAction.UPDATE, "employees", n % 500 + 1, {"phone": ["+976 99112233", f"+976 88{n:06d}"]})
              for n in range(VERIFY_ENTRIES)]
    with database.uow_factory() as uow:
        head = append_entries(uow._active().connection(), database.key, None, drafts)  # noqa: SLF001
        uow.commit()
    write_anchor(anchor_path_for(database.path, database.path.parent / "keys"), head)
    report = benchmark(lambda: services.verify_audit_chain(database.uow_factory()))
    assert report.ok and report.end_checked and report.entries == VERIFY_ENTRIES
    assert benchmark.stats.stats.median < VERIFY_MEDIAN_SECONDS
