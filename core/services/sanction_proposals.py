"""Attendance flags answered by sanction proposals the chief decides on (6.3 → 13.1-2, 13.3.1.3 → 13.3.1).

Tamga never imposes a sanction by itself: a flag becomes a *proposal*, prefilled with the
person, the breach the regulation ties to the flag and the entries behind it. The chief then
decides it by an order (``core.services.discipline.decide_sanction``) or rejects it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from core.attendance.entities import AttendanceEntry
from core.attendance.proposals import FlagKey, absence_key, flag_key_of, proposal_for, warning_key
from core.attendance.rules import AttendancePolicy, lateness_warnings, running_unjustified_minutes
from core.discipline.entities import Sanction
from core.discipline.validation import validate_proposal
from core.i18n import _
from core.ports import UnitOfWork
from core.services.attendance import MonthFlags, month_flags, month_log
from core.services.errors import RefusedError
from core.services.leave_facts import require_employee
from core.validation import ValidationError


@dataclass(frozen=True, slots=True)
class FlagCase:
    """One flag of the month with what answers it (a proposal, a sanction, a rejection) if anything does."""

    key: FlagKey
    #: 6.3: the day the running total reached the limit; 13.3.1.3: the week's Monday.
    since: date
    #: 6.3: the unjustified minutes counted in the month; 13.3.1.3: the late arrivals in the week.
    amount: int
    answer: Sanction | None
    #: A 6.3 flag (absence to deduct) rather than a 13.3.1.3 one (grounds for a warning).
    is_absence: bool = False


@dataclass(frozen=True, slots=True)
class MonthFlagReport:
    """The month's flags and the same flags as cases with their answers, from one reading of the log."""

    flags: MonthFlags
    cases: list[FlagCase]


def month_flag_report(uow: UnitOfWork, *, year: int, month: int) -> MonthFlagReport:
    """The attendance page needs both views of the month's flags; the log is read and counted once."""
    with uow:
        entries, minutes_per_day, policy = month_log(uow, year, month)
        sanctions = uow.sanctions.list()
    answers = _answers_by_flag(sanctions)
    flags = month_flags(entries, minutes_per_day=minutes_per_day, policy=policy)
    cases: dict[FlagKey, FlagCase] = {}
    for row in flags.deductions:  # in date order per person: the first row is the day the limit was reached
        key = absence_key(row.entry.employee_id, row.entry.day, policy)
        first = cases.get(key)
        since = first.since if first else row.entry.day
        cases[key] = FlagCase(key, since, row.total_minutes, answers.get(key), True)
    for warning in flags.warnings:
        key = warning_key(warning.employee_id, warning.week_starts, policy)
        cases[key] = FlagCase(key, warning.week_starts, warning.times, answers.get(key))
    return MonthFlagReport(flags, list(cases.values()))


def month_flag_cases(uow: UnitOfWork, *, year: int, month: int) -> list[FlagCase]:
    """The month's 6.3 and 13.3.1.3 flags, one per person and clause period, with their answers."""
    return month_flag_report(uow, year=year, month=month).cases


def flag_answers(uow: UnitOfWork) -> dict[FlagKey, Sanction]:
    """The proposal or sanction answering each flag; an annulled one leaves its flag open again."""
    with uow:
        return _answers_by_flag(uow.sanctions.list())


def _answers_by_flag(sanctions: list[Sanction]) -> dict[FlagKey, Sanction]:
    return {key: s for s in sanctions if not s.annulled and (key := flag_key_of(s)) is not None}


def propose_sanction(uow: UnitOfWork, key: FlagKey, *, today: date | None = None) -> Sanction:
    """The proposal answering the flag *key*, made now or the one made before (a flag is answered once).

    Raises:
        NotFoundError: The employee is not in the records.
        RefusedError: The log no longer raises this flag (an entry was corrected meanwhile).
        ValidationError: The breach the attendance settings propose is no longer on the list.
    """
    today = today or date.today()
    with uow:
        require_employee(uow, key.employee_id)
        answered = next((s for s in uow.sanctions.list(employee_id=key.employee_id) if _answers(s, key)), None)
        if answered is not None:
            return answered
        entries, minutes_per_day, policy = _flag_entries(uow, key)
        if not _raised(key, entries, minutes_per_day, policy):
            raise RefusedError(_("The attendance log no longer shows this flag."))
        discipline = uow.discipline_settings.get()
        proposal = proposal_for(
            key, entries, policy=policy, discipline=discipline, minutes_per_day=minutes_per_day, today=today
        )
        report = validate_proposal(proposal, policy=discipline)
        if not report.is_valid:
            raise ValidationError(report)
        saved = uow.sanctions.add(proposal)
        uow.commit()
    return saved


def _answers(sanction: Sanction, key: FlagKey) -> bool:
    return not sanction.annulled and flag_key_of(sanction) == key


def _flag_entries(uow: UnitOfWork, key: FlagKey) -> tuple[list[AttendanceEntry], int, AttendancePolicy]:
    """The person's entries the flag is counted over: the month (6.3) or the week (13.3.1.3)."""
    entries, minutes_per_day, policy = month_log(uow, key.period.year, key.period.month, employee_id=key.employee_id)
    if key.clause == policy.absence_clause:
        return entries, minutes_per_day, policy
    sunday = key.period + timedelta(days=6)
    if sunday.month != key.period.month:  # a week across two months is read from both
        later, _day, _rules = month_log(uow, sunday.year, sunday.month, employee_id=key.employee_id)
        entries = entries + later
    return [e for e in entries if key.period <= e.day <= sunday], minutes_per_day, policy


def _raised(key: FlagKey, entries: list[AttendanceEntry], minutes_per_day: int, policy: AttendancePolicy) -> bool:
    if key.clause == policy.absence_clause:
        rows = running_unjustified_minutes(entries, key.employee_id, minutes_per_day=minutes_per_day, policy=policy)
        return any(row.counts_as_absence for row in rows)
    if key.clause == policy.warning_clause:
        return any(flag.week_starts == key.period for flag in lateness_warnings(entries, policy=policy))
    return False
