"""The office's section-7 calendar and "due soon" numbers: one row, lists kept as JSON.

Decoding is strict: a stored list of the wrong shape (a hand-edited database, a bad restore)
raises rather than silently dropping deadlines the reminder would then never show.
"""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy.orm import Session

from core.payments.due_soon import DuePolicy
from core.performance.policy import ContractStep, Deadline, PerformancePolicy
from data.records import PerformanceSettingsRecord
from data.repositories.conduct_settings import ROW_ID

_TEXTS = ("clause", "who", "what")
_NUMBERS = ("month", "first_day", "last_day", "year_offset")


def _deadline(item: Any) -> Deadline:
    if not isinstance(item, dict) or set(item) != {*_TEXTS, *_NUMBERS, "step"}:
        raise ValueError(f"not a stored deadline: {item!r}")
    if not all(isinstance(item[k], str) for k in _TEXTS) or not all(type(item[k]) is int for k in _NUMBERS):
        raise ValueError(f"not a stored deadline: {item!r}")
    step = item["step"]
    return Deadline(**{**item, "step": None if step is None else ContractStep(step)})


def _ints(text: str, length: int | None = None) -> tuple[Any, ...]:
    """A JSON list of ints (``length`` None) or of int lists of that length (the gift days' month, day)."""
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError(f"not a stored list: {text!r}")
    if length is None:
        if not all(type(i) is int for i in items):
            raise ValueError(f"not a list of numbers: {text!r}")
        return tuple(items)
    if not all(isinstance(i, list) and len(i) == length and all(type(n) is int for n in i) for i in items):
        raise ValueError(f"not a list of month-day pairs: {text!r}")
    return tuple(tuple(i) for i in items)


def _deadlines(text: str) -> tuple[Deadline, ...]:
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError(f"not a stored deadline list: {text!r}")
    return tuple(_deadline(item) for item in items)


def _deadlines_json(deadlines: tuple[Deadline, ...]) -> str | None:
    if deadlines == PerformancePolicy().deadlines:
        return None
    return json.dumps([asdict(d) for d in deadlines], ensure_ascii=False)


class SqlPerformanceSettingsRepository:
    """``core.ports.PerformanceSettingsRepository``: a fresh database reads as the regulation's settings."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self) -> PerformanceSettingsRecord:
        """The single row, created with the regulation's values when first saved."""
        record = self._session.get(PerformanceSettingsRecord, ROW_ID)
        if record is not None:
            return record
        due = DuePolicy()
        record = PerformanceSettingsRecord(
            id=ROW_ID,
            deadlines_json=None,
            reminder_days=PerformancePolicy().reminder_days,
            due_horizon_days=due.horizon_days,
            jubilee_ages_json=json.dumps(list(due.jubilee_ages)),
            service_years=due.service_years,
            gift_days_json=json.dumps([list(d) for d in due.gift_days]),
            child_max_age=due.child_max_age,
        )
        self._session.add(record)
        return record

    def performance(self) -> PerformancePolicy:
        """The stored deadlines and reminder horizon, or the regulation's until the first save."""
        record = self._session.get(PerformanceSettingsRecord, ROW_ID)
        policy = PerformancePolicy()
        if record is None:
            return policy
        if record.deadlines_json is not None:
            policy = replace(policy, deadlines=_deadlines(record.deadlines_json))
        return replace(policy, reminder_days=record.reminder_days)

    def save_performance(self, policy: PerformancePolicy) -> None:
        """Overwrite the calendar; the shipped deadlines are stored as NULL."""
        record = self._row()
        record.deadlines_json = _deadlines_json(policy.deadlines)
        record.reminder_days = policy.reminder_days
        self._session.flush()

    def due(self) -> DuePolicy:
        """The stored "due soon" numbers, or the regulation's until the first save."""
        record = self._session.get(PerformanceSettingsRecord, ROW_ID)
        if record is None:
            return DuePolicy()
        return DuePolicy(
            horizon_days=record.due_horizon_days,
            jubilee_ages=_ints(record.jubilee_ages_json),
            service_years=record.service_years,
            gift_days=_ints(record.gift_days_json, 2),
            child_max_age=record.child_max_age,
        )

    def save_due(self, policy: DuePolicy) -> None:
        """Overwrite the "due soon" numbers; the pension ages stay the law's."""
        record = self._row()
        record.due_horizon_days = policy.horizon_days
        record.jubilee_ages_json = json.dumps(list(policy.jubilee_ages))
        record.service_years = policy.service_years
        record.gift_days_json = json.dumps([list(d) for d in policy.gift_days])
        record.child_max_age = policy.child_max_age
        self._session.flush()
