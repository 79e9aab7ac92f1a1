"""From an attendance flag to the sanction proposal the chief decides on (6.3 → 13.1, 13.3.1.3 → 13.3.1).

A flag is named by its clause and period (6.3: the month; 13.3.1.3: the week's Monday), so
each flag is answered by one proposal at most. The proposal carries the entries behind it in
its note, in Mongolian like the rest of the office's records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.rules import AttendancePolicy, counts_against, week_start
from core.discipline.entities import DisciplinePolicy, Sanction, SanctionKind, SanctionStatus
from core.leave.durations import format_duration
from core.validation import NOTE_MAX

_KIND_WORDS: dict[AttendanceKind, str] = {
    AttendanceKind.LATE: "хоцорсон",
    AttendanceKind.LEFT_EARLY: "эрт явсан",
    AttendanceKind.ABSENT: "тасалсан",
}


@dataclass(frozen=True, slots=True)
class FlagKey:
    """Which flag: the person, the clause (6.3 or 13.3.1.3) and the month's first day or the week's Monday."""

    employee_id: int
    clause: str
    period: date


def absence_key(employee_id: int, day: date, policy: AttendancePolicy) -> FlagKey:
    """The 6.3 flag of *employee_id*'s month containing *day* (6.3 counts within the month)."""
    return FlagKey(employee_id, policy.absence_clause, day.replace(day=1))


def warning_key(employee_id: int, day: date, policy: AttendancePolicy) -> FlagKey:
    """The 13.3.1.3 flag of *employee_id*'s week (Monday to Sunday) containing *day*."""
    return FlagKey(employee_id, policy.warning_clause, week_start(day))


def flag_key_of(sanction: Sanction) -> FlagKey | None:
    """The flag a sanction answers, or ``None`` for one recorded by hand."""
    if sanction.flag_clause is None or sanction.flag_period is None:
        return None
    return FlagKey(sanction.employee_id, sanction.flag_clause, sanction.flag_period)


def entries_behind(key: FlagKey, entries: Iterable[AttendanceEntry], policy: AttendancePolicy) -> list[AttendanceEntry]:
    """The person's entries that raised the flag: the month's counted time (6.3) or the week's lateness."""
    own = [e for e in entries if e.employee_id == key.employee_id]
    if key.clause == policy.absence_clause:
        return sorted((e for e in own if e.day.replace(day=1) == key.period and counts_against(e, policy)), key=_day)
    week_end = key.period + timedelta(days=6)
    return sorted(
        (e for e in own if key.period <= e.day <= week_end and not e.justified and e.kind in policy.warning_kinds),
        key=_day,
    )


def proposal_note(key: FlagKey, entries: Iterable[AttendanceEntry], *, minutes_per_day: int) -> str:
    """ "Ирцийн бүртгэл (6.3): 2026-11-03 хоцорсон 2 цаг; …": the dates and time behind the flag."""
    lines = "; ".join(
        f"{e.day.isoformat()} {_KIND_WORDS[e.kind]} {format_duration(e.minutes, minutes_per_day)}" for e in entries
    )
    note = f"Ирцийн бүртгэл ({key.clause}): {lines}"
    return note if len(note) <= NOTE_MAX else note[: NOTE_MAX - 1] + "…"  # a month of entries may not fit


def proposal_for(
    key: FlagKey,
    entries: Iterable[AttendanceEntry],
    *,
    policy: AttendancePolicy,
    discipline: DisciplinePolicy,
    minutes_per_day: int,
    today: date,
) -> Sanction:
    """The draft sanction answering *key*: the breach and sanction the policy ties to the flag's clause."""
    behind = entries_behind(key, entries, policy)
    absence = key.clause == policy.absence_clause
    code = policy.absence_breach if absence else policy.warning_breach
    kind = policy.absence_sanction if absence else policy.warning_sanction
    clause = discipline.breach(code)
    cut = kind is SanctionKind.SALARY_CUT
    return Sanction(
        employee_id=key.employee_id,
        breach_code=code,
        breach_text=clause.text if clause else "",
        kind=kind,
        order_number="",
        order_date=None,
        starts_on=today,
        cut_percent=discipline.max_cut_percent if cut else None,
        cut_months=1 if cut else None,
        note=proposal_note(key, behind, minutes_per_day=minutes_per_day),
        status=SanctionStatus.PROPOSED,
        flag_clause=key.clause,
        flag_period=key.period,
    )


def _day(entry: AttendanceEntry) -> tuple[date, int]:
    return entry.day, entry.id or 0
