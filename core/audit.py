"""The audit trail as core sees it: entries, the filter of the audit screen, the chain's report.

Every create, change, print, reprint, void and delete is recorded by the storage layer in the
same transaction as the change itself (``data/audit.py``), so no service can forget it. The
entries are hash-chained with the office's key; :class:`ChainReport` says whether the chain
still verifies and, if not, names the first entry found wrong (reliability.md §3, goal R10).
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from core.i18n import N_, _


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"  # a slip's first printing: it gets its number
    REPRINT = "reprint"  # a copy (ХУУЛБАР)
    VOID = "void"


ACTION_LABELS: dict[str, str] = {
    AuditAction.CREATE: N_("created"),
    AuditAction.UPDATE: N_("changed"),
    AuditAction.DELETE: N_("deleted"),
    AuditAction.PRINT: N_("printed"),
    AuditAction.REPRINT: N_("reprinted"),
    AuditAction.VOID: N_("voided"),
}

#: The kinds of record the audit screen offers, by table name, in the order it lists them.
RECORD_KINDS: dict[str, str] = {
    "employees": N_("Employee"),
    "employment_events": N_("Employment event"),
    "onboarding": N_("Onboarding"),
    "leave_slips": N_("Leave slip"),
    "slip_prints": N_("Slip printing"),
    "slip_counters": N_("Slip numbering"),
    "departments": N_("Unit"),
    "positions": N_("Position"),
    "acting_assignments": N_("Acting official"),
    "job_descriptions": N_("Job description"),
    "calendar_changes": N_("Working calendar"),
    "office_settings": N_("Office settings"),
    "leave_settings": N_("Leave settings"),
    "users": N_("User"),
}

#: What the log holds instead of a secret (the users' password hashes).
REDACTED = "changed"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One recorded change. ``changes`` is canonical JSON: ``{field: value}`` for a created or
    deleted record, ``{field: [old, new]}`` for a change."""

    id: int
    at: datetime  # UTC, naive
    user_id: int | None
    user_login: str  # empty: nobody logged in (command line, start-up)
    action: str
    entity: str
    entity_id: int | None
    changes: str

    def changed_fields(self) -> dict[str, object]:
        """The decoded ``changes``; an unreadable text (a tampered row) reads as no fields."""
        try:
            decoded = json.loads(self.changes) if self.changes else {}
        except ValueError:
            return {}
        return decoded if isinstance(decoded, dict) else {}


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit screen asks for; ``None`` leaves a criterion out. Days are this PC's, inclusive."""

    entity: str | None = None
    entity_id: int | None = None
    user_login: str | None = None  # "" = entries made with nobody logged in
    since: date | None = None
    until: date | None = None


def utc_range(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """This PC's calendar days *since*..*until* (inclusive) as naive UTC bounds [start, end).

    Entries are stored in UTC so a change of the PC's time zone cannot reorder them; the
    secretary thinks in local days.
    """
    start = _utc_midnight(since) if since is not None else None
    end = _utc_midnight(until + timedelta(days=1)) if until is not None else None
    return start, end


def local_time(at: datetime) -> datetime:
    """A stored UTC time as this PC's local time, for display."""
    if at == datetime.min:
        return at
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class ChainProblem(enum.StrEnum):
    EDITED = "edited"  # the entry no longer matches its keyed hash
    DELETED = "deleted"  # entries before this one are missing
    INSERTED = "inserted"  # the entry was added behind Tamga's back
    TRUNCATED = "truncated"  # the newest entries (up to the anchored one) are gone
    KEY_MISSING = "key_missing"  # the office key is not on this computer: nothing can be checked
    #: No entry verifies with this computer's key: the file came with another key (copied from
    #: another PC, key lost and made anew), or every entry was rewritten. Not proof either way.
    KEY_MISMATCH = "key_mismatch"


PROBLEM_MESSAGES: dict[ChainProblem, str] = {
    ChainProblem.EDITED: N_("Audit entry {id} was changed outside Tamga."),
    ChainProblem.DELETED: N_("Audit entries before entry {id} were deleted outside Tamga."),
    ChainProblem.INSERTED: N_("Audit entry {id} was added outside Tamga."),
    ChainProblem.TRUNCATED: N_("The newest audit entries, up to entry {id}, were deleted outside Tamga."),
    ChainProblem.KEY_MISMATCH: N_(
        "No audit entry verifies with the office key on this computer: the database was made with another "
        "key (brought from another computer, or the key file was lost), or all its entries were changed."
    ),
    ChainProblem.KEY_MISSING: N_("The office key is missing on this computer, so the audit trail cannot be checked."),
}


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of verifying the whole chain, first problem only (later links follow from it)."""

    entries: int
    problem: ChainProblem | None = None
    entry_id: int | None = None
    #: False when no anchor was found: deleting the newest entries would go unnoticed.
    end_checked: bool = True

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def broken(self) -> bool:
        """Tampering was found (a missing key is not evidence of tampering)."""
        return self.problem is not None and self.problem is not ChainProblem.KEY_MISSING

    def message(self) -> str:
        """One sentence for the banner, the status bar and ``main.py check``."""
        if self.problem is not None:
            return _(PROBLEM_MESSAGES[self.problem]).format(id=self.entry_id)
        if not self.end_checked:
            return _("The audit trail verifies, but its end cannot be checked: the anchor file is missing.")
        return _("The audit trail verifies ({count} entries).").format(count=self.entries)
