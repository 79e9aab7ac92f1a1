"""What every repository shares: finding the record an entity refers to."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from data.records import Base

RecordT = TypeVar("RecordT", bound=Base)


class MissingRecordError(LookupError):
    """An update or delete named an id that is not in the database (deleted meanwhile?)."""

    def __init__(self, table: str, record_id: int | None) -> None:
        super().__init__(f"{table} has no row with id {record_id}")
        self.table = table
        self.record_id = record_id


def require(session: Session, record_type: type[RecordT], record_id: int | None) -> RecordT:
    """The record with *record_id*.

    Raises:
        MissingRecordError: The id is ``None`` (never saved) or no such row exists.
    """
    record = None if record_id is None else session.get(record_type, record_id)
    if record is None:
        raise MissingRecordError(str(record_type.__tablename__), record_id)
    return record
