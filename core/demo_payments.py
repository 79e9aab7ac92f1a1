"""The demo year's support payments and awards (10.7, 12.4), each by the chief's order.

An order planned later in the year than *today* is dated *today* instead, so the register never
holds a decision from the future and has the same lines whatever day the demo is made on. One
payment was typed with the wrong order and is annulled with its reason, then recorded again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from core import services
from core.demo_family import NEWBORN, NEWBORN_DAYS, NEWLY_MARRIED
from core.entities import Employee
from core.payments.entities import Payment
from core.payments.family import FamilyMember
from core.ports import UnitOfWorkFactory

#: 10.7.8: the heating season's fuel discount, ordered in October: (post, holder, amount).
FUEL = (
    ("driver", 0, 200_000),
    ("driver", 1, 200_000),
    ("watchman", 0, 200_000),
    ("cleaner", 0, 200_000),
    ("storekeeper", 0, 150_000),
    ("archive_spec", 0, 150_000),
)
FUEL_DAY = (10, 6)
SPORTS_PRIZE = ("law_senior", 0, (5, 18), "Аймгийн төрийн албан хаагчдын спортын наадам, шатар, 2-р байр")
WEDDING_DAY = (8, 14)
ANNUL_REASON = "Захирамжийн дугаар буруу бичигдсэн; зөв дугаараар дахин бүртгэв"


def _order_day(year: int, month_day: tuple[int, int], today: date) -> date:
    return max(min(date(year, *month_day), today), date(year, 1, 1))


def fill_demo_payments(
    uow_factory: UnitOfWorkFactory,
    hired: dict[str, list[Employee]],
    family: dict[str, FamilyMember],
    *,
    today: date,
) -> int:
    """Record the year's payments; returns how many lines the register holds (the annulled one included)."""
    year = today.year
    newborn = family[NEWBORN]
    born = today - timedelta(days=NEWBORN_DAYS)
    lines = [
        Payment(
            newborn.employee_id,
            "10.7.9",
            "А/088",
            born + timedelta(days=14),
            amount=100_000,
            family_member_id=newborn.id,
        ),
        Payment(_id(hired, *NEWLY_MARRIED), "10.7.4-1", "А/071", _order_day(year, WEDDING_DAY, today), amount=200_000),
        *(
            Payment(_id(hired, post, index), "10.7.8", "А/112", _order_day(year, FUEL_DAY, today), amount=amount)
            for post, index, amount in FUEL
        ),
    ]
    post, index, month_day, note = SPORTS_PRIZE
    lines.append(
        Payment(_id(hired, post, index), "12.4", "А/064", _order_day(year, month_day, today), 200_000, note=note)
    )
    for payment in lines:
        services.record_payment(uow_factory(), payment)
    mistaken = Payment(_id(hired, "nb_spec", 0), "10.7.4-2", "А/07", _order_day(year, (4, 9), today), amount=150_000)
    wrong = services.record_payment(uow_factory(), mistaken)
    assert wrong.id is not None and wrong.order_date is not None
    services.annul_payment(uow_factory(), wrong.id, reason=ANNUL_REASON, on=wrong.order_date)
    services.record_payment(uow_factory(), replace(mistaken, order_number="А/057"))
    return len(lines) + 2


def _id(hired: dict[str, list[Employee]], post: str, index: int) -> int:
    person = hired[post][index]
    assert person.id is not None
    return person.id
