"""Business trips on a real SQLite file: round trip with changes, yearly numbers, the database's own limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core import services
from core.trips.entities import BusinessTrip, TripNumber, TripScope, TripStatus
from data import Database
from tests.data.conftest import make_employee

TRIP = BusinessTrip(
    employee_id=0,
    scope=TripScope.ABROAD,
    country="ОХУ",
    place="Улаан-Үд",
    purpose="Хамтын ажиллагааны уулзалт",
    starts_on=date(2026, 11, 24),
    ends_on=date(2026, 11, 27),
    governor_agreed_on=date(2026, 11, 16),
    governor_reference="01/345",
    advance_amount=800_000,
)


@pytest.fixture
def employee_id(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee())
        uow.commit()
    assert saved.id is not None
    return saved.id


def test_a_trip_round_trips_with_its_changes_and_report(database: Database, employee_id: int) -> None:
    new = database.uow_factory
    draft = services.save_trip_draft(new(), replace(TRIP, employee_id=employee_id), submission_id="f-1")
    assert draft.id is not None
    services.issue_trip(new(), draft.id, on=date(2026, 11, 20))
    services.extend_trip(new(), draft.id, new_end=date(2026, 11, 30), decided_on=date(2026, 11, 26), reference="12")
    services.recall_trip(new(), draft.id, returned_on=date(2026, 11, 28), decided_on=date(2026, 11, 27))
    done = services.record_trip_report(new(), draft.id, submitted_on=date(2026, 12, 1))
    with new() as uow:
        stored = uow.trips.get(draft.id)
        assert uow.trips.by_submission("f-1") == stored
    assert stored == done
    assert stored.number == TripNumber(2026, 1) and stored.status is TripStatus.COMPLETED
    assert (stored.ends_on, stored.current_end, len(stored.changes)) == (date(2026, 11, 27), date(2026, 11, 28), 2)
    assert [row.trip.id for row in services.list_trips(new())] == [draft.id]


def test_numbers_are_counted_per_year_and_a_rollback_gives_the_number_back(database: Database) -> None:
    with database.uow_factory() as uow:
        assert uow.trips.next_number(2026) == TripNumber(2026, 1)
        uow.rollback()
    with database.uow_factory() as uow:
        numbers = [uow.trips.next_number(2026), uow.trips.next_number(2026), uow.trips.next_number(2027)]
        uow.commit()
    assert [str(n) for n in numbers] == ["2026-001", "2026-002", "2027-001"]


def test_list_filters_on_the_current_end(database: Database, employee_id: int) -> None:
    new = database.uow_factory
    draft = services.save_trip_draft(new(), replace(TRIP, employee_id=employee_id))
    assert draft.id is not None
    services.issue_trip(new(), draft.id, on=date(2026, 11, 20))
    services.extend_trip(new(), draft.id, new_end=date(2026, 12, 2), decided_on=date(2026, 11, 26))
    with new() as uow:
        assert [t.id for t in uow.trips.list(start=date(2026, 12, 1), end=date(2026, 12, 31))] == [draft.id]
        assert uow.trips.list(start=date(2026, 12, 3)) == []


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("ends_on", "2026-11-01"),
        ("advance_amount", 0),
        ("country", ""),
        ("scope", "space"),
        ("number_year", 2026),
    ],  # a number without its issue date
)
def test_the_database_refuses_what_the_rules_refuse(
    database: Database, employee_id: int, column: str, value: object
) -> None:
    draft = services.save_trip_draft(database.uow_factory(), replace(TRIP, employee_id=employee_id))
    with database.uow_factory() as uow:
        session = uow._session  # noqa: SLF001 - writing behind the repository on purpose
        assert session is not None
        with pytest.raises(IntegrityError):
            session.execute(
                text(f"UPDATE business_trips SET {column} = :v WHERE id = :id"), {"v": value, "id": draft.id}
            )
