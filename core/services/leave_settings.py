"""The office's leave settings (6.1 working day, section 6 limits) and its calendar changes.

A change here never rewrites a printed slip: slips keep the working time counted when they
were saved, and only drafts are counted again.
"""

from __future__ import annotations

from dataclasses import replace

from core.leave.entities import CalendarChange, LeaveSettings
from core.leave.policy import LeavePolicy
from core.leave.validation import validate_calendar_change, validate_leave_settings
from core.ports import UnitOfWork
from core.text import clean
from core.validation import ValidationError


def get_leave_settings(uow: UnitOfWork) -> LeaveSettings:
    """The stored working day and policy; the regulation's defaults until first saved."""
    with uow:
        return uow.leave_settings.get()


def _cleaned_policy(policy: LeavePolicy) -> LeavePolicy:
    reasons = tuple(
        replace(r, code=clean(r.code), printed=clean(r.printed), label=clean(r.label)) for r in policy.reasons
    )
    return replace(
        policy,
        decision_clause=clean(policy.decision_clause),
        pay_clause=clean(policy.pay_clause),
        recommendation_clause=clean(policy.recommendation_clause),
        reasons_clause=clean(policy.reasons_clause),
        childcare_clause=clean(policy.childcare_clause),
        overrun_clause=clean(policy.overrun_clause),
        register_clause=clean(policy.register_clause),
        reasons=reasons,
    )


def save_leave_settings(uow: UnitOfWork, settings: LeaveSettings) -> LeaveSettings:
    """Store the working day and the policy after checking they make sense.

    Raises:
        ValidationError: Times out of order, a limit that is not positive or out of order
            (the head's limit above the order limit, the paid limit above the extended one),
            or a missing clause number.
    """
    settings = replace(settings, policy=_cleaned_policy(settings.policy))
    report = validate_leave_settings(settings)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.leave_settings.save(settings)
        uow.commit()
    return settings


def list_calendar_changes(uow: UnitOfWork) -> list[CalendarChange]:
    """The office's calendar changes, newest day first."""
    with uow:
        return sorted(uow.calendar.list(), key=lambda change: change.day, reverse=True)


def add_calendar_change(uow: UnitOfWork, change: CalendarChange) -> CalendarChange:
    """Declare a day working or non-working, with the decision that did it.

    Raises:
        ValidationError: The day already has a change, or the decision text is too long.
    """
    change = replace(change, decision=clean(change.decision))
    with uow:
        report = validate_calendar_change(change, others=uow.calendar.changes_between(change.day, change.day))
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.calendar.add(change)
        uow.commit()
    return saved


def delete_calendar_change(uow: UnitOfWork, change_id: int) -> None:
    """Remove a change; the day goes back to what the weekday and public holidays make it."""
    with uow:
        uow.calendar.delete(change_id)
        uow.commit()
