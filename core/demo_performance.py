"""The demo year's performance contracts (section 7) and their half-year evaluation (12.2).

Most contracts were concluded in the week before the 7.1 deadline of 20 December of the year
before; a few came in January, and recent hires signed theirs in their first week. Once the
half year's reports are due (7.3: 20 June) and evaluated, most contracts carry them; one
rating is "дутагдалтай", which the contract list marks as a ground for a sanction (12.8, 13.1).
Steps dated after *today* are not recorded, like any step the office has not reached yet.
"""

from __future__ import annotations

from datetime import date, timedelta

from core import services
from core.entities import Employee
from core.names import short_name
from core.performance.entities import Period
from core.ports import UnitOfWorkFactory

#: Concluded in January of the demo year rather than by 20 December (post, holder).
LATE_CONCLUDED = frozenset({("driver", 1), ("cleaner", 0), ("law_spec", 1)})
#: No half-year report or rating yet: the unit has not handed them in.
NOT_REPORTED = frozenset({("inv_spec", 0), ("guard", 0)})
DEFICIENT = ("watchman", 0)
VERY_GOOD = frozenset({("fin_head", 0), ("tzu_senior", 0), ("law_senior", 0), ("archive_spec", 0)})
REPORTED_ON, EVALUATED_ON = (6, 18), (6, 29)


def fill_demo_contracts(uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], *, today: date) -> int:
    """Start the year's contracts and take each as far as *today* allows; returns how many were started."""
    year = today.year
    started = {c.employee_id: c for c in services.start_contracts(uow_factory(), year)}
    chief = hired["chief"][0]
    settings = services.get_settings(uow_factory())
    for post, holders in hired.items():
        for index, person in enumerate(holders):
            contract = started.get(person.id or 0)
            if contract is None or contract.id is None:
                continue
            key = (post, index)
            concluded = _concluded(person, key, year, today)
            services.record_concluded(uow_factory(), contract.id, on=concluded, today=today)
            if key in NOT_REPORTED or concluded >= date(year, *REPORTED_ON) or date(year, *EVALUATED_ON) > today:
                continue
            services.record_report(
                uow_factory(), contract.id, period=Period.HALF_YEAR, on=date(year, *REPORTED_ON), today=today
            )
            evaluator = (
                f"{settings.superior_title} {settings.superior_name}"
                if person.id == chief.id
                else f"Тамгын газрын дарга {short_name(chief)}"
            )
            services.record_evaluation(
                uow_factory(),
                contract.id,
                period=Period.HALF_YEAR,
                rating=_rating(key),
                on=date(year, *EVALUATED_ON),
                evaluator=evaluator,
                today=today,
            )
    return len(started)


def _concluded(person: Employee, key: tuple[str, int], year: int, today: date) -> date:
    appointed = person.appointed_on or date(year - 1, 1, 1)
    if appointed > date(year - 1, 12, 13):  # hired since: signed in the first week
        return min(appointed + timedelta(days=5), today)
    if key in LATE_CONCLUDED:
        return min(date(year, 1, 8 + len(key[0]) % 5), today)
    return date(year - 1, 12, 14 + (person.id or 0) % 7)


def _rating(key: tuple[str, int]) -> str:
    if key == DEFICIENT:
        return "deficient"
    return "very_good" if key in VERY_GOOD else "good"
