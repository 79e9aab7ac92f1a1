"""The office's attendance rules (6.3, 6.9, 13.3.1.3) and discipline rules (11.1, 13, 12.10) as settings.

A change applies from then on: sanctions already recorded keep their lapse dates and breach
wording, and a month's flags are counted again with the rules in force when they are read.
"""

from __future__ import annotations

from dataclasses import replace

from core.attendance.policy_validation import validate_attendance_policy
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, DisciplinePolicy
from core.discipline.validation import validate_discipline_policy
from core.ports import UnitOfWork
from core.text import clean
from core.validation import ValidationError


def get_attendance_policy(uow: UnitOfWork) -> AttendancePolicy:
    """The stored attendance rules; the regulation's until first saved."""
    with uow:
        return uow.attendance_settings.get()


def save_attendance_policy(uow: UnitOfWork, policy: AttendancePolicy) -> AttendancePolicy:
    """Store the attendance rules after checking them against the stored breach list.

    Raises:
        ValidationError: A threshold out of range, a clause number missing, or a proposed breach
            that is not on the discipline settings' list.
    """
    policy = replace(
        policy,
        absence_clause=clean(policy.absence_clause),
        warning_clause=clean(policy.warning_clause),
        overrun_clause=clean(policy.overrun_clause),
        absence_breach=clean(policy.absence_breach),
        warning_breach=clean(policy.warning_breach),
    )
    with uow:
        report = validate_attendance_policy(policy, discipline=uow.discipline_settings.get())
        if not report.is_valid:
            raise ValidationError(report)
        uow.attendance_settings.save(policy)
        uow.commit()
    return policy


def get_discipline_policy(uow: UnitOfWork) -> DisciplinePolicy:
    """The stored breach list, cut ceilings and periods; the regulation's until first saved."""
    with uow:
        return uow.discipline_settings.get()


def save_discipline_policy(uow: UnitOfWork, policy: DisciplinePolicy) -> DisciplinePolicy:
    """Store the discipline rules; recorded sanctions keep their own wording and lapse dates.

    Raises:
        ValidationError: A ceiling above the law's (20 %, 6 months) or below 1, a period out of
            range, or a breach list that is empty, repeats a clause or misses a wording.
    """
    policy = replace(policy, breaches=tuple(BreachClause(clean(b.code), clean(b.text)) for b in policy.breaches))
    report = validate_discipline_policy(policy)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.discipline_settings.save(policy)
        uow.commit()
    return policy
