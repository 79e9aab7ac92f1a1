"""Performance contracts (regulation section 7): the year's contracts, their steps, the deadline calendar.

Contracts are started for a year in one go (one draft per working employee, for the office or
one unit) and then move forward step by step, each step recorded once with its date. Starting
is idempotent (an employee who has the year's contract is skipped), so a repeated click or a
retry after a crash adds nothing twice and needs no submission id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from core.entities import EmployeeListItem, EmployeeStatus
from core.i18n import _
from core.leave.calendar import WorkingCalendar
from core.names import employee_sort_key, full_name
from core.performance.calendar import DatedDeadline, deadlines_for_year
from core.performance.calendar import upcoming_deadlines as upcoming_in_calendar
from core.performance.entities import ContractListItem, ContractStatus, Evaluation, PerformanceContract, Period
from core.performance.policy import ContractStep, PerformancePolicy
from core.performance.rules import missing_count, sanction_grounds, step_date, validate_step
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.services.leave_facts import load_context
from core.text import clean
from core.validation import ValidationError

_REPORT_STEPS = {Period.HALF_YEAR: ContractStep.HALF_YEAR_REPORT, Period.YEAR: ContractStep.YEAR_REPORT}
_EVALUATION_STEPS = {Period.HALF_YEAR: ContractStep.HALF_YEAR_EVALUATION, Period.YEAR: ContractStep.YEAR_EVALUATION}


@dataclass(frozen=True, slots=True)
class DeadlineState:
    """A dated deadline with what the office needs to see beside it.

    ``missing`` counts working employees whose contract of the deadline's year has not reached its
    step (``None`` for the office's own submissions, which no contract records). ``working_day``
    is ``False`` on a weekend or holiday: the date stays the regulation's, the screen warns.
    """

    deadline: DatedDeadline
    working_day: bool
    holiday: str | None
    missing: int | None


def _working(items: Sequence[EmployeeListItem], department_id: int | None = None) -> list[EmployeeListItem]:
    return [
        i
        for i in items
        if i.employee.status is EmployeeStatus.ACTIVE and (department_id is None or i.department_id == department_id)
    ]


def list_contracts(
    uow: UnitOfWork,
    year: int,
    *,
    department_id: int | None = None,
    status: ContractStatus | None = None,
    policy: PerformancePolicy | None = None,
) -> list[ContractListItem]:
    """The year's contracts in Mongolian name order, of one unit and status if given, with sanction grounds.

    *policy* defaults to the office's stored one, as in every function here.
    """
    with uow:
        items = {i.employee.id: i for i in uow.employees.list_items()}
        contracts = uow.performance_contracts.list(year=year)
        policy = policy or uow.performance_settings.performance()
    rows = []
    for contract in contracts:
        item = items.get(contract.employee_id)
        if item is None or (department_id is not None and item.department_id != department_id):
            continue
        if status is not None and contract.status is not status:
            continue
        grounds = sanction_grounds(contract, policy)
        rows.append(
            ContractListItem(contract, full_name(item.employee), item.department_id, item.department_name, grounds)
        )
    return sorted(rows, key=lambda r: employee_sort_key(items[r.contract.employee_id].employee))


def start_contracts(uow: UnitOfWork, year: int, *, department_id: int | None = None) -> list[PerformanceContract]:
    """Draft contracts for *year* for every working employee (of one unit, if given) who has none yet.

    Returns:
        The contracts added; empty when everyone already has one.
    """
    with uow:
        have = {c.employee_id for c in uow.performance_contracts.list(year=year)}
        added = [
            uow.performance_contracts.add(PerformanceContract(employee_id=i.employee.id, year=year))
            for i in _working(uow.employees.list_items(), department_id)
            if i.employee.id is not None and i.employee.id not in have
        ]
        uow.commit()
    return added


def record_concluded(uow: UnitOfWork, contract_id: int, *, on: date, today: date | None = None) -> PerformanceContract:
    """Record the contract as concluded (signed) on *on* (7.1).

    Raises:
        ValidationError: The date is in the future or outside the contract's years.
        NotFoundError: There is no such contract.
        RefusedError: It is already concluded.
    """
    return _record(uow, contract_id, ContractStep.CONCLUDED, on, today or date.today(), {"concluded_on": on})


def record_report(
    uow: UnitOfWork, contract_id: int, *, period: Period, on: date, today: date | None = None
) -> PerformanceContract:
    """Record the half-year or year report on the contract's fulfilment (7.3).

    Raises:
        ValidationError: The date is in the future, before the step before it, or outside its range.
        NotFoundError: There is no such contract.
        RefusedError: The contract is not concluded yet, or the report is already recorded.
    """
    field = "half_year_report_on" if period is Period.HALF_YEAR else "year_report_on"
    return _record(uow, contract_id, _REPORT_STEPS[period], on, today or date.today(), {field: on})


def record_evaluation(
    uow: UnitOfWork,
    contract_id: int,
    *,
    period: Period,
    rating: str,
    on: date,
    evaluator: str,
    today: date | None = None,
    policy: PerformancePolicy | None = None,
) -> PerformanceContract:
    """Record the half-year or year evaluation: the rating, its date and who evaluated (7.6, 12.2).

    Raises:
        ValidationError: No rating from the scale, no evaluator, or a date out of range.
        NotFoundError: There is no such contract.
        RefusedError: The contract is not concluded yet, or the period is already evaluated.
    """
    evaluation = Evaluation(rating=rating, evaluated_on=on, evaluator=clean(evaluator))
    field = "half_year" if period is Period.HALF_YEAR else "year_end"
    return _record(
        uow,
        contract_id,
        _EVALUATION_STEPS[period],
        on,
        today or date.today(),
        {field: evaluation},
        rating=rating,
        evaluator=evaluation.evaluator,
        policy=policy,
    )


def _record(
    uow: UnitOfWork,
    contract_id: int,
    step: ContractStep,
    on: date,
    today: date,
    fields: dict[str, Any],
    *,
    rating: str = "",
    evaluator: str = "",
    policy: PerformancePolicy | None = None,
) -> PerformanceContract:
    with uow:
        contract = uow.performance_contracts.get(contract_id)
        if contract is None:
            raise NotFoundError(_("The performance contract is not in the records."))
        _refuse_out_of_order(contract, step)
        policy = policy or uow.performance_settings.performance()
        report = validate_step(contract, step, on, today=today, rating=rating, evaluator=evaluator, policy=policy)
        if not report.is_valid:
            raise ValidationError(report)
        saved: PerformanceContract = uow.performance_contracts.update(replace(contract, **fields))
        uow.commit()
    return saved


def _refuse_out_of_order(contract: PerformanceContract, step: ContractStep) -> None:
    done = step_date(contract, step)
    if done is not None:
        raise RefusedError(_("This step is already recorded on {date}.").format(date=done.isoformat()))
    if step is not ContractStep.CONCLUDED and contract.concluded_on is None:
        raise RefusedError(_("Record the contract as concluded first (7.1)."))


def deadline_calendar(uow: UnitOfWork, year: int, *, policy: PerformancePolicy | None = None) -> list[DeadlineState]:
    """The deadlines of calendar *year* with the working-day mark and how many contracts are behind."""
    with uow:
        return _states(uow, deadlines_for_year(year, policy or uow.performance_settings.performance()))


def upcoming_deadlines(
    uow: UnitOfWork, today: date, within_days: int | None = None, *, policy: PerformancePolicy | None = None
) -> list[DeadlineState]:
    """Deadlines open or due within *within_days* of *today* (across a year end), with the contracts behind.

    *within_days* defaults to the policy's reminder horizon.
    """
    with uow:
        policy = policy or uow.performance_settings.performance()
        days = policy.reminder_days if within_days is None else within_days
        return _states(uow, upcoming_in_calendar(today, days, policy))


def _states(uow: UnitOfWork, deadlines: list[DatedDeadline]) -> list[DeadlineState]:
    """Read inside the caller's unit of work, which has also read the policy the deadlines come from."""
    calendar = load_context(uow).calendar
    working = [i.employee.id for i in _working(uow.employees.list_items()) if i.employee.id is not None]
    years = {d.contract_year for d in deadlines}
    contracts = [c for y in sorted(years) for c in uow.performance_contracts.list(year=y)]
    return [_state(d, calendar, contracts, working) for d in deadlines]


def _state(
    dated: DatedDeadline, calendar: WorkingCalendar, contracts: list[PerformanceContract], working: list[int]
) -> DeadlineState:
    missing = None if dated.step is None else missing_count(dated, contracts, working)
    day = dated.due_on
    return DeadlineState(dated, calendar.is_working_day(day), calendar.holiday_name(day), missing)
