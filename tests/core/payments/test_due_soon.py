"""The "due soon" list on boundary dates: jubilees, 29 February, ten years, gifts across a year end, pension age."""

from __future__ import annotations

from datetime import date

import pytest

from core.entities import EmployeeStatus, EmploymentEvent, EventKind, Gender
from core.payments.due_soon import DueItem, DueKind, DuePolicy, anniversary, due_soon, gift_children, gift_days
from core.payments.family import FamilyMember, Relation
from core.payments.pension import OFFICE_PENSION_AGES, pension_date
from core.payments.service_start import continuous_service_start
from tests.core.builders import employee

POLICY = DuePolicy(horizon_days=60)


def person(born: date, *, gender: Gender = Gender.FEMALE, appointed: date | None = None, **changes: object):  # type: ignore[no-untyped-def]
    return employee(id=1, birth_date=born, gender=gender, appointed_on=appointed, **changes)


def kinds(items: list[DueItem], kind: DueKind) -> list[tuple[date, int]]:
    return [(i.on, i.years) for i in items if i.kind is kind]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 5, 13), [(date(2026, 7, 12), 50)]),  # the last day of the horizon
        (date(2026, 5, 12), []),  # a day too early
        (date(2026, 7, 11), [(date(2026, 7, 12), 50)]),  # the day before
        (date(2026, 7, 12), [(date(2026, 7, 12), 50)]),  # the day itself
        (date(2026, 7, 13), []),  # the day after
    ],
)
def test_a_50th_birthday_around_its_day(today: date, expected: list[tuple[date, int]]) -> None:
    items = due_soon([person(date(1976, 7, 12))], family={}, events={}, today=today, policy=POLICY)
    assert kinds(items, DueKind.JUBILEE) == expected


def test_a_60th_birthday_is_listed_too() -> None:
    items = due_soon(
        [person(date(1966, 7, 12), gender=Gender.MALE)], family={}, events={}, today=date(2026, 7, 1), policy=POLICY
    )
    assert kinds(items, DueKind.JUBILEE) == [(date(2026, 7, 12), 60)]
    assert items[0].payment_kind == "12.5"


@pytest.mark.parametrize(
    ("born", "years", "expected"),
    [
        (date(1976, 2, 29), 50, date(2026, 2, 28)),  # a common year: celebrated on 28 February
        (date(1968, 2, 29), 60, date(2028, 2, 29)),  # a leap year: on the day
        (date(1976, 12, 31), 50, date(2026, 12, 31)),
    ],
)
def test_anniversaries_of_29_february(born: date, years: int, expected: date) -> None:
    assert anniversary(born, years) == expected


def test_a_29_february_birthday_is_due_on_28_february_and_not_on_1_march() -> None:
    born = person(date(1976, 2, 29))
    assert kinds(due_soon([born], family={}, events={}, today=date(2026, 2, 28), policy=POLICY), DueKind.JUBILEE) == [
        (date(2026, 2, 28), 50)
    ]
    assert kinds(due_soon([born], family={}, events={}, today=date(2026, 3, 1), policy=POLICY), DueKind.JUBILEE) == []


def test_ten_years_of_service_are_due_from_the_anniversary_until_paid() -> None:
    staff = person(date(1985, 1, 1), appointed=date(2016, 9, 1))
    events = {1: [EmploymentEvent(1, EventKind.APPOINTED, date(2016, 9, 1))]}
    assert kinds(
        due_soon([staff], family={}, events=events, today=date(2016 + 10, 7, 3), policy=POLICY), DueKind.LONG_SERVICE
    ) == [(date(2026, 9, 1), 10)]
    assert (
        kinds(due_soon([staff], family={}, events=events, today=date(2026, 7, 2), policy=POLICY), DueKind.LONG_SERVICE)
        == []
    )  # 61 days ahead
    assert kinds(
        due_soon([staff], family={}, events=events, today=date(2027, 3, 1), policy=POLICY), DueKind.LONG_SERVICE
    ) == [(date(2026, 9, 1), 10)]  # overdue: 12.7 pays once, whenever
    assert (
        due_soon([staff], family={}, events=events, long_service_paid=[1], today=date(2026, 9, 1), policy=POLICY) == []
    )


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], date(2020, 1, 1)),  # no history: the appointment date on record
        ([(EventKind.APPOINTED, date(2010, 3, 1)), (EventKind.TRANSFERRED, date(2015, 1, 1))], date(2010, 3, 1)),
        (
            [
                (EventKind.APPOINTED, date(2010, 3, 1)),
                (EventKind.SUSPENDED, date(2012, 1, 1)),
                (EventKind.REINSTATED, date(2014, 1, 1)),
            ],
            date(2010, 3, 1),
        ),  # a temporary release keeps it
        (
            [
                (EventKind.APPOINTED, date(2010, 3, 1)),
                (EventKind.RELEASED, date(2012, 1, 1)),
                (EventKind.APPOINTED, date(2018, 6, 4)),
            ],
            date(2018, 6, 4),
        ),  # leaving the office breaks it
    ],
)
def test_continuous_service_start(events: list[tuple[EventKind, date]], expected: date) -> None:
    staff = person(date(1985, 1, 1), appointed=date(2020, 1, 1))
    history = [EmploymentEvent(1, kind, day, id=n) for n, (kind, day) in enumerate(events, start=1)]
    assert continuous_service_start(staff, history) == expected


