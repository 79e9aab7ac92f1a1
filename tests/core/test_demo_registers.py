"""The demo's registers: families, payments, attendance and discipline, trips and contracts agree with the rules."""

from __future__ import annotations

from datetime import date

import pytest

from core import services
from core.demo import fill_demo_office
from core.demo_attendance import demo_month
from core.discipline.entities import SanctionStatus
from core.performance.entities import ContractStatus
from core.trips.entities import TripScope, TripStatus
from tests.fakes import FakeUnitOfWork

LATE_IN_YEAR, EARLY_IN_MONTH = date(2026, 11, 25), date(2026, 3, 2)


@pytest.fixture(scope="module")
def office() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    fill_demo_office(uow, today=LATE_IN_YEAR)
    return uow


def test_the_gift_list_has_children_in_several_units_and_stops_at_16(office: FakeUnitOfWork) -> None:
    document = services.gift_list_document(office, on=date(2026, 12, 31))
    children = {line.child: line.age for unit in document.departments for line in unit.lines}

    assert len(document.departments) >= 3 and len(children) == 15
    assert children["Анужин"] == 16 and children["Тэмүүжин"] == 0
    assert "Билгүүтэй" not in children  # 17 four days before the gift day


def test_payments_keep_one_annulled_entry_and_leave_it_off_the_register(office: FakeUnitOfWork) -> None:
    payments = services.list_payments(office, year=2026)
    annulled = [p for p in payments if p.annulled]
    kinds = [p.kind_code for p in payments if not p.annulled]

    assert len(payments) == 11 and len(annulled) == 1 and annulled[0].annul_reason
    assert kinds.count("10.7.8") == 6 and {"10.7.9", "10.7.4-1", "12.4"} <= set(kinds)
    total = sum(
        line.amount or 0 for group in services.payments_register(office, year=2026).groups for line in group.lines
    )
    assert total == 1_750_000


def test_the_month_raises_both_flags_and_one_is_proposed(office: FakeUnitOfWork) -> None:
    cases = services.month_flag_cases(office, year=2026, month=11)
    sanctions = services.list_sanctions(office)

    assert sorted(case.is_absence for case in cases) == [False, True]
    warning = next(case for case in cases if not case.is_absence)
    assert warning.amount == 4 and warning.answer is not None and warning.answer.status is SanctionStatus.PROPOSED
    in_force = services.list_sanctions(office, in_force_on=LATE_IN_YEAR)
    assert [s.status for s in in_force] == [SanctionStatus.DECIDED] and len(sanctions) == 2


def test_trips_are_issued_one_reported_one_abroad_and_one_counted_in_the_month(office: FakeUnitOfWork) -> None:
    trips = [row.trip for row in services.list_trips(office)]
    summaries = services.monthly_attendance(office, year=2026, month=11)

    assert sorted(t.status for t in trips) == sorted([TripStatus.COMPLETED, TripStatus.ISSUED, TripStatus.ISSUED])
    assert [t.governor_agreed_on is not None for t in trips if t.scope is TripScope.ABROAD] == [True]
    assert any(s.trip_days > 0 for s in summaries)


def test_contracts_are_evaluated_at_the_half_year_with_one_deficient(office: FakeUnitOfWork) -> None:
    rows = services.list_contracts(office, 2026)
    concluded = [r.contract.concluded_on for r in rows if r.contract.concluded_on]

    assert len(rows) == 38 and len(concluded) == 38
    assert sum(day <= date(2025, 12, 20) for day in concluded) > len(rows) * 2 // 3
    assert sum(r.contract.status is ContractStatus.HALF_YEAR_REPORTED for r in rows) > 30
    assert [r.sanction_grounds for r in rows if r.sanction_grounds] == [("12.8", "13.1-4")]


def test_early_in_a_month_the_log_is_the_previous_month_and_nothing_is_dated_ahead() -> None:
    uow = FakeUnitOfWork()
    fill_demo_office(uow, today=EARLY_IN_MONTH)

    assert demo_month(services.working_calendar(uow), EARLY_IN_MONTH) == (2026, 2)
    assert len(services.month_flag_cases(uow, year=2026, month=2)) == 2
    assert all(r.contract.status is ContractStatus.CONCLUDED for r in services.list_contracts(uow, 2026))
    assert all(p.order_date and p.order_date <= EARLY_IN_MONTH for p in services.list_payments(uow))
