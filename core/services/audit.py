"""Reading the audit trail and checking that nobody altered it behind Tamga's back.

Nothing here writes: the storage layer records every save by itself (``data/audit.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.audit import AuditEntry, AuditFilter, ChainReport
from core.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of the audit screen and how many entries match in all."""

    entries: list[AuditEntry]
    total: int


def list_audit_entries(
    uow: UnitOfWork, filters: AuditFilter | None = None, *, limit: int | None = 500, offset: int = 0
) -> AuditPage:
    """Entries matching *filters* (by record, user and days), newest first, a page at a time."""
    filters = filters or AuditFilter()
    with uow:
        return AuditPage(uow.audit.list(filters, limit=limit, offset=offset), uow.audit.count(filters))


def audit_logins(uow: UnitOfWork) -> list[str]:
    """The logins the log names, for the screen's user filter ("" = nobody logged in)."""
    with uow:
        return uow.audit.logins()


def verify_audit_chain(uow: UnitOfWork) -> ChainReport:
    """Verify the whole chain with the office key; the report names the first bad entry."""
    with uow:
        return uow.audit.verify()
