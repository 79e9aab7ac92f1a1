"""The demo office's business trips (section 9): one reported, one under way, one abroad ahead.

The finance head is away on the trip *today* falls in, the reason the demo's acting assignment
gives for a finance specialist signing for the unit; the attendance summary of the month
counts those days as work away (6.1). The trip abroad is agreed with the Governor first (9.4).
"""

from __future__ import annotations

from datetime import date, timedelta

from core import services
from core.entities import Employee
from core.ports import UnitOfWorkFactory
from core.trips.entities import BusinessTrip, TripScope


def fill_demo_trips(uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], *, today: date) -> int:
    """Draft, issue and (for the finished one) report the trips; returns how many there are."""
    reported = _trip(
        hired["inv_head"][0],
        TripScope.DOMESTIC,
        "Улаанбаатар хот",
        "Орон нутгийн хөгжлийн сангийн төслүүдийг Сангийн яаманд танилцуулах",
        today - timedelta(days=45),
        days=4,
        advance=480_000,
    )
    under_way = _trip(
        hired["fin_head"][0],
        TripScope.DOMESTIC,
        "Улаанбаатар хот",
        "Аймгийн төсвийн тодотголыг Сангийн яаманд хамгаалуулах",
        today - timedelta(days=2),
        days=6,
        advance=620_000,
    )
    abroad = _trip(
        hired["law_head"][0],
        TripScope.ABROAD,
        "Хөх хот",
        "Өвөр Монголын Засгийн газартай байгуулах хамтын ажиллагааны санамж бичгийн хэлэлцээ",
        today + timedelta(days=30),
        days=5,
        advance=2_400_000,
        country="БНХАУ",
        agreed_on=today - timedelta(days=4),
    )
    for trip in (reported, under_way, abroad):
        saved = services.save_trip_draft(uow_factory(), trip)
        assert saved.id is not None
        issued_on = min(trip.starts_on - timedelta(days=3), today)
        services.issue_trip(uow_factory(), saved.id, on=max(issued_on, trip.governor_agreed_on or issued_on))
        if trip is reported:
            services.record_trip_report(uow_factory(), saved.id, submitted_on=trip.ends_on + timedelta(days=2))
    return 3


def _trip(
    person: Employee,
    scope: TripScope,
    place: str,
    purpose: str,
    starts_on: date,
    *,
    days: int,
    advance: int,
    country: str = "",
    agreed_on: date | None = None,
) -> BusinessTrip:
    assert person.id is not None
    return BusinessTrip(
        person.id,
        scope,
        place,
        purpose,
        starts_on,
        starts_on + timedelta(days=days),
        country=country,
        governor_agreed_on=agreed_on,
        governor_reference="Засаг даргын 1/452 тоот албан бичиг" if agreed_on else "",
        advance_amount=advance,
    )
