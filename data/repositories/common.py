"""What every repository shares: finding the record an entity refers to."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from core.i18n import _
from core.services.errors import NotFoundError
from data.records import Base

RecordT = TypeVar("RecordT", bound=Base)


class MissingRecordError(NotFoundError):
    """An update or delete named an id that is not in the database (deleted meanwhile?).

    A :class:`NotFoundError`, so the screens and the command line show the user's message
    instead of "Unexpected error"; ``table`` and ``record_id`` are kept for the log.
    """

    def __init__(self, table: str, record_id: int | None) -> None:
        super().__init__(_("This record is no longer in the database; it may have been deleted meanwhile."))
        self.table = table
        self.record_id = record_id

    def __repr__(self) -> str:
        return f"MissingRecordError(table={self.table!r}, record_id={self.record_id!r})"


def require(session: Session, record_type: type[RecordT], record_id: int | None) -> RecordT:
    """The record with *record_id*.

    Raises:
        MissingRecordError: The id is ``None`` (never saved) or no such row exists.
    """
    record = None if record_id is None else session.get(record_type, record_id)
    if record is None:
        raise MissingRecordError(str(record_type.__tablename__), record_id)
    return record
