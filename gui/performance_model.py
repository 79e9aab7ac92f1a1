"""Performance contracts and the section-7 deadline calendar as tables."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from core.i18n import N_, _
from core.performance.entities import ContractListItem, ContractStatus, Evaluation
from core.performance.policy import ContractStep, PerformancePolicy
from core.services import DeadlineState
from gui.leave_labels import weekday_name
from gui.list_model import ListTableModel

STATUS_LABELS: dict[ContractStatus, str] = {
    ContractStatus.DRAFT: N_("Draft"),
    ContractStatus.CONCLUDED: N_("Concluded"),
    ContractStatus.HALF_YEAR_REPORTED: N_("Half-year reported"),
    ContractStatus.YEAR_REPORTED: N_("Year reported"),
    ContractStatus.EVALUATED: N_("Evaluated"),
}

#: What a reminder says about the contracts that have not reached a deadline's step.
MISSING_TEXTS: dict[ContractStep, str] = {
    ContractStep.CONCLUDED: N_("{count} contracts not yet concluded"),
    ContractStep.HALF_YEAR_REPORT: N_("{count} half-year reports missing"),
    ContractStep.YEAR_REPORT: N_("{count} year reports missing"),
    ContractStep.HALF_YEAR_EVALUATION: N_("{count} contracts not yet evaluated for the half year"),
    ContractStep.YEAR_EVALUATION: N_("{count} contracts not yet evaluated"),
}


def day_text(day: date) -> str:
    """ "2026-12-20, Sunday": the regulation's date with its weekday, so a weekend deadline is seen."""
    return _("{date}, {weekday}").format(date=day.isoformat(), weekday=weekday_name(day))


def evaluation_text(evaluation: Evaluation | None, policy: PerformancePolicy) -> str:
    if evaluation is None:
        return ""
    grade = policy.rating(evaluation.rating)
    label = grade.label if grade else evaluation.rating
    return _("{rating} ({date})").format(rating=label, date=evaluation.evaluated_on.isoformat())


def consequence_text(item: ContractListItem, policy: PerformancePolicy) -> str:
    """What the evaluation leads to: a ground for a sanction (12.8, 13.1, 13.4.2) or 12.2's bonus."""
    if item.sanction_grounds:
        return _("Grounds for a sanction ({clauses})").format(clauses=", ".join(item.sanction_grounds))
    contract = item.contract
    grades = [policy.rating(e.rating) for e in (contract.half_year, contract.year_end) if e is not None]
    if any(g is not None and g.bonus for g in grades):
        return _("Bonus up to {percent} percent of the base salary ({clause})").format(
            percent=policy.bonus_max_percent, clause=policy.bonus_clause
        )
    return ""


class ContractColumn(enum.IntEnum):
    EMPLOYEE = 0
    UNIT = 1
    STATUS = 2
    CONCLUDED = 3
    HALF_YEAR_REPORT = 4
    HALF_YEAR_RATING = 5
    YEAR_REPORT = 6
    YEAR_RATING = 7
    CONSEQUENCE = 8


CONTRACT_HEADERS: dict[ContractColumn, str] = {
    ContractColumn.EMPLOYEE: N_("Employee"),
    ContractColumn.UNIT: N_("Unit"),
    ContractColumn.STATUS: N_("Status"),
    ContractColumn.CONCLUDED: N_("Concluded"),
    ContractColumn.HALF_YEAR_REPORT: N_("Half-year report"),
    ContractColumn.HALF_YEAR_RATING: N_("Half-year rating"),
    ContractColumn.YEAR_REPORT: N_("Year report"),
    ContractColumn.YEAR_RATING: N_("Year rating"),
    ContractColumn.CONSEQUENCE: N_("Consequence"),
}


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


class ContractTableModel(ListTableModel):
    """The year's contracts; a poor rating (a ground for a sanction) is shaded and names its clauses."""

    columns = ContractColumn
    headers = CONTRACT_HEADERS

    def __init__(self, parent: Any = None, *, policy: PerformancePolicy | None = None) -> None:
        super().__init__(parent)
        self.policy = policy or PerformancePolicy()

    def is_problem(self, item: Any) -> bool:
        return bool(item.sanction_grounds)

    def display(self, item: ContractListItem, column: Any) -> str:
        contract = item.contract
        texts = {
            ContractColumn.EMPLOYEE: item.employee_name,
            ContractColumn.UNIT: item.department_name,
            ContractColumn.STATUS: _(STATUS_LABELS[contract.status]),
            ContractColumn.CONCLUDED: _iso(contract.concluded_on),
            ContractColumn.HALF_YEAR_REPORT: _iso(contract.half_year_report_on),
            ContractColumn.HALF_YEAR_RATING: evaluation_text(contract.half_year, self.policy),
            ContractColumn.YEAR_REPORT: _iso(contract.year_report_on),
            ContractColumn.YEAR_RATING: evaluation_text(contract.year_end, self.policy),
        }
        return texts.get(column, consequence_text(item, self.policy))


class DeadlineColumn(enum.IntEnum):
    DATE = 0
    CLAUSE = 1
    WHAT = 2
    BEHIND = 3


DEADLINE_HEADERS: dict[DeadlineColumn, str] = {
    DeadlineColumn.DATE: N_("Date"),
    DeadlineColumn.CLAUSE: N_("Clause"),
    DeadlineColumn.WHAT: N_("Who and what"),
    DeadlineColumn.BEHIND: N_("Behind"),
}


class DeadlineTableModel(ListTableModel):
    """The year's deadlines; one on a weekend or holiday is shaded (the date stays the regulation's)."""

    columns = DeadlineColumn
    headers = DEADLINE_HEADERS

    def is_problem(self, item: Any) -> bool:
        return not item.working_day

    def display(self, item: DeadlineState, column: Any) -> str:
        dated = item.deadline
        if column is DeadlineColumn.DATE:
            first = _("{first} – {last}").format(first=dated.starts_on.isoformat(), last=day_text(dated.due_on))
            text = first if dated.is_window else day_text(dated.due_on)
            return text if item.working_day else _("{date}, not a working day").format(date=text)
        if column is DeadlineColumn.CLAUSE:
            return dated.clause
        if column is DeadlineColumn.WHAT:
            return f"{dated.deadline.who}: {dated.deadline.what} ({dated.contract_year})"
        if item.missing is None or dated.step is None:
            return ""
        return _(MISSING_TEXTS[dated.step]).format(count=item.missing) if item.missing else _("All done")
