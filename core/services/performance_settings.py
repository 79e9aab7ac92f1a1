"""The section-7 calendar, its reminder horizon and the "due soon" numbers as settings the office edits.

A change applies from then on: the calendar, the reminder and the lists are computed again from
what is stored; contracts keep the dates their steps were recorded on.
"""

from __future__ import annotations

from dataclasses import replace

from core.payments.due_soon import DuePolicy
from core.payments.due_soon_validation import validate_due_policy
from core.performance.policy import PerformancePolicy
from core.performance.policy_validation import validate_performance_policy
from core.ports import UnitOfWork
from core.text import clean
from core.validation import ValidationError


def get_performance_policy(uow: UnitOfWork) -> PerformancePolicy:
    """The stored deadlines and reminder horizon; the regulation's until first saved."""
    with uow:
        return uow.performance_settings.performance()


def save_performance_policy(uow: UnitOfWork, policy: PerformancePolicy) -> PerformancePolicy:
    """Store the deadline calendar and the reminder horizon.

    Raises:
        ValidationError: A deadline on a day not every year has, a window that closes before it
            opens, a missing wording, or a horizon outside 1–366 days.
    """
    deadlines = tuple(
        replace(d, clause=clean(d.clause), who=clean(d.who), what=clean(d.what)) for d in policy.deadlines
    )
    policy = replace(policy, deadlines=deadlines)
    report = validate_performance_policy(policy)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.performance_settings.save_performance(policy)
        uow.commit()
    return policy


def get_due_policy(uow: UnitOfWork) -> DuePolicy:
    """The stored "due soon" horizon, jubilee ages, years of service and gift days; the regulation's until saved."""
    with uow:
        return uow.performance_settings.due()


def save_due_policy(uow: UnitOfWork, policy: DuePolicy) -> DuePolicy:
    """Store the "due soon" numbers; the gift days are kept in the year's order.

    Raises:
        ValidationError: A horizon outside 1–366 days, ages not ascending within 1–100, a gift day
            not every year has, or a child age limit outside 1–18.
    """
    policy = replace(policy, gift_days=tuple(sorted(policy.gift_days)))
    report = validate_due_policy(policy)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.performance_settings.save_due(policy)
        uow.commit()
    return policy
