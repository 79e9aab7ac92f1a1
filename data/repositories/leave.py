"""Leave slips, their numbers and their print records.

Reads are Core ``select()``s of plain columns turned into dataclasses (as for employees):
the slip list must open over 200,000 slips within half a second, so it reads only the
columns the list shows, a page at a time, with every filter applied in SQL.
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from core.leave.entities import (
    LeaveKind,
    LeaveSlip,
    LeaveSlipListItem,
    PayDecision,
    SlipFilter,
    SlipNumber,
    SlipPrint,
    SlipStatus,
)
from data.records import DepartmentRecord, EmployeeRecord, LeaveSlipRecord, PositionRecord, SlipCounterRecord
from data.records import SlipPrintRecord as PrintRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new

_SLIPS = LeaveSlipRecord.__table__
_EMPLOYEES = EmployeeRecord.__table__
_POSITIONS = PositionRecord.__table__
_DEPARTMENTS = DepartmentRecord.__table__

#: ``LeaveSlip`` fields stored in a column of the same name (``number`` is two columns).
_PLAIN = tuple(f.name for f in fields(LeaveSlip) if f.name != "number")
_ENUMS: dict[str, type[enum.StrEnum]] = {"kind": LeaveKind, "status": SlipStatus, "pay": PayDecision}
_LIST_COLUMNS = (
    _SLIPS.c.id,
    _SLIPS.c.number_year,
    _SLIPS.c.number_seq,
    _SLIPS.c.employee_id,
    _EMPLOYEES.c.patronymic,
    _EMPLOYEES.c.given_name,
    _DEPARTMENTS.c.name,
    _SLIPS.c.kind,
    _SLIPS.c.status,
    _SLIPS.c.starts_at,
    _SLIPS.c.ends_at,
    _SLIPS.c.working_minutes,
    _SLIPS.c.pay,
    _SLIPS.c.order_number,
)
# Dict lookups instead of Enum calls: a measurable share of building a long list.
_KINDS = {member.value: member for member in LeaveKind}
_STATUSES = {member.value: member for member in SlipStatus}
_PAYS: dict[str | None, PayDecision | None] = {None: None, **{member.value: member for member in PayDecision}}


def _slip(row: Any) -> LeaveSlip:
    values = row._mapping
    plain = {name: values[name] for name in _PLAIN}
    for name, enum_type in _ENUMS.items():
        plain[name] = None if plain[name] is None else enum_type(plain[name])
    number = None if values["number_seq"] is None else SlipNumber(values["number_year"], values["number_seq"])
    return LeaveSlip(number=number, **plain)


def _fill(record: LeaveSlipRecord, slip: LeaveSlip) -> None:
    """Copy the slip's values; the submission id is written once, when the slip is added."""
    for name in _PLAIN:
        if name not in ("id", "submission_id"):
            value = getattr(slip, name)
            setattr(record, name, value.value if isinstance(value, enum.Enum) else value)
    record.number_year = slip.number.year if slip.number else None
    record.number_seq = slip.number.sequence if slip.number else None


def _list_item(row: Sequence[Any]) -> LeaveSlipListItem:
    slip_id, year, seq, employee_id, patronymic, given, unit, kind, status, starts, ends, minutes, pay, order = row
    return LeaveSlipListItem(
        slip_id,
        None if seq is None else SlipNumber(year, seq),
        employee_id,
        f"{patronymic} {given}",
        unit or "",
        _KINDS[kind],
        _STATUSES[status],
        starts,
        ends,
        minutes,
        _PAYS[pay],
        order,
    )


