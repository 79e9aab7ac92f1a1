"""The sanctions register: sanctions are added and annulled, never deleted."""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.discipline.entities import Sanction, SanctionKind, SanctionStatus
from data.records import SanctionRecord
from data.repositories.common import require


class SqlSanctionRepository:
    """``core.ports.SanctionRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, sanction_id: int) -> Sanction | None:
        """The sanction with *sanction_id*, or ``None``."""
        record = self._session.get(SanctionRecord, sanction_id)
        return None if record is None else _sanction(record)

    def list(self, *, employee_id: int | None = None) -> builtins.list[Sanction]:
        """Sanctions (of one employee, if given), newest start first."""
        statement = select(SanctionRecord).order_by(SanctionRecord.starts_on.desc(), SanctionRecord.id.desc())
        if employee_id is not None:
            statement = statement.where(SanctionRecord.employee_id == employee_id)
        return [_sanction(record) for record in self._session.scalars(statement)]

    def add(self, sanction: Sanction) -> Sanction:
        """Save a new sanction; returns it with its id."""
        record = SanctionRecord(id=sanction.id)
        _fill(record, sanction)
        self._session.add(record)
        self._session.flush()
        return replace(sanction, id=record.id)

    def update(self, sanction: Sanction) -> Sanction:
        """Raises ``MissingRecordError`` if *sanction* is not saved."""
        _fill(require(self._session, SanctionRecord, sanction.id), sanction)
        self._session.flush()
        return sanction


def _sanction(record: SanctionRecord) -> Sanction:
    return Sanction(
        employee_id=record.employee_id,
        breach_code=record.breach_code,
        breach_text=record.breach_text,
        kind=SanctionKind(record.kind),
        order_number=record.order_number,
        order_date=record.order_date,
        starts_on=record.starts_on,
        cut_percent=record.cut_percent,
        cut_months=record.cut_months,
        lapses_on=record.lapses_on,
        repeated=record.repeated,
        note=record.note,
        annulled_on=record.annulled_on,
        annul_reason=record.annul_reason,
        status=SanctionStatus(record.status),
        reject_reason=record.reject_reason,
        flag_clause=record.flag_clause,
        flag_period=record.flag_period,
        id=record.id,
    )


def _fill(record: SanctionRecord, sanction: Sanction) -> None:
    decided = sanction.status is SanctionStatus.DECIDED
    if decided and (sanction.order_date is None or sanction.lapses_on is None):
        raise ValueError("a decided sanction is stored with its order date and lapse date")  # the service sets both
    record.employee_id = sanction.employee_id
    record.breach_code = sanction.breach_code
    record.breach_text = sanction.breach_text
    record.kind = sanction.kind.value
    record.cut_percent = sanction.cut_percent
    record.cut_months = sanction.cut_months
    record.order_number = sanction.order_number
    record.order_date = sanction.order_date
    record.starts_on = sanction.starts_on
    record.lapses_on = sanction.lapses_on
    record.repeated = sanction.repeated
    record.note = sanction.note
    record.annulled_on = sanction.annulled_on
    record.annul_reason = sanction.annul_reason
    record.status = sanction.status.value
    record.reject_reason = sanction.reject_reason
    record.flag_clause = sanction.flag_clause
    record.flag_period = sanction.flag_period
