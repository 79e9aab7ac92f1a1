"""The office's vacation table (Labour Law art. 99 by default), stored and edited (issue 7).

The table is read by every entitlement, balance and schedule; a change applies to the
entitlements counted after it and never rewrites a vacation already ordered.
"""

from __future__ import annotations

from core.ports import UnitOfWork
from core.vacation.entitlement import VacationPolicy
from core.vacation.policy_validation import validate_vacation_policy
from core.validation import ValidationError


def get_vacation_policy(uow: UnitOfWork) -> VacationPolicy:
    """The stored table; the Labour Law's until the office first saves its own."""
    with uow:
        return uow.vacation_settings.get()


def save_vacation_policy(uow: UnitOfWork, policy: VacationPolicy) -> VacationPolicy:
    """Store the office's table after checking it.

    Raises:
        ValidationError: A negative or implausible number, or service bands that overlap,
            leave a gap, are out of order or give fewer days for longer service.
    """
    report = validate_vacation_policy(policy)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.vacation_settings.save(policy)
        uow.commit()
    return policy
