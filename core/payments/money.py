"""Sums of money as the office writes them: "300 000 ₮"."""

from __future__ import annotations

#: A no-break space groups the thousands (the Mongolian standard's space), so a sum never wraps.
GROUP = "\u00a0"


def format_tugrik(amount: int) -> str:
    """300000 → "300 000 ₮" (no-break spaces), on screens and in every printed document."""
    return f"{amount:,}".replace(",", GROUP) + f"{GROUP}₮"
