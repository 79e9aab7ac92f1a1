"""When a sanction counts, and what it forbids (regulation 12.10, 13.1)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionKind, SanctionStatus
from core.i18n import _

#: The clause that forbids awards and promotion while a sanction counts.
AWARD_CLAUSE = "12.10"


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_months(sanction: Sanction, policy: DisciplinePolicy) -> int:
    """How many months *sanction* counts: its own for a salary cut, the policy's otherwise."""
    if sanction.kind is SanctionKind.SALARY_CUT:
        return sanction.cut_months or 0
    if sanction.kind is SanctionKind.WARNING:
        return policy.warning_months
    return policy.dismissal_months


def lapse_date(sanction: Sanction, policy: DisciplinePolicy) -> date:
    """The last day *sanction* counts: a warning from 15 January 2026 counts to 14 January 2027.

    The day after, it has lapsed and awards and promotion are allowed again (12.10).
    """
    return _add_months(sanction.starts_on, period_months(sanction, policy)) - timedelta(days=1)


def counts_on(sanction: Sanction, on: date) -> bool:
    """Whether *sanction* counts on *on*: decided by an order, started, not lapsed, not annulled.

    A proposal or a rejected proposal never counts: no award, promotion or repetition hangs on it.
    """
    if sanction.status is not SanctionStatus.DECIDED or sanction.annulled or sanction.lapses_on is None:
        return False
    return sanction.starts_on <= on <= sanction.lapses_on


def in_force(sanctions: Iterable[Sanction], on: date) -> list[Sanction]:
    """The sanctions among *sanctions* that count on *on*, latest lapse first."""
    return sorted((s for s in sanctions if counts_on(s, on)), key=lambda s: s.lapses_on or on, reverse=True)


def blocks_award(sanctions: Iterable[Sanction], on: date) -> str | None:
    """Why an award or promotion on *on* is refused (12.10), or ``None`` when it is allowed."""
    current = in_force(sanctions, on)
    if not current:
        return None
    latest = current[0]
    return _(
        "Regulation {clause}: no award, bonus or promotion while a disciplinary sanction is in force "
        "(order {order}, in force until {until})."
    ).format(clause=AWARD_CLAUSE, order=latest.order_number, until=(latest.lapses_on or on).isoformat())


def is_repeated(sanction: Sanction, earlier: Iterable[Sanction]) -> bool:
    """Whether *sanction* repeats a breach of the same clause while an earlier sanction for it counted (13.1).

    The breach is dated by the order that answers it (its date, else the start); a free-text
    ("other") breach cannot be matched to a clause and is never marked repeated.
    """
    if sanction.breach_code == OTHER_BREACH:
        return False
    day = sanction.order_date or sanction.starts_on
    return any(
        other.breach_code == sanction.breach_code
        and (sanction.id is None or other.id != sanction.id)
        and counts_on(other, day)
        for other in earlier
    )
