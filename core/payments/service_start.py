"""Where an employee's continuous service in the office starts (12.7, ten years without a break).

The office counts service from the appointment that followed the last release or dismissal:
a transfer between posts or a temporary release (suspension, e.g. child-care leave) keeps the
service continuous; leaving the office breaks it, and a re-appointment starts a new count.
Years in other organisations (the career start) do not count, since 12.7 rewards staying here.
Without any event on record (an employee typed in before the history existed) the current
appointment date is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from core.entities import Employee, EmploymentEvent, EventKind

_BREAKS = frozenset({EventKind.RELEASED, EventKind.DISMISSED})


def continuous_service_start(employee: Employee, events: Iterable[EmploymentEvent]) -> date | None:
    """The first day of *employee*'s current unbroken service, or ``None`` if never appointed."""
    start: date | None = None
    broken = True
    for event in sorted(events, key=lambda e: (e.effective_on, e.id or 0)):
        if event.kind in _BREAKS:
            broken = True
        elif broken and event.kind is EventKind.APPOINTED:
            start, broken = event.effective_on, False
    return start if start is not None else employee.appointed_on
