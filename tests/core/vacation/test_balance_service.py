"""Entitlements and balances through the services, with the office's stored table (issue 7)."""

from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import date

import pytest

from core import services
from core.entities import EmployeeStatus, EmploymentEvent, EventKind
from core.leave.entities import LeaveKind
from core.vacation.entitlement import LABOUR_LAW_BANDS, ServiceBand, VacationPolicy
from tests.core.builders import employee
from tests.core.leave.conftest import leave
from tests.fakes import FakeUnitOfWork

ON = date(2026, 7, 1)
#: The module, not the function ``core.services`` exports under the same name.
balance_module = importlib.import_module("core.services.vacation_balance")


def hire(uow: FakeUnitOfWork, **changes: object) -> int:
    fields: dict[str, object] = {"birth_date": date(1960, 1, 1), "appointed_on": date(2000, 1, 1), **changes}
    saved = services.save_employee(uow, employee(**fields))
    assert saved.id is not None
    return saved.id


@pytest.fixture(autouse=True)
def no_schedule(monkeypatch: pytest.MonkeyPatch) -> dict[int, int]:
    """The March schedule (another helper's) stands in as a plain dict the tests fill."""
    planned: dict[int, int] = {}
    monkeypatch.setattr(balance_module, "planned_days", lambda uow, year: dict(planned))
    return planned


@pytest.mark.parametrize(
    ("career_started_on", "years", "days"),
    [
        (date(2020, 8, 1), 5, 15),  # 5 years 11 months: no additional days yet
        (date(2020, 7, 1), 6, 18),
        (date(2016, 7, 1), 10, 18),
        (date(2015, 7, 1), 11, 20),
        (date(1994, 7, 1), 32, 29),
    ],
)
def test_entitlement_by_years_of_service(uow: FakeUnitOfWork, career_started_on: date, years: int, days: int) -> None:
    person = hire(uow, career_started_on=career_started_on)
    balance = services.vacation_balance(uow, person, 2026, on=ON)
    assert balance.entitlement.years_of_service == years
    assert (balance.entitled_days, balance.taken_days, balance.remaining_days) == (days, 0, days)


def test_an_edited_table_changes_the_entitlement(uow: FakeUnitOfWork) -> None:
    person = hire(uow, career_started_on=date(2020, 7, 1))
    bands = (ServiceBand(6, 10, 4), *LABOUR_LAW_BANDS[1:])
    services.save_vacation_policy(uow, VacationPolicy(base_days=16, protected_base_days=21, bands=bands))
    assert services.vacation_balance(uow, person, 2026, on=ON).entitled_days == 20


def test_disability_gives_the_longer_base(uow: FakeUnitOfWork) -> None:
    person = hire(uow, career_started_on=date(2020, 7, 1), has_disability=True)
    balance = services.vacation_balance(uow, person, 2026, on=ON)
    assert (balance.entitlement.base_days, balance.entitlement.protected, balance.entitled_days) == (20, True, 23)


def test_six_months_of_work_from_the_first_appointment(uow: FakeUnitOfWork) -> None:
    # Re-appointed in 2026, but first appointed in 2025-12: the history's first appointment counts.
    person = hire(uow, appointed_on=date(2026, 3, 1), career_started_on=date(2025, 12, 1))
    with uow:
        uow.events.add(EmploymentEvent(person, EventKind.APPOINTED, date(2025, 12, 1)))
        uow.commit()
    assert services.vacation_balance(uow, person, 2026, on=date(2026, 5, 31)).entitlement.earned is False
    assert services.vacation_balance(uow, person, 2026, on=date(2026, 6, 1)).entitled_days == 15
    newcomer = hire(uow, appointed_on=date(2026, 3, 1), career_started_on=date(2026, 3, 1))
    assert services.vacation_balance(uow, newcomer, 2026, on=ON).entitled_days == 0


def test_taken_and_planned(uow: FakeUnitOfWork, no_schedule: dict[int, int]) -> None:
    person = hire(uow, career_started_on=date(2020, 7, 1))  # 18 days
    services.save_draft(
        uow, leave(services.get_employee(uow, person), "2026-03-02", "2026-03-13", kind=LeaveKind.VACATION)
    )
    no_schedule[person] = 5
    balance = services.vacation_balance(uow, person, 2026, on=ON)
    assert (balance.taken_days, balance.planned_days, balance.remaining_days) == (10, 5, 8)
    (part,) = balance.parts
    assert (part.starts_on, part.ends_on, part.days) == (date(2026, 3, 2), date(2026, 3, 13), 10)
    assert services.vacation_balance(uow, person, 2027, on=date(2027, 7, 1)).taken_days == 0


def test_balances_of_the_working_office_in_one_pass(uow: FakeUnitOfWork, no_schedule: dict[int, int]) -> None:
    first = hire(uow, career_started_on=date(2020, 7, 1))
    second = hire(uow, career_started_on=date(1994, 7, 1))
    gone = hire(uow, career_started_on=date(2010, 1, 1))
    released = replace(services.get_employee(uow, gone), status=EmployeeStatus.RELEASED)
    with uow:  # a release is an event with its order; only its outcome matters here
        uow.employees.update(released)
        uow.commit()
    services.save_draft(
        uow, leave(services.get_employee(uow, second), "2026-03-02", "2026-03-13", kind=LeaveKind.VACATION)
    )
    no_schedule[first] = 7
    balances = {b.employee_id: b for b in services.vacation_balances(uow, 2026, on=ON)}
    assert set(balances) == {first, second}
    assert (balances[first].entitled_days, balances[first].planned_days, balances[first].remaining_days) == (18, 7, 18)
    second_balance = balances[second]
    assert (second_balance.entitled_days, second_balance.taken_days, second_balance.remaining_days) == (29, 10, 19)
