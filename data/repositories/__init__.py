"""SQLAlchemy implementations of the repository protocols in ``core.ports``.

Each repository works on the session of one unit of work and converts records to and from
the frozen dataclasses of ``core.entities``; no ORM instance leaves this package. Writes are
flushed at once, so a constraint violation surfaces at the call that caused it.
"""

from __future__ import annotations

from data.repositories.calendar import SqlCalendarRepository, SqlLeaveSettingsRepository
from data.repositories.common import MissingRecordError
from data.repositories.employees import SqlEmployeeRepository, employee_search_key
from data.repositories.history import SqlActingRepository, SqlEventRepository
from data.repositories.job_descriptions import SqlJobDescriptionRepository, UnreadableDescriptionError
from data.repositories.leave import SqlLeaveSlipRepository, SqlSlipCounterRepository, SqlSlipPrintRepository
from data.repositories.office import SqlOnboardingRepository, SqlSettingsRepository
from data.repositories.organisation import SqlDepartmentRepository, SqlPositionRepository

__all__ = [
    "MissingRecordError",
    "SqlActingRepository",
    "SqlCalendarRepository",
    "SqlDepartmentRepository",
    "SqlEmployeeRepository",
    "SqlEventRepository",
    "SqlJobDescriptionRepository",
    "SqlLeaveSettingsRepository",
    "SqlLeaveSlipRepository",
    "SqlOnboardingRepository",
    "SqlPositionRepository",
    "SqlSettingsRepository",
    "SqlSlipCounterRepository",
    "SqlSlipPrintRepository",
    "UnreadableDescriptionError",
    "employee_search_key",
]