def child(born: date, relation: Relation = Relation.CHILD, member_id: int = 1) -> FamilyMember:
    return FamilyMember(1, relation, f"Хүүхэд {member_id}", born, id=member_id)


def test_gift_days_cross_the_year_end() -> None:
    assert gift_days(date(2026, 12, 1), POLICY) == [date(2027, 1, 1)]
    assert gift_days(date(2026, 4, 10), POLICY) == [date(2026, 6, 1)]
    assert gift_days(date(2026, 1, 1), DuePolicy(horizon_days=365)) == [
        date(2026, 1, 1),
        date(2026, 6, 1),
        date(2027, 1, 1),
    ]


@pytest.mark.parametrize(
    ("born", "listed"),
    [
        (date(2009, 6, 2), True),  # 16 on 1 June 2026, 17 the next day
        (date(2009, 6, 1), False),  # turns 17 on the gift day itself
        (date(2009, 5, 31), False),  # turned 17 the day before
        (date(2026, 6, 1), True),  # born on the day: aged 0
        (date(2026, 6, 2), False),  # not born yet
    ],
)
def test_children_aged_0_to_16_on_the_gift_day(born: date, listed: bool) -> None:
    assert bool(gift_children([child(born)], date(2026, 6, 1), POLICY)) is listed


def test_gift_items_name_the_children_and_skip_other_relatives() -> None:
    family = {
        1: [
            child(date(2015, 3, 1), member_id=1),
            child(date(2012, 3, 1), member_id=2),
            child(date(1960, 3, 1), Relation.MOTHER, member_id=3),
        ]
    }
    items = due_soon([person(date(1990, 1, 1))], family=family, events={}, today=date(2026, 12, 15), policy=POLICY)
    gifts = [i for i in items if i.kind is DueKind.CHILD_GIFT]
    assert [(i.on, [c.id for c in i.children]) for i in gifts] == [(date(2027, 1, 1), [1, 2])]


@pytest.mark.parametrize(
    ("gender", "born", "expected"),
    [
        (Gender.MALE, date(1957, 5, 10), date(2017, 5, 10)),  # 60
        (Gender.MALE, date(1958, 5, 10), date(2018, 8, 10)),  # 60 years 3 months
        (Gender.MALE, date(1977, 5, 10), date(2042, 5, 10)),  # 65 reached
        (Gender.MALE, date(1990, 5, 10), date(2055, 5, 10)),  # never above 65
        (Gender.FEMALE, date(1962, 5, 10), date(2017, 5, 10)),  # 55
        (Gender.FEMALE, date(1970, 5, 10), date(2029, 5, 10)),  # 55 + 8 × 6 months = 59
        (Gender.FEMALE, date(1983, 5, 10), date(2048, 5, 10)),  # 65
    ],
)
def test_pension_age_by_gender_and_birth_year(gender: Gender, born: date, expected: date) -> None:
    assert pension_date(born, gender, OFFICE_PENSION_AGES) == expected


def test_retirement_is_listed_within_the_horizon() -> None:
    staff = person(date(1970, 5, 10))
    items = due_soon([staff], family={}, events={}, today=date(2029, 4, 1), policy=POLICY)
    assert kinds(items, DueKind.RETIREMENT) == [(date(2029, 5, 10), 59)]


def test_only_active_employees_are_listed() -> None:
    gone = person(date(1976, 7, 12), status=EmployeeStatus.RELEASED)
    assert due_soon([gone], family={}, events={}, today=date(2026, 7, 12), policy=POLICY) == []


def test_the_list_is_soonest_first() -> None:
    first = employee(id=1, birth_date=date(1976, 8, 1))
    second = employee(id=2, birth_date=date(1976, 7, 20))
    items = due_soon([first, second], family={}, events={}, today=date(2026, 7, 15), policy=POLICY)
    assert [i.employee_id for i in items] == [2, 1]
