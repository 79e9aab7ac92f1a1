"""The section-7 calendar and the "due soon" numbers as stored settings: validation and their effect."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from core import services
from core.i18n import _
from core.payments.due_soon import DuePolicy
from core.payments.family import FamilyMember, Relation
from core.performance.policy import Deadline, PerformancePolicy
from core.validation import ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork


def _moved(policy: PerformancePolicy, clause: str, month: int, first_day: int, last_day: int) -> PerformancePolicy:
    deadlines = tuple(
        replace(d, month=month, first_day=first_day, last_day=last_day) if d.clause == clause else d
        for d in policy.deadlines
    )
    return replace(policy, deadlines=deadlines)


def _row(policy: PerformancePolicy, clause: str) -> int:
    return next(i for i, d in enumerate(policy.deadlines, start=1) if d.clause == clause)


def test_a_fresh_office_reads_the_regulations_settings(uow: FakeUnitOfWork) -> None:
    assert services.get_performance_policy(uow) == PerformancePolicy()
    assert services.get_due_policy(uow) == DuePolicy()


def test_the_settings_round_trip_with_texts_trimmed(uow: FakeUnitOfWork) -> None:
    policy = _moved(PerformancePolicy(reminder_days=30), "7.1", 12, 15, 15)
    first = replace(policy.deadlines[0], who="  Хэлтсийн дарга Ө Ү  ")
    saved = services.save_performance_policy(uow, replace(policy, deadlines=(first, *policy.deadlines[1:])))
    stored = services.get_performance_policy(uow)
    assert stored == saved
    assert stored.deadlines[0].who == "Хэлтсийн дарга Ө Ү"
    assert stored.reminder_days == 30
    due = DuePolicy(horizon_days=30, jubilee_ages=(45, 55, 65), gift_days=((6, 1), (1, 1)), child_max_age=14)
    services.save_due_policy(uow, due)
    assert services.get_due_policy(uow) == replace(due, gift_days=((1, 1), (6, 1)))


def test_7_1_moved_to_15_december_is_upcoming_on_10_december(uow: FakeUnitOfWork) -> None:
    today = date(2026, 12, 10)
    services.save_performance_policy(uow, PerformancePolicy(reminder_days=5))
    assert services.upcoming_deadlines(uow, today) == []
    services.save_performance_policy(uow, _moved(PerformancePolicy(reminder_days=5), "7.1", 12, 15, 15))
    states = services.upcoming_deadlines(uow, today)
    assert [(s.deadline.clause, s.deadline.due_on, s.deadline.contract_year) for s in states] == [
        ("7.1", date(2026, 12, 15), 2027)
    ]
    calendar = {s.deadline.clause: s.deadline.due_on for s in services.deadline_calendar(uow, 2026)}
    assert calendar["7.1"] == date(2026, 12, 15)


def test_the_reminder_horizon_decides_how_far_ahead_the_reminder_looks(uow: FakeUnitOfWork) -> None:
    today = date(2026, 12, 8)
    assert [s.deadline.clause for s in services.upcoming_deadlines(uow, today)] == ["7.1", "7.3", "7.4"]
    services.save_performance_policy(uow, PerformancePolicy(reminder_days=17))
    assert len(services.upcoming_deadlines(uow, today)) == 6
    assert [s.deadline.clause for s in services.upcoming_deadlines(uow, today, 14)] == ["7.1", "7.3", "7.4"]


@pytest.mark.parametrize(
    ("clause", "month", "first", "last", "problem"),
    [
        ("7.1", 2, 29, 29, lambda: _("{month}/{day} is not a day of every year.").format(month=2, day=29)),
        ("7.1", 4, 31, 31, lambda: _("{month}/{day} is not a day of every year.").format(month=4, day=31)),
        ("7.2", 12, 28, 25, lambda: _("the first day is after the last day.")),
        ("7.3", 13, 20, 20, lambda: _("the month must be from 1 to 12.")),
    ],
)
def test_a_deadline_that_is_not_a_real_window_is_refused_by_row(
    uow: FakeUnitOfWork, clause: str, month: int, first: int, last: int, problem: Callable[[], str]
) -> None:
    policy = _moved(PerformancePolicy(), clause, month, first, last)
    with pytest.raises(ValidationError) as refused:
        services.save_performance_policy(uow, policy)
    row = _row(policy, clause)
    expected = _("Deadline {row}: {problem}").format(row=row, problem=problem())
    assert expected in [i.message for i in refused.value.report.for_field("deadlines")]
    assert services.get_performance_policy(uow) == PerformancePolicy()


def test_a_deadline_on_the_last_day_of_february_and_a_one_day_window_are_accepted(uow: FakeUnitOfWork) -> None:
    services.save_performance_policy(uow, _moved(PerformancePolicy(), "7.5", 2, 28, 28))
    assert services.get_performance_policy(uow).deadlines[2] == Deadline(
        "7.5", 2, 28, 28, PerformancePolicy().deadlines[2].who, PerformancePolicy().deadlines[2].what
    )


def test_an_empty_wording_is_refused(uow: FakeUnitOfWork) -> None:
    policy = PerformancePolicy()
    policy = replace(policy, deadlines=(replace(policy.deadlines[0], what="  "), *policy.deadlines[1:]))
    with pytest.raises(ValidationError) as refused:
        services.save_performance_policy(uow, policy)
    expected = _("Deadline {row}: {problem}").format(row=1, problem=_("enter the clause, who and what."))
    assert [i.message for i in refused.value.report.issues] == [expected]


@pytest.mark.parametrize(("days", "valid"), [(0, False), (1, True), (366, True), (367, False)])
def test_the_reminder_horizon_is_1_to_366_days(uow: FakeUnitOfWork, days: int, valid: bool) -> None:
    policy = PerformancePolicy(reminder_days=days)
    if valid:
        assert services.save_performance_policy(uow, policy).reminder_days == days
        return
    with pytest.raises(ValidationError) as refused:
        services.save_performance_policy(uow, policy)
    assert [i.message for i in refused.value.report.for_field("reminder_days")] == [
        _("Enter from 1 to {limit} days.").format(limit=366)
    ]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"horizon_days": 0}, "horizon_days", lambda: _("Enter from 1 to {limit} days.").format(limit=366)),
        ({"horizon_days": 367}, "horizon_days", lambda: _("Enter from 1 to {limit} days.").format(limit=366)),
        (
            {"jubilee_ages": (60, 50)},
            "jubilee_ages",
            lambda: _("Enter ages from 1 to {limit}, each greater than the one before.").format(limit=100),
        ),
        (
            {"jubilee_ages": (50, 101)},
            "jubilee_ages",
            lambda: _("Enter ages from 1 to {limit}, each greater than the one before.").format(limit=100),
        ),
        ({"jubilee_ages": ()}, "jubilee_ages", lambda: _("Enter at least one jubilee age.")),
        ({"child_max_age": 0}, "child_max_age", lambda: _("Enter from 1 to {limit} years.").format(limit=18)),
        ({"child_max_age": 19}, "child_max_age", lambda: _("Enter from 1 to {limit} years.").format(limit=18)),
        (
            {"gift_days": ((2, 30),)},
            "gift_days",
            lambda: _("Enter each gift day as month-day of a day every year has (01-01, 06-01)."),
        ),
        ({"gift_days": ((1, 1), (1, 1))}, "gift_days", lambda: _("A gift day is listed twice.")),
        ({"service_years": 0}, "service_years", lambda: _("Enter from 1 to {limit} years.").format(limit=60)),
    ],
)
def test_due_soon_numbers_out_of_range_are_refused_beside_their_field(
    uow: FakeUnitOfWork, changes: dict[str, object], field: str, message: Callable[[], str]
) -> None:
    """*message* is translated when the test runs: the suite sets its language after collection."""
    with pytest.raises(ValidationError) as refused:
        services.save_due_policy(uow, replace(DuePolicy(), **changes))  # type: ignore[arg-type]
    assert [i.message for i in refused.value.report.for_field(field)] == [message()]
    assert services.get_due_policy(uow) == DuePolicy()


@pytest.mark.parametrize(("ages", "child_age"), [((1, 100), 1), ((50,), 18)])
def test_the_limits_themselves_are_accepted(uow: FakeUnitOfWork, ages: tuple[int, ...], child_age: int) -> None:
    saved = services.save_due_policy(uow, DuePolicy(jubilee_ages=ages, child_max_age=child_age))
    assert services.get_due_policy(uow) == saved


def test_the_horizon_decides_what_the_due_soon_list_shows() -> None:
    uow = FakeUnitOfWork()
    head = office_with_people(uow)["head"]
    today = date(2026, 4, 10)
    services.save_family_member(uow, FamilyMember(head.id, Relation.CHILD, "Сараа", date(2015, 4, 1)), today=today)
    gifts = [i for i in services.due_soon_list(uow, today=today) if i.employee_id == head.id]
    assert [(i.kind.value, i.on) for i in gifts] == [("child_gift", date(2026, 6, 1))]
    services.save_due_policy(uow, DuePolicy(horizon_days=30))
    assert [i for i in services.due_soon_list(uow, today=today) if i.employee_id == head.id] == []


def test_the_gift_list_counts_children_up_to_the_stored_age() -> None:
    uow = FakeUnitOfWork()
    head = office_with_people(uow)["head"]
    today = date(2026, 4, 10)
    services.save_family_member(uow, FamilyMember(head.id, Relation.CHILD, "Сараа", date(2015, 4, 1)), today=today)
    assert services.gift_list_document(uow, on=date(2026, 6, 1)).count == 1
    services.save_due_policy(uow, DuePolicy(child_max_age=10))
    document = services.gift_list_document(uow, on=date(2026, 6, 1))
    assert document.count == 0
    assert document.title.startswith("Бэлэг авах 0–10 насны хүүхдийн жагсаалт")
