"""The people who log in to Tamga, and their roles (issue 6; reliability.md §4.2).

A user is an account on this PC's Tamga, not an employee record: the secretary logs in, the
employees she keeps records of mostly never do. An account may name the employee it belongs
to, so the audit trail can say "Б.Сарантуяа (HR)" rather than only a login.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from core.i18n import N_


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"  # users, settings, restore
    HR = "hr"  # records, slips, printing: the secretary / HR officer
    VIEWER = "viewer"  # reads, never writes


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: N_("Administrator"),
    Role.HR: N_("HR officer"),
    Role.VIEWER: N_("Viewer"),
}


@dataclass(frozen=True, slots=True)
class User:
    login: str
    full_name: str
    role: Role
    #: The argon2id PHC string; never shown, never logged.
    password_hash: str = ""
    must_change_password: bool = False
    failed_logins: int = 0
    last_failed_at: datetime | None = None
    locked: bool = False
    active: bool = True
    employee_id: int | None = None
    id: int | None = None
