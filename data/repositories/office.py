"""Single-row and one-per-employee records: the office settings and onboarding dates."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.entities import OfficeSettings, Onboarding
from data.records import OfficeSettingsRecord, OnboardingRecord

#: The settings table holds exactly one row, with this id (a CHECK constraint enforces it).
SETTINGS_ROW_ID = 1


class SqlSettingsRepository:
    """``core.ports.SettingsRepository``: a fresh database reads as the built-in defaults."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> OfficeSettings:
        """The office settings; the built-in defaults until the first save."""
        record = self._session.get(OfficeSettingsRecord, SETTINGS_ROW_ID)
        if record is None:
            return OfficeSettings()
        return OfficeSettings(
            official_name=record.official_name,
            short_name=record.short_name,
            city=record.city,
            chief_employee_id=record.chief_employee_id,
            chief_title=record.chief_title,
            superior_title=record.superior_title,
            superior_name=record.superior_name,
        )

    def save(self, settings: OfficeSettings) -> None:
        """Create or overwrite the single settings row."""
        record = self._session.get(OfficeSettingsRecord, SETTINGS_ROW_ID)
        if record is None:
            record = OfficeSettingsRecord(id=SETTINGS_ROW_ID)
            self._session.add(record)
        record.official_name = settings.official_name
        record.short_name = settings.short_name
        record.city = settings.city
        record.chief_employee_id = settings.chief_employee_id
        record.chief_title = settings.chief_title
        record.superior_title = settings.superior_title
        record.superior_name = settings.superior_name
        self._session.flush()


class SqlOnboardingRepository:
    """``core.ports.OnboardingRepository``: at most one onboarding row per employee."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, employee_id: int) -> Onboarding | None:
        """The employee's onboarding dates, or ``None`` if none are recorded."""
        record = self._session.get(OnboardingRecord, employee_id)
        if record is None:
            return None
        return Onboarding(
            employee_id=record.employee_id,
            job_description_on=record.job_description_on,
            salary_on=record.salary_on,
            ethics_code_on=record.ethics_code_on,
            internal_regulation_on=record.internal_regulation_on,
            job_description_id=record.job_description_id,
        )

    def save(self, onboarding: Onboarding) -> None:
        """Create or overwrite the employee's onboarding dates."""
        record = self._session.get(OnboardingRecord, onboarding.employee_id)
        if record is None:
            record = OnboardingRecord(employee_id=onboarding.employee_id)
            self._session.add(record)
        record.job_description_on = onboarding.job_description_on
        record.salary_on = onboarding.salary_on
        record.ethics_code_on = onboarding.ethics_code_on
        record.internal_regulation_on = onboarding.internal_regulation_on
        record.job_description_id = onboarding.job_description_id
        self._session.flush()