def _conditions(filters: SlipFilter) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE terms for *filters*, and whether they need the employee and position joined."""
    terms: list[ColumnElement[bool]] = []
    period = filters.period()
    if period is not None:
        terms += [_SLIPS.c.starts_at < period[1], _SLIPS.c.ends_at > period[0]]
    if filters.status is not None:
        terms.append(_SLIPS.c.status == filters.status.value)
    if filters.kind is not None:
        terms.append(_SLIPS.c.kind == filters.kind.value)
    if filters.employee_id is not None:
        terms.append(_SLIPS.c.employee_id == filters.employee_id)
    search = filters.search_terms()
    if search.sequence is not None:
        terms.append(_SLIPS.c.number_seq == search.sequence)
        if search.year is not None:
            terms.append(_SLIPS.c.number_year == search.year)
    joined = bool(filters.department_ids or search.name_key)
    if filters.department_ids:
        terms.append(_POSITIONS.c.department_id.in_(filters.department_ids))
    if search.name_key:
        escaped = search.name_key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        terms.append(_EMPLOYEES.c.search_key.like(f"%{escaped}%", escape="\\"))
    return terms, joined


def _people(base: FromClause) -> FromClause:
    return base.join(_EMPLOYEES, _SLIPS.c.employee_id == _EMPLOYEES.c.id).outerjoin(
        _POSITIONS, _EMPLOYEES.c.position_id == _POSITIONS.c.id
    )


class SqlLeaveSlipRepository:
    """``core.ports.LeaveSlipRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, slip_id: int) -> LeaveSlip | None:
        """The slip with *slip_id*, or ``None``."""
        return self._first(_SLIPS.c.id == slip_id)

    def by_number(self, number: SlipNumber) -> LeaveSlip | None:
        """The slip printed with *number*, or ``None``."""
        return self._first(and_(_SLIPS.c.number_year == number.year, _SLIPS.c.number_seq == number.sequence))

    def add(self, slip: LeaveSlip) -> LeaveSlip:
        """Save a new slip; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = LeaveSlipRecord(id=slip.id, submission_id=slip.submission_id)
        _fill(record, slip)
        self._session.add(record)
        flush_new(self._session, slip.submission_id)
        return replace(slip, id=record.id)

    def by_submission(self, submission_id: str) -> LeaveSlip | None:
        """The slip a form with *submission_id* created, or ``None``."""
        return self._first(_SLIPS.c.submission_id == submission_id)

    def update(self, slip: LeaveSlip) -> LeaveSlip:
        """Raises ``MissingRecordError`` if *slip* is not saved."""
        _fill(require(self._session, LeaveSlipRecord, slip.id), slip)
        self._session.flush()
        return slip

    def delete(self, slip_id: int) -> None:
        """Raises ``MissingRecordError`` if there is no such slip."""
        self._session.delete(require(self._session, LeaveSlipRecord, slip_id))
        self._session.flush()

    def for_employee(self, employee_id: int) -> builtins.list[LeaveSlip]:
        """The employee's slips, earliest start first."""
        return self._all(_SLIPS.c.employee_id == employee_id)

    def overlapping(
        self, employee_id: int, starts_at: datetime, ends_at: datetime, *, exclude_id: int | None = None
    ) -> builtins.list[LeaveSlip]:
        """Non-void slips of the employee sharing time with [starts_at, ends_at)."""
        terms = [
            _SLIPS.c.employee_id == employee_id,
            _SLIPS.c.status != SlipStatus.VOIDED.value,
            _SLIPS.c.starts_at < ends_at,
            _SLIPS.c.ends_at > starts_at,
        ]
        if exclude_id is not None:
            terms.append(_SLIPS.c.id != exclude_id)
        return self._all(*terms)

    def vacations(self, year: int, *, employee_id: int | None = None) -> builtins.list[LeaveSlip]:
        """Non-void vacations counted against *year*, of one employee or of everyone."""
        terms = [_SLIPS.c.vacation_year == year, _SLIPS.c.status != SlipStatus.VOIDED.value]
        if employee_id is not None:
            terms.append(_SLIPS.c.employee_id == employee_id)
        return self._all(*terms)

    def in_period(
        self, start: datetime, end: datetime, *, statuses: tuple[SlipStatus, ...]
    ) -> builtins.list[LeaveSlip]:
        """Slips with *statuses* whose leave, or late return (6.9), meets [start, end)."""
        return self._all(
            _SLIPS.c.status.in_([status.value for status in statuses]),
            _SLIPS.c.starts_at < end,
            or_(_SLIPS.c.ends_at > start, _SLIPS.c.returned_at > start),
        )

    def list_items(
        self, filters: SlipFilter, *, limit: int | None, offset: int = 0
    ) -> builtins.list[LeaveSlipListItem]:
        """A page of list rows, newest start first, in one joined query."""
        terms, _joined = _conditions(filters)
        source = _people(_SLIPS).outerjoin(_DEPARTMENTS, _POSITIONS.c.department_id == _DEPARTMENTS.c.id)
        statement = (
            select(*_LIST_COLUMNS)
            .select_from(source)
            .where(*terms)
            .order_by(_SLIPS.c.starts_at.desc(), _SLIPS.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [_list_item(row) for row in self._session.execute(statement)]

    def count(self, filters: SlipFilter) -> int:
        """How many slips match; joins the people only when a filter needs them."""
        terms, joined = _conditions(filters)
        source = _people(_SLIPS) if joined else _SLIPS
        statement = select(func.count()).select_from(source).where(*terms)
        return int(self._session.execute(statement).scalar_one())

    def _first(self, condition: ColumnElement[bool]) -> LeaveSlip | None:
        row = self._session.execute(select(_SLIPS).where(condition).limit(1)).first()
        return None if row is None else _slip(row)

    def _all(self, *conditions: ColumnElement[bool]) -> builtins.list[LeaveSlip]:
        statement: Select[Any] = select(_SLIPS).where(*conditions).order_by(_SLIPS.c.starts_at, _SLIPS.c.id)
        return [_slip(row) for row in self._session.execute(statement)]


class SqlSlipCounterRepository:
    """``core.ports.SlipCounterRepository``: one row per year, advanced in the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def next_number(self, year: int) -> SlipNumber:
        """The next number of *year*; the unit of work's rollback gives it back.

        The engine opens every transaction with BEGIN IMMEDIATE, so no other writer can read
        the same counter between this increment and the commit (reliability.md §3.1).
        """
        record = self._session.get(SlipCounterRecord, year)
        if record is None:
            record = SlipCounterRecord(year=year, last_seq=0)
            self._session.add(record)
        record.last_seq += 1
        self._session.flush()
        return SlipNumber(year, record.last_seq)


class SqlSlipPrintRepository:
    """``core.ports.SlipPrintRepository``: print records are only ever added."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, record: SlipPrint) -> SlipPrint:
        """Record one printing; returns it with its id."""
        row = PrintRecord(slip_id=record.slip_id, printed_at=record.printed_at, is_copy=record.is_copy)
        self._session.add(row)
        self._session.flush()
        return replace(record, id=row.id)

    def for_slip(self, slip_id: int) -> builtins.list[SlipPrint]:
        """The slip's printings, first first."""
        statement = select(PrintRecord).where(PrintRecord.slip_id == slip_id).order_by(PrintRecord.id)
        return [SlipPrint(r.slip_id, r.printed_at, r.is_copy, r.id) for r in self._session.scalars(statement)]
