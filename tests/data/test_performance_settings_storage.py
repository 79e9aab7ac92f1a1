"""The section-7 calendar and the "due soon" numbers on a real SQLite file: round trip, CHECKs, strict JSON."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core import services
from core.payments.due_soon import DuePolicy
from core.performance.policy import ContractStep, PerformancePolicy
from data import Database


def _edited() -> PerformancePolicy:
    policy = PerformancePolicy(reminder_days=21)
    first, *rest = policy.deadlines
    moved = tuple(replace(d, first_day=15, last_day=15, who="Хүний нөөцийн мэргэжилтэн Ө Ү") for d in rest[2:3])
    return replace(policy, deadlines=(replace(first, month=7, year_offset=1), *rest[:2], *moved, *rest[3:]))


@pytest.mark.parametrize("policy", [PerformancePolicy(), PerformancePolicy(reminder_days=30), _edited()])
def test_the_calendar_round_trips(database: Database, policy: PerformancePolicy) -> None:
    services.save_performance_policy(database.uow_factory(), policy)
    stored = services.get_performance_policy(database.uow_factory())
    assert stored == policy
    assert [d.step for d in stored.deadlines] == [d.step for d in policy.deadlines]


@pytest.mark.parametrize(
    "policy",
    [DuePolicy(), DuePolicy(horizon_days=90, jubilee_ages=(40, 50, 60, 70), service_years=15, child_max_age=18)],
)
def test_the_due_soon_numbers_round_trip(database: Database, policy: DuePolicy) -> None:
    services.save_due_policy(database.uow_factory(), policy)
    assert services.get_due_policy(database.uow_factory()) == policy


def test_saving_one_half_keeps_the_other(database: Database) -> None:
    services.save_due_policy(database.uow_factory(), DuePolicy(horizon_days=45))
    services.save_performance_policy(database.uow_factory(), PerformancePolicy(reminder_days=7))
    assert services.get_due_policy(database.uow_factory()).horizon_days == 45
    assert services.get_performance_policy(database.uow_factory()).reminder_days == 7
    with database.uow_factory() as uow:
        raw = uow._active().execute(text("SELECT deadlines_json FROM performance_settings")).scalar_one()
    assert raw is None  # the regulation's deadlines are stored as NULL


def test_the_database_refuses_an_out_of_range_horizon(database: Database) -> None:
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.performance_settings.save_due(DuePolicy(horizon_days=400))


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("deadlines_json", '{"clause": "7.1"}'),
        ("deadlines_json", '[{"clause": "7.1", "month": "12"}]'),
        ("jubilee_ages_json", '["50"]'),
        ("gift_days_json", "[[1, 1, 1]]"),
    ],
)
def test_a_malformed_stored_list_is_an_error_not_a_default(database: Database, column: str, value: str) -> None:
    services.save_performance_policy(database.uow_factory(), PerformancePolicy(reminder_days=7))
    with database.uow_factory() as uow:
        uow._active().execute(text(f"UPDATE performance_settings SET {column} = :v"), {"v": value})
        uow.commit()
    with pytest.raises(ValueError), database.uow_factory() as uow:
        uow.performance_settings.performance()
        uow.performance_settings.due()


def test_a_stored_deadline_keeps_its_contract_step(database: Database) -> None:
    services.save_performance_policy(database.uow_factory(), _edited())
    stored = services.get_performance_policy(database.uow_factory())
    assert stored.deadlines[0].step is ContractStep.HALF_YEAR_REPORT
    assert stored.deadlines[0].year_offset == 1
