"""Performance contracts over the fake unit of work: start, conclude, report, evaluate, the reminders."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core.entities import EmployeeStatus
from core.i18n import _
from core.performance.entities import ContractStatus, Period
from core.services import performance as perf
from core.services.errors import NotFoundError, RefusedError
from core.validation import ValidationError
from tests.core.builders import employee, office_with_people
from tests.fakes import FakeUnitOfWork

TODAY = date(2027, 3, 1)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def people(uow: FakeUnitOfWork) -> dict:
    return office_with_people(uow)


def _contract_of(uow: FakeUnitOfWork, employee_id: int, year: int = 2026) -> int:
    (contract,) = uow.performance_contracts.list(year=year, employee_id=employee_id)
    assert contract.id is not None
    return contract.id


def test_starting_a_year_drafts_one_contract_per_working_employee_once(uow: FakeUnitOfWork, people: dict) -> None:
    uow.employees.add(employee(given_name="Гэрэл", status=EmployeeStatus.RELEASED))
    assert len(perf.start_contracts(uow, 2026)) == 3
    assert perf.start_contracts(uow, 2026) == []  # a second click adds nothing
    rows = perf.list_contracts(uow, 2026)
    assert [r.employee_name for r in rows] == ["Дорж Батбаяр", "Раднаа Отгонжаргал", "Ганбат Өлзийбат"]
    assert {r.contract.status for r in rows} == {ContractStatus.DRAFT}


def test_starting_one_unit_drafts_only_its_people(uow: FakeUnitOfWork, people: dict) -> None:
    added = perf.start_contracts(uow, 2026, department_id=people["legal"].id)
    assert [c.employee_id for c in added] == [people["head"].id]
    (row,) = perf.list_contracts(uow, 2026, department_id=people["legal"].id)
    assert row.department_name == "Хууль, эрх зүйн хэлтэс"


def test_a_contract_goes_through_its_steps(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2026)
    cid = _contract_of(uow, people["head"].id)
    perf.record_concluded(uow, cid, on=date(2025, 12, 19), today=TODAY)
    perf.record_report(uow, cid, period=Period.HALF_YEAR, on=date(2026, 6, 19), today=TODAY)
    perf.record_evaluation(
        uow,
        cid,
        period=Period.HALF_YEAR,
        rating="good",
        on=date(2026, 6, 24),
        evaluator=" Тамгын газрын дарга Д.Батбаяр ",
        today=TODAY,
    )
    perf.record_report(uow, cid, period=Period.YEAR, on=date(2026, 12, 18), today=TODAY)
    saved = perf.record_evaluation(
        uow, cid, period=Period.YEAR, rating="very_good", on=date(2026, 12, 24), evaluator="Д.Батбаяр", today=TODAY
    )
    assert saved.status is ContractStatus.EVALUATED
    assert saved.half_year is not None and saved.half_year.evaluator == "Тамгын газрын дарга Д.Батбаяр"
    assert saved.year_end is not None and saved.year_end.rating == "very_good"
    (row,) = perf.list_contracts(uow, 2026, status=ContractStatus.EVALUATED)
    assert row.contract == saved and row.sanction_grounds == ()


def test_a_poor_rating_is_marked_in_the_list(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2026)
    cid = _contract_of(uow, people["specialist"].id)
    perf.record_concluded(uow, cid, on=date(2025, 12, 19), today=TODAY)
    perf.record_evaluation(
        uow, cid, period=Period.YEAR, rating="deficient", on=date(2026, 12, 24), evaluator="Д.Батбаяр", today=TODAY
    )
    marked = [r for r in perf.list_contracts(uow, 2026) if r.sanction_grounds]
    assert [(r.employee_name, r.sanction_grounds) for r in marked] == [("Ганбат Өлзийбат", ("12.8", "13.1-4"))]


def test_nothing_is_reported_or_evaluated_before_the_contract_is_concluded(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2026)
    cid = _contract_of(uow, people["head"].id)
    with pytest.raises(RefusedError, match=re.escape(_("Record the contract as concluded first (7.1)."))):
        perf.record_evaluation(
            uow, cid, period=Period.YEAR, rating="good", on=date(2026, 12, 24), evaluator="Д.Батбаяр", today=TODAY
        )
    with pytest.raises(RefusedError):
        perf.record_report(uow, cid, period=Period.HALF_YEAR, on=date(2026, 6, 19), today=TODAY)
    assert uow.performance_contracts.get(cid).status is ContractStatus.DRAFT


def test_a_step_is_recorded_once(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2026)
    cid = _contract_of(uow, people["head"].id)
    perf.record_concluded(uow, cid, on=date(2025, 12, 19), today=TODAY)
    with pytest.raises(RefusedError) as refused:
        perf.record_concluded(uow, cid, on=date(2025, 12, 20), today=TODAY)
    assert str(refused.value) == _("This step is already recorded on {date}.").format(date="2025-12-19")


def test_a_bad_date_is_refused_and_nothing_changes(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2026)
    cid = _contract_of(uow, people["head"].id)
    commits = uow.commits
    with pytest.raises(ValidationError) as invalid:
        perf.record_concluded(uow, cid, on=date(2024, 12, 20), today=TODAY)
    assert [i.field for i in invalid.value.report.issues] == ["on"]
    with pytest.raises(ValidationError):
        perf.record_concluded(uow, cid, on=date(2027, 3, 2), today=TODAY)
    assert uow.commits == commits and uow.performance_contracts.get(cid).concluded_on is None


def test_an_unknown_contract_is_not_found(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        perf.record_concluded(uow, 99, on=date(2025, 12, 19), today=TODAY)


def test_the_reminder_counts_contracts_not_concluded_for_next_year(uow: FakeUnitOfWork, people: dict) -> None:
    perf.start_contracts(uow, 2027)
    cid = _contract_of(uow, people["head"].id, 2027)
    perf.record_concluded(uow, cid, on=date(2026, 12, 10), today=date(2026, 12, 15))
    states = {s.deadline.clause: s for s in perf.upcoming_deadlines(uow, date(2026, 12, 15), 7)}
    assert states["7.1"].missing == 2 and states["7.1"].deadline.contract_year == 2027
    assert states["7.3"].missing == 3  # nobody has a 2026 contract at all
    assert states["7.4"].missing is None


def test_the_calendar_marks_a_deadline_on_a_non_working_day_without_moving_it(uow: FakeUnitOfWork) -> None:
    states = perf.deadline_calendar(uow, 2026)
    june_20 = next(s for s in states if s.deadline.clause == "7.3")
    assert june_20.deadline.due_on == date(2026, 6, 20) and june_20.deadline.due_on.weekday() == 5
    assert not june_20.working_day
    december_25 = next(s for s in states if s.deadline.clause == "7.6")
    assert december_25.working_day  # a Friday
