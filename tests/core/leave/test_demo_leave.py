"""The demo's leave: every state, numbered from YYYY-0001 without a gap, all through the rules."""

from __future__ import annotations

from datetime import date

import pytest

from core import services
from core.demo import fill_demo_office
from core.leave.entities import LeaveKind, SlipFilter, SlipStatus
from tests.fakes import FakeUnitOfWork

LATE_IN_THE_YEAR = date(2026, 11, 25)
EARLY_IN_THE_YEAR = date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    fill_demo_office(uow, today=LATE_IN_THE_YEAR)
    return uow


def test_every_state_and_gap_free_numbers(demo: FakeUnitOfWork) -> None:
    items = services.list_slips(demo).items
    assert {item.status for item in items} == set(SlipStatus)
    numbers = sorted(item.number.sequence for item in items if item.number is not None)
    assert numbers == list(range(1, len(numbers) + 1))
    assert {item.number.year for item in items if item.number is not None} == {2026}


def test_a_late_return_a_few_hours_an_order_and_the_holidays(demo: FakeUnitOfWork) -> None:
    items = services.list_slips(demo).items
    slips = [services.get_slip(demo, item.id) for item in items]
    assert any(slip.overrun_minutes > 0 for slip in slips)
    assert sum(1 for slip in slips if slip.working_minutes < 480) >= 3
    (order,) = [slip for slip in slips if slip.order_number and slip.kind is LeaveKind.PERSONAL]
    assert order.number is None and order.working_minutes >= 5 * 480 and order.pay is not None
    periods = {(slip.starts_at.date(), slip.ends_at.date()) for slip in slips}
    assert (date(2026, 7, 9), date(2026, 7, 16)) in periods  # across Naadam
    assert (date(2026, 2, 16), date(2026, 2, 23)) in periods  # across Tsagaan Sar and the 17 Feb day off


def test_the_register_has_something_to_show(demo: FakeUnitOfWork) -> None:
    january = services.monthly_register(demo, 2026, 1)
    assert len(january.people) == 3
    assert sum(person.overrun_minutes for person in january.people) == 150


def test_nothing_is_signed_or_closed_before_it_starts() -> None:
    uow = FakeUnitOfWork()
    fill_demo_office(uow, today=EARLY_IN_THE_YEAR)
    later = services.list_slips(uow, SlipFilter(year=2026)).items
    future = [item for item in later if item.starts_at.date() > EARLY_IN_THE_YEAR and not item.order_number]
    assert future and all(item.status in (SlipStatus.DRAFT, SlipStatus.PRINTED) for item in future)
