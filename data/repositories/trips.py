"""Business trips and their yearly certificate counter; trips are cancelled, never deleted."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.trips.entities import BusinessTrip, TripChange, TripChangeKind, TripNumber, TripScope
from data.records import BusinessTripRecord, TripChangeRecord, TripCounterRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new


class SqlTripRepository:
    """``core.ports.TripRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, trip_id: int) -> BusinessTrip | None:
        """The trip with *trip_id*, or ``None``."""
        record = self._session.get(BusinessTripRecord, trip_id)
        return None if record is None else self._trip(record)

    def by_submission(self, submission_id: str) -> BusinessTrip | None:
        """The trip a form with this submission id created."""
        statement = select(BusinessTripRecord).where(BusinessTripRecord.submission_id == submission_id)
        record = self._session.scalars(statement).first()
        return None if record is None else self._trip(record)

    def add(self, trip: BusinessTrip) -> BusinessTrip:
        """Save a new trip; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = BusinessTripRecord(id=trip.id, submission_id=trip.submission_id)
        _fill(record, trip)
        self._session.add(record)
        flush_new(self._session, trip.submission_id)
        saved = replace(trip, id=record.id)
        self._add_changes(saved, 0)
        return saved

    def update(self, trip: BusinessTrip) -> BusinessTrip:
        """Save the trip's fields and append its new changes; raises ``MissingRecordError`` if unsaved."""
        _fill(require(self._session, BusinessTripRecord, trip.id), trip)
        self._add_changes(trip, len(self._changes(trip.id)))
        self._session.flush()
        return trip

    def list(
        self, *, start: date | None = None, end: date | None = None, employee_id: int | None = None
    ) -> builtins.list[BusinessTrip]:
        """Trips whose current period meets [start, end] (of one employee if given), newest start first."""
        statement = select(BusinessTripRecord).order_by(
            BusinessTripRecord.starts_on.desc(), BusinessTripRecord.id.desc()
        )
        if employee_id is not None:
            statement = statement.where(BusinessTripRecord.employee_id == employee_id)
        if end is not None:
            statement = statement.where(BusinessTripRecord.starts_on <= end)
        trips = [self._trip(record) for record in self._session.scalars(statement)]
        # The current end may come from an extension: filtered here, not in SQL.
        return [trip for trip in trips if start is None or trip.current_end >= start]

    def next_number(self, year: int) -> TripNumber:
        """The next certificate number of *year*; the unit of work's rollback gives it back.

        Every transaction starts with BEGIN IMMEDIATE, so no other writer reads the same counter.
        """
        record = self._session.get(TripCounterRecord, year)
        if record is None:
            record = TripCounterRecord(year=year, last_seq=0)
            self._session.add(record)
        record.last_seq += 1
        self._session.flush()
        return TripNumber(year, record.last_seq)

    def _changes(self, trip_id: int | None) -> builtins.list[TripChangeRecord]:
        statement = select(TripChangeRecord).where(TripChangeRecord.trip_id == trip_id).order_by(TripChangeRecord.seq)
        return builtins.list(self._session.scalars(statement))

    def _add_changes(self, trip: BusinessTrip, stored: int) -> None:
        if len(trip.changes) < stored:
            raise ValueError("a trip's extensions and recalls are only ever added")
        for seq, change in enumerate(trip.changes[stored:], start=stored + 1):
            self._session.add(
                TripChangeRecord(
                    trip_id=trip.id,
                    seq=seq,
                    kind=change.kind.value,
                    new_end=change.new_end,
                    decided_on=change.decided_on,
                    reference=change.reference,
                )
            )

    def _trip(self, record: BusinessTripRecord) -> BusinessTrip:
        number = None
        if record.number_year is not None and record.number_seq is not None:
            number = TripNumber(record.number_year, record.number_seq)
        changes = tuple(
            TripChange(TripChangeKind(c.kind), c.new_end, c.decided_on, c.reference) for c in self._changes(record.id)
        )
        return BusinessTrip(
            employee_id=record.employee_id,
            scope=TripScope(record.scope),
            place=record.place,
            purpose=record.purpose,
            starts_on=record.starts_on,
            ends_on=record.ends_on,
            country=record.country,
            governor_agreed_on=record.governor_agreed_on,
            governor_reference=record.governor_reference,
            advance_amount=record.advance_amount,
            number=number,
            issued_on=record.issued_on,
            signed_by_title=record.signed_by_title,
            signed_by_name=record.signed_by_name,
            changes=changes,
            report_submitted_on=record.report_submitted_on,
            cancelled_on=record.cancelled_on,
            cancel_reason=record.cancel_reason,
            submission_id=record.submission_id,
            id=record.id,
        )


def _fill(record: BusinessTripRecord, trip: BusinessTrip) -> None:
    record.employee_id = trip.employee_id
    record.scope = trip.scope.value
    record.country = trip.country
    record.place = trip.place
    record.purpose = trip.purpose
    record.starts_on = trip.starts_on
    record.ends_on = trip.ends_on
    record.governor_agreed_on = trip.governor_agreed_on
    record.governor_reference = trip.governor_reference
    record.advance_amount = trip.advance_amount
    record.number_year = trip.number.year if trip.number else None
    record.number_seq = trip.number.sequence if trip.number else None
    record.issued_on = trip.issued_on
    record.signed_by_title = trip.signed_by_title
    record.signed_by_name = trip.signed_by_name
    record.report_submitted_on = trip.report_submitted_on
    record.cancelled_on = trip.cancelled_on
    record.cancel_reason = trip.cancel_reason
