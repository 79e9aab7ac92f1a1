"""How a payment kind reads on screen: its clause and wording, and what sum it allows."""

from __future__ import annotations

from core.i18n import _
from core.payments.catalogue import PaymentKind
from core.payments.money import format_tugrik


def kind_title(kind: PaymentKind) -> str:
    """ "10.7.8 Түлээ, нүүрсний үнийн хөнгөлөлт": the regulation's own words."""
    return f"{kind.clause} {kind.text}"


def amount_rule_text(kind: PaymentKind) -> str:
    """What the kind pays, for the hint beside the form's amount."""
    if not kind.monetary:
        return _("Regulation {clause}: an honour without money.").format(clause=kind.clause)
    if kind.amount is not None and kind.up_to:
        return _("Regulation {clause}: up to {amount}.").format(clause=kind.clause, amount=format_tugrik(kind.amount))
    if kind.amount is not None:
        return _("Regulation {clause}: {amount}.").format(clause=kind.clause, amount=format_tugrik(kind.amount))
    if kind.salary_percent is not None:
        return _("Regulation {clause}: up to {percent} percent of the base salary.").format(
            clause=kind.clause, percent=kind.salary_percent
        )
    return _("Regulation {clause}: the sum the decision sets.").format(clause=kind.clause)
