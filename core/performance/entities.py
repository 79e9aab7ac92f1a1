"""One employee's performance contract for one year, with its reports and evaluations (7, 12.2)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class Period(enum.StrEnum):
    """12.2: the contract is evaluated by the half year and the whole year."""

    HALF_YEAR = "half_year"
    YEAR = "year"


class ContractStatus(enum.StrEnum):
    """How far the contract has come; read from its dates, never stored beside them."""

    DRAFT = "draft"
    CONCLUDED = "concluded"
    HALF_YEAR_REPORTED = "half_year_reported"
    YEAR_REPORTED = "year_reported"
    EVALUATED = "evaluated"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A rating (a code of the policy's scale) given on a date by the official who evaluated (7.6)."""

    rating: str
    evaluated_on: date
    evaluator: str


@dataclass(frozen=True, slots=True)
class PerformanceContract:
    """The contract of *employee_id* for *year*; one per employee and year.

    It starts as a draft when the year's contracts are started, is concluded (signed) on a date,
    reported at the half year and the year end (7.3) and evaluated for each period (7.6, 12.2).
    """

    employee_id: int
    year: int
    concluded_on: date | None = None
    half_year_report_on: date | None = None
    year_report_on: date | None = None
    half_year: Evaluation | None = None
    year_end: Evaluation | None = None
    note: str = ""
    id: int | None = None

    @property
    def status(self) -> ContractStatus:
        if self.year_end is not None:
            return ContractStatus.EVALUATED
        if self.year_report_on is not None:
            return ContractStatus.YEAR_REPORTED
        if self.half_year_report_on is not None or self.half_year is not None:
            return ContractStatus.HALF_YEAR_REPORTED
        if self.concluded_on is not None:
            return ContractStatus.CONCLUDED
        return ContractStatus.DRAFT

    def evaluation(self, period: Period) -> Evaluation | None:
        return self.half_year if period is Period.HALF_YEAR else self.year_end

    def report_on(self, period: Period) -> date | None:
        return self.half_year_report_on if period is Period.HALF_YEAR else self.year_report_on


@dataclass(frozen=True, slots=True)
class ContractListItem:
    """A contract with what the list shows beside it: the employee's name and unit, and the grounds."""

    contract: PerformanceContract
    employee_name: str
    department_id: int | None
    department_name: str
    #: Clauses that make a poor rating a ground for a sanction (12.8, 13.1-4, 13.4.2); empty if none.
    sanction_grounds: tuple[str, ...] = ()
