"""The office's catalogue of support payments and awards (10.7, 12.1–12.7) as settings (issue 8).

A change applies to new entries only: a recorded payment keeps its sum, clause and wording,
and a dropped kind still names its group in the register.
"""

from __future__ import annotations

from dataclasses import replace

from core.payments.catalogue import PaymentPolicy
from core.payments.policy_validation import validate_payment_policy
from core.ports import UnitOfWork
from core.text import clean
from core.validation import ValidationError


def get_payment_policy(uow: UnitOfWork) -> PaymentPolicy:
    """The stored catalogue; the regulation's until the office first saves its own."""
    with uow:
        return uow.payment_settings.get()


def save_payment_policy(uow: UnitOfWork, policy: PaymentPolicy) -> PaymentPolicy:
    """Store the office's catalogue after checking it.

    Raises:
        ValidationError: A sum or share out of range, a clause or wording missing, a kind paid
            for a relative left without one, or kinds that are not the regulation's.
    """
    policy = PaymentPolicy(tuple(replace(k, clause=clean(k.clause), text=clean(k.text)) for k in policy.kinds))
    report = validate_payment_policy(policy)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        uow.payment_settings.save(policy)
        uow.commit()
    return policy
