"""The office's vacation table (``VacationSettingsRecord``, one row) as ``core``'s ``VacationPolicy``."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from core.vacation.entitlement import ServiceBand, VacationPolicy
from data.records import VacationSettingsRecord

VACATION_SETTINGS_ROW_ID = 1
_NUMBERS = ("base_days", "protected_base_days", "protected_below_age", "earned_after_months", "least_long_part_days")


class SqlVacationSettingsRepository:
    """``core.ports.VacationSettingsRepository``: a fresh database reads as the Labour Law."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> VacationPolicy:
        record = self._session.get(VacationSettingsRecord, VACATION_SETTINGS_ROW_ID)
        if record is None:
            return VacationPolicy()
        bands = tuple(ServiceBand(start, end, extra) for start, end, extra in json.loads(record.bands_json))
        numbers = {name: getattr(record, name) for name in _NUMBERS}
        return VacationPolicy(**numbers, bands=bands, clause=record.clause)

    def save(self, policy: VacationPolicy) -> None:
        record = self._session.get(VacationSettingsRecord, VACATION_SETTINGS_ROW_ID)
        if record is None:
            record = VacationSettingsRecord(id=VACATION_SETTINGS_ROW_ID)
            self._session.add(record)
        for name in _NUMBERS:
            setattr(record, name, getattr(policy, name))
        record.clause = policy.clause
        record.bands_json = json.dumps([[b.from_years, b.to_years, b.extra_days] for b in policy.bands])
        self._session.flush()
