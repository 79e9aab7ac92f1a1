"""Annulling a register entry entered by mistake: it is kept, with the reason, and counts for nothing.

The sanctions and the payments registers share the rule: an entry is never deleted, an annulment
needs a reason (``core.discipline.validation.validate_annulment``) and happens once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from core.discipline.validation import validate_annulment
from core.services.errors import NotFoundError, RefusedError
from core.text import clean
from core.validation import ValidationError


class Annullable(Protocol):
    @property
    def annulled(self) -> bool: ...


E = TypeVar("E", bound=Annullable)


def annul_entry(
    entry_id: int,
    *,
    reason: str,
    on: date,
    get: Callable[[int], E | None],
    update: Callable[[E], E],
    missing: str,
    already: str,
) -> E:
    """Inside an open unit of work: mark the entry annulled on *on* with *reason*; the caller commits.

    Raises:
        ValidationError: No reason is given, or it is too long.
        NotFoundError: There is no such entry (*missing* is the message).
        RefusedError: It is already annulled (*already* is the message).
    """
    reason = clean(reason)
    report = validate_annulment(reason)
    if not report.is_valid:
        raise ValidationError(report)
    entry = get(entry_id)
    if entry is None:
        raise NotFoundError(missing)
    if entry.annulled:
        raise RefusedError(already)
    return update(replace(entry, annulled_on=on, annul_reason=reason))  # type: ignore[type-var]
