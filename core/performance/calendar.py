"""Section 7's deadlines on real dates, and the ones coming up from a day, across a year end.

The year-end cluster (20–28 December) serves two contract years at once: 7.1 concludes next
year's contracts while 7.3–7.6 close this year's. Looking ahead from late December therefore
reads the next calendar year as well (from 30 December the next deadline is 20 June).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from core.performance.policy import ContractStep, Deadline, PerformancePolicy


@dataclass(frozen=True, slots=True)
class DatedDeadline:
    """A deadline in one calendar year: its window (one day for most) and the contract year it serves."""

    deadline: Deadline
    starts_on: date
    due_on: date
    contract_year: int

    @property
    def clause(self) -> str:
        return self.deadline.clause

    @property
    def step(self) -> ContractStep | None:
        return self.deadline.step

    @property
    def is_window(self) -> bool:
        return self.starts_on != self.due_on

    def days_left(self, today: date) -> int:
        """Days from *today* to the last day; 0 on the day itself."""
        return (self.due_on - today).days

    def is_open(self, today: date) -> bool:
        """Whether *today* falls inside a window (7.2's 25–28 December)."""
        return self.starts_on <= today <= self.due_on


def deadlines_for_year(year: int, policy: PerformancePolicy) -> list[DatedDeadline]:
    """The deadlines falling in calendar *year*, by date (then clause)."""
    dated = [
        DatedDeadline(
            deadline=d,
            starts_on=date(year, d.month, d.first_day),
            due_on=date(year, d.month, d.last_day),
            contract_year=year + d.year_offset,
        )
        for d in policy.deadlines
    ]
    return sorted(dated, key=_order)


def _order(dated: DatedDeadline) -> tuple[date, date, str]:
    return dated.due_on, dated.starts_on, dated.clause


def _from(today: date, policy: PerformancePolicy) -> Iterable[DatedDeadline]:
    """Deadlines not yet past on *today*, this year's then next year's."""
    for year in (today.year, today.year + 1):
        yield from (d for d in deadlines_for_year(year, policy) if d.due_on >= today)


def upcoming_deadlines(today: date, within_days: int, policy: PerformancePolicy) -> list[DatedDeadline]:
    """Deadlines whose window opens within *within_days* of *today* and has not closed.

    A deadline due today counts (0 days left); one already open (7.2 on 27 December) counts too.
    """
    horizon = today + timedelta(days=within_days)
    return [d for d in _from(today, policy) if d.starts_on <= horizon]


def next_deadlines(today: date, policy: PerformancePolicy) -> list[DatedDeadline]:
    """The deadlines of the nearest due date from *today* on, however far (30 December: 20 June)."""
    ahead = list(_from(today, policy))
    if not ahead:
        return []
    first = min(d.due_on for d in ahead)
    return [d for d in ahead if d.due_on == first]


def deadline_for(step: ContractStep, contract_year: int, policy: PerformancePolicy) -> DatedDeadline | None:
    """When a contract of *contract_year* is expected to reach *step* (7.1: 20 December of the year before)."""
    for d in policy.deadlines:
        if d.step is step:
            year = contract_year - d.year_offset
            return DatedDeadline(d, date(year, d.month, d.first_day), date(year, d.month, d.last_day), contract_year)
    return None
