"""What a payment kind allows: its ceiling, its default sum, and how often it may be given."""

from __future__ import annotations

from collections.abc import Iterable

from core.i18n import _
from core.payments.catalogue import Frequency, PaymentKind
from core.payments.entities import Payment


def ceiling(kind: PaymentKind, base_salary: int | None) -> int | None:
    """The most *kind* may pay: its sum, or its share of *base_salary*; ``None`` when free or unknown."""
    if kind.amount is not None:
        return kind.amount
    if kind.salary_percent is not None and base_salary:
        return base_salary * kind.salary_percent // 100
    return None


def default_amount(kind: PaymentKind, base_salary: int | None) -> int | None:
    """The sum a new payment of *kind* starts with (the regulation's sum, or one month's salary)."""
    if kind.amount is not None:
        return kind.amount
    if kind.default_percent is not None and base_salary:
        return base_salary * kind.default_percent // 100
    return None


def _counts(payment: Payment, other: Payment, kind: PaymentKind) -> bool:
    if other.annulled or other.kind_code != payment.kind_code or other.employee_id != payment.employee_id:
        return False
    if payment.id is not None and other.id == payment.id:
        return False
    if kind.frequency is Frequency.ONCE_EVER:
        return True
    return (
        other.order_date is not None
        and payment.order_date is not None
        and (other.order_date.year == payment.order_date.year)
    )


def repeat_refusal(payment: Payment, kind: PaymentKind, earlier: Iterable[Payment]) -> str | None:
    """Why *payment* is one too many (once a year, once ever), or ``None``."""
    if kind.frequency is Frequency.ANY:
        return None
    given = next((p for p in earlier if _counts(payment, p, kind)), None)
    if given is None:
        return None
    if kind.frequency is Frequency.ONCE_EVER:
        text = _("Regulation {clause}: given once only; it was given by order {order}.")
    else:
        text = _("Regulation {clause}: given once a year; it was given this year by order {order}.")
    return text.format(clause=kind.clause, order=given.order_number)
