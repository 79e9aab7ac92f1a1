"""Rules for user accounts: logins, passwords, and slowing down guessed passwords.

Pure functions over ``core.users.User``; ``core.services.users`` applies them in a unit of
work. Throttling follows reliability.md §4.2 (NIST SP 800-63B §5.2.2 prefers growing waits
to early lock-outs): the first few mistakes cost nothing, then each failure doubles the wait
(capped), and after many the account locks until an administrator unlocks it. The wait is
computed from ``failed_logins`` and ``last_failed_at``, so nothing sleeps and a restart of
the app does not reset it.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta

from core.i18n import _
from core.users import User
from core.validation import NAME_MAX, TITLE_MAX, ValidationIssue, ValidationReport

#: Failures allowed without any wait.
FREE_FAILURES = 5
#: Failures after which the account locks for an administrator to unlock.
LOCK_AFTER = 20
#: The longest wait between two attempts.
MAX_WAIT = timedelta(minutes=15)
PASSWORD_MIN = 8
PASSWORD_MAX = 200


def normalize_login(text: str) -> str:
    """Logins compare case-insensitively (Cyrillic included) and ignore surrounding spaces."""
    return unicodedata.normalize("NFC", text.strip()).casefold()


def wait_after(failures: int) -> timedelta:
    """How long to wait after *failures* consecutive failures: 0, then 2 s, 4 s, 8 s … ≤ 15 min."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    exponent = min(failures - FREE_FAILURES + 1, 20)  # 2^20 s is far beyond the cap already
    return min(timedelta(seconds=2**exponent), MAX_WAIT)


def seconds_to_wait(user: User, now: datetime) -> int:
    """Whole seconds before *user* may try again (0: now)."""
    if user.last_failed_at is None:
        return 0
    remaining = user.last_failed_at + wait_after(user.failed_logins) - now
    return max(0, math.ceil(remaining.total_seconds()))


def after_failure(user: User, now: datetime) -> User:
    """*user* after one more wrong password at *now*; locked at :data:`LOCK_AFTER` failures."""
    failures = user.failed_logins + 1
    return replace(user, failed_logins=failures, last_failed_at=now, locked=user.locked or failures >= LOCK_AFTER)


def after_success(user: User) -> User:
    """*user* after a right password: the failure count starts again."""
    return replace(user, failed_logins=0, last_failed_at=None)


def unlocked(user: User) -> User:
    """*user* unlocked by an administrator, with a clean failure count."""
    return replace(user, locked=False, failed_logins=0, last_failed_at=None)


def validate_password(password: str, *, login: str, repeated: str | None = None) -> ValidationReport:
    """Rules for a new password: ≥ 8 characters, not the login; *repeated* must match if given."""
    issues: list[ValidationIssue] = []
    if len(password) < PASSWORD_MIN:
        issues.append(ValidationIssue("password", "too_short", _("At least {count} characters.").format(
            count=PASSWORD_MIN)))
    elif len(password) > PASSWORD_MAX:
        issues.append(ValidationIssue("password", "too_long", _("At most {count} characters.").format(
            count=PASSWORD_MAX)))
    elif normalize_login(password) == normalize_login(login):
        issues.append(ValidationIssue("password", "is_login", _("The password must not be the login.")))
    if repeated is not None and repeated != password:
        issues.append(ValidationIssue("repeated", "mismatch", _("The two passwords differ.")))
    return ValidationReport(tuple(issues))


def validate_account(login: str, full_name: str, *, taken: bool) -> ValidationReport:
    """Rules for a login and the user's name; *taken* says another account has the login."""
    issues: list[ValidationIssue] = []
    normal = normalize_login(login)
    if not normal:
        issues.append(ValidationIssue("login", "required", _("This field is required.")))
    elif len(normal) > NAME_MAX or any(ch.isspace() for ch in normal):
        issues.append(ValidationIssue("login", "format", _("A login is one word of at most {limit} characters.")
                                      .format(limit=NAME_MAX)))
    elif taken:
        issues.append(ValidationIssue("login", "taken", _("Another user already has this login.")))
    if not full_name.strip():
        issues.append(ValidationIssue("full_name", "required", _("This field is required.")))
    elif len(full_name) > TITLE_MAX:
        issues.append(ValidationIssue("full_name", "too_long", _("At most {count} characters.").format(
            count=TITLE_MAX)))
    return ValidationReport(tuple(issues))
