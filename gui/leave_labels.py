"""How leave values read on screen: numbers, periods, approvers, months (texts through ``_``)."""

from __future__ import annotations

from datetime import date, datetime

from core.i18n import N_, _, ngettext
from core.leave.durations import format_duration
from core.leave.entities import Approver, LeaveSlip, LeaveSlipListItem, SlipNumber
from core.leave.policy import OTHER_REASON, LeaveReason
from core.vacation.balance import VacationBalance

APPROVER_LABELS: dict[Approver, str] = {
    Approver.DEPARTMENT_HEAD: N_("The department head"),
    Approver.CHIEF: N_("The chief of office"),
    Approver.SUPERIOR: N_("The chief's superior"),
}

MONTH_NAMES: tuple[str, ...] = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def month_name(month: int) -> str:
    return f"{month:02d} — {_(MONTH_NAMES[month - 1])}"


def number_text(number: SlipNumber | None, order_number: str = "") -> str:
    """ "2026-0042"; a leave given by order shows its order; a draft has no number yet."""
    if number is not None:
        return str(number)
    if order_number:
        return _("order {number}").format(number=order_number)
    return _("draft")


def item_number_text(item: LeaveSlipListItem) -> str:
    return number_text(item.number, item.order_number)


def period_text(starts_at: datetime, ends_at: datetime) -> str:
    """ "2026-03-05 09:00 – 2026-03-06 18:00", or "2026-03-05 09:00–13:00" within one day."""
    if starts_at.date() == ends_at.date():
        return f"{starts_at:%Y-%m-%d %H:%M}–{ends_at:%H:%M}"
    return f"{starts_at:%Y-%m-%d %H:%M} – {ends_at:%Y-%m-%d %H:%M}"


def reason_text(reason: LeaveReason) -> str:
    """ "6.8.1 — Serious illness…": the clause first, as the regulation cites it."""
    if reason.code == OTHER_REASON:
        return _(reason.label)
    return f"{reason.code} — {_(reason.label)}"


def slip_summary(slip: LeaveSlip, minutes_per_day: int) -> str:
    """One line under the list: what happened to the selected slip, step by step."""
    parts = []
    if slip.printed_on is not None:
        parts.append(ngettext("printed {date}", "printed {date} ({count} times)", slip.print_count).format(
            date=slip.printed_on.isoformat(), count=slip.print_count))
    if slip.order_number:
        parts.append(_("order {number}").format(number=slip.order_number))
    if slip.signed_on is not None:
        signed_on = slip.signed_on.isoformat()
        parts.append(_("signed by {name} on {date}").format(name=slip.signed_by or "—", date=signed_on))
    if slip.returned_at is not None:
        parts.append(_("came back {moment:%Y-%m-%d %H:%M}").format(moment=slip.returned_at))
    if slip.overrun_minutes:
        parts.append(_("absent after the leave: {late}").format(
            late=format_duration(slip.overrun_minutes, minutes_per_day)))
    if slip.void_reason:
        parts.append(_("void: {reason}").format(reason=slip.void_reason))
    if slip.recommended_by:
        parts.append(_("recommended by {name}").format(name=slip.recommended_by))
    return " · ".join(parts) if parts else _("Draft: not printed yet.")


WEEKDAY_NAMES: tuple[str, ...] = (
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
)


def weekday_name(day: date) -> str:
    return _(WEEKDAY_NAMES[day.weekday()])


def vacation_text(balance: VacationBalance, days: float) -> str:
    """The year's vacation beside a vacation leave's dates: entitled, taken before it, and what it leaves."""
    return _("Vacation {year}: {entitled} working days entitled, {taken} taken before this leave, "
             "{left} left after it ({days:g} days).").format(
        year=balance.year, entitled=balance.entitled_days, taken=balance.taken_days,
        left=balance.remaining_days - round(days), days=days)
