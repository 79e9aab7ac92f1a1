"""The slip list's filters and search, against the in-memory store (tests/data runs them on SQLite)."""

from __future__ import annotations

from typing import Any

import pytest

from core import services
from core.leave.entities import SlipFilter
from tests.core.leave.conftest import Office
from tests.core.leave.scenarios import LIST_CASES, fill_list
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def slips(uow: FakeUnitOfWork, office: Office) -> Office:
    fill_list(uow, office)
    return office


@pytest.mark.parametrize(("filters", "expected"), LIST_CASES, ids=[str(case[0]) for case in LIST_CASES])
def test_filters_and_search(uow: FakeUnitOfWork, slips: Office, filters: dict[str, Any], expected: list[str]) -> None:
    page = services.list_slips(uow, SlipFilter(**filters))
    assert [item.employee_name for item in page.items] == expected
    assert page.total == len(expected)


def test_a_department_includes_its_sections(uow: FakeUnitOfWork, slips: Office) -> None:
    assert slips.legal.id is not None and slips.archive.id is not None
    assert services.list_slips(uow, SlipFilter(department_ids=(slips.legal.id,))).total == 4
    (item,) = services.list_slips(uow, SlipFilter(department_ids=(slips.archive.id,))).items
    assert (item.employee_name, item.department_name, str(item.number)) == (
        "Ганбат Өлзийбат",
        "Архивын тасаг",
        "2026-0002",
    )


def test_pages(uow: FakeUnitOfWork, slips: Office) -> None:
    first = services.list_slips(uow, limit=2)
    second = services.list_slips(uow, limit=2, offset=2)
    assert (first.total, second.total) == (5, 5)
    assert len({item.id for item in first.items + second.items}) == 4


def test_a_page_past_the_end_still_counts_all(uow: FakeUnitOfWork, slips: Office) -> None:
    page = services.list_slips(uow, limit=2, offset=10)
    assert (page.items, page.total) == ([], 5)
