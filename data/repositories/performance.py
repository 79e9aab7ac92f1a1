"""Performance contracts (section 7): one row per employee and year, its steps as dated columns."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.performance.entities import Evaluation, PerformanceContract
from data.records import PerformanceContractRecord
from data.repositories.common import require


class SqlPerformanceContractRepository:
    """``core.ports.PerformanceContractRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, contract_id: int) -> PerformanceContract | None:
        """The contract with *contract_id*, or ``None``."""
        record = self._session.get(PerformanceContractRecord, contract_id)
        return None if record is None else _contract(record)

    def list(self, *, year: int | None = None, employee_id: int | None = None) -> builtins.list[PerformanceContract]:
        """Contracts of a year and/or an employee, newest year first."""
        statement = select(PerformanceContractRecord).order_by(
            PerformanceContractRecord.year.desc(), PerformanceContractRecord.id
        )
        if year is not None:
            statement = statement.where(PerformanceContractRecord.year == year)
        if employee_id is not None:
            statement = statement.where(PerformanceContractRecord.employee_id == employee_id)
        return [_contract(record) for record in self._session.scalars(statement)]

    def add(self, contract: PerformanceContract) -> PerformanceContract:
        """Save a new contract; returns it with its id."""
        record = PerformanceContractRecord(id=contract.id)
        _fill(record, contract)
        self._session.add(record)
        self._session.flush()
        return replace(contract, id=record.id)

    def update(self, contract: PerformanceContract) -> PerformanceContract:
        """Raises ``MissingRecordError`` if *contract* is not saved."""
        _fill(require(self._session, PerformanceContractRecord, contract.id), contract)
        self._session.flush()
        return contract


def _evaluation(rating: str | None, on: date | None, evaluator: str | None) -> Evaluation | None:
    if rating is None or on is None:
        return None
    return Evaluation(rating=rating, evaluated_on=on, evaluator=evaluator or "")


def _contract(record: PerformanceContractRecord) -> PerformanceContract:
    return PerformanceContract(
        employee_id=record.employee_id,
        year=record.year,
        concluded_on=record.concluded_on,
        half_year_report_on=record.half_year_report_on,
        year_report_on=record.year_report_on,
        half_year=_evaluation(record.half_year_rating, record.half_year_evaluated_on, record.half_year_evaluator),
        year_end=_evaluation(record.year_rating, record.year_evaluated_on, record.year_evaluator),
        note=record.note,
        id=record.id,
    )


def _fill(record: PerformanceContractRecord, contract: PerformanceContract) -> None:
    record.employee_id = contract.employee_id
    record.year = contract.year
    record.concluded_on = contract.concluded_on
    record.half_year_report_on = contract.half_year_report_on
    record.year_report_on = contract.year_report_on
    half, year_end = contract.half_year, contract.year_end
    record.half_year_rating = half.rating if half else None
    record.half_year_evaluated_on = half.evaluated_on if half else None
    record.half_year_evaluator = half.evaluator if half else None
    record.year_rating = year_end.rating if year_end else None
    record.year_evaluated_on = year_end.evaluated_on if year_end else None
    record.year_evaluator = year_end.evaluator if year_end else None
    record.note = contract.note
