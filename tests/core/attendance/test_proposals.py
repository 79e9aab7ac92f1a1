"""From a flag to its proposal, without storage: the breach, sanction and note the regulation ties to it."""

from __future__ import annotations

from datetime import date

import pytest

from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.proposals import (
    FlagKey,
    absence_key,
    entries_behind,
    flag_key_of,
    proposal_for,
    proposal_note,
    warning_key,
)
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import DisciplinePolicy, SanctionKind, SanctionStatus
from core.validation import NOTE_MAX

POLICY = AttendancePolicy()
DAY = 480
LATE, EARLY, ABSENT = AttendanceKind.LATE, AttendanceKind.LEFT_EARLY, AttendanceKind.ABSENT


def entry(day: int, kind: AttendanceKind, minutes: int, *, justified: bool = False, who: int = 1) -> AttendanceEntry:
    reason = "x" if justified else ""
    return AttendanceEntry(who, date(2026, 11, day), kind, minutes, justified=justified, reason=reason)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (absence_key(1, date(2026, 11, 18), POLICY), FlagKey(1, "6.3", date(2026, 11, 1))),
        (warning_key(1, date(2026, 11, 5), POLICY), FlagKey(1, "13.3.1.3", date(2026, 11, 2))),
        (warning_key(1, date(2026, 11, 1), POLICY), FlagKey(1, "13.3.1.3", date(2026, 10, 26))),  # a Sunday
    ],
)
def test_a_flag_is_named_by_clause_and_period(key: FlagKey, expected: FlagKey) -> None:
    assert key == expected


def test_the_6_3_flag_proposes_the_13_1_serious_absence_answered_by_dismissal_13_5_1() -> None:
    entries = [entry(2, ABSENT, DAY), entry(3, LATE, 90), entry(4, ABSENT, DAY), entry(5, EARLY, 30)]
    key = absence_key(1, date(2026, 11, 4), POLICY)
    proposal = proposal_for(
        key, entries, policy=POLICY, discipline=DisciplinePolicy(), minutes_per_day=DAY, today=date(2026, 11, 6)
    )
    assert (proposal.breach_code, proposal.kind, proposal.status) == (
        "13.1-2",
        SanctionKind.DISMISSAL,
        SanctionStatus.PROPOSED,
    )
    assert proposal.breach_text == "Шалтгаангүйгээр 3 ба түүнээс дээш өдрийн ажил тасалсан"
    assert (proposal.order_number, proposal.order_date, proposal.starts_on) == ("", None, date(2026, 11, 6))
    # Leaving early is not what 6.3 adds up, so it is not behind the flag.
    assert proposal.note == (
        "Ирцийн бүртгэл (6.3): 2026-11-02 тасалсан 1 ажлын өдөр; 2026-11-03 хоцорсон 1 цаг 30 минут; "
        "2026-11-04 тасалсан 1 ажлын өдөр"
    )
    assert flag_key_of(proposal) == key


def test_the_13_3_1_3_flag_proposes_a_warning_with_the_weeks_late_arrivals() -> None:
    entries = [entry(d, LATE, 10 + d) for d in (2, 3, 4, 5)] + [entry(6, LATE, 5, justified=True), entry(9, LATE, 5)]
    key = warning_key(1, date(2026, 11, 5), POLICY)
    proposal = proposal_for(
        key, entries, policy=POLICY, discipline=DisciplinePolicy(), minutes_per_day=DAY, today=date(2026, 11, 6)
    )
    assert (proposal.breach_code, proposal.kind, proposal.cut_percent) == ("13.3.1.3", SanctionKind.WARNING, None)
    assert [e.day.day for e in entries_behind(key, entries, POLICY)] == [2, 3, 4, 5]
    assert proposal.note.startswith("Ирцийн бүртгэл (13.3.1.3): 2026-11-02 хоцорсон 12 минут; ")


def test_a_policy_proposing_a_salary_cut_fills_the_office_ceiling() -> None:
    policy = AttendancePolicy(absence_sanction=SanctionKind.SALARY_CUT, absence_breach="11.1.6")
    proposal = proposal_for(
        absence_key(1, date(2026, 11, 2), policy),
        [entry(2, ABSENT, DAY)],
        policy=policy,
        discipline=DisciplinePolicy(max_cut_percent=10),
        minutes_per_day=DAY,
        today=date(2026, 11, 6),
    )
    assert (proposal.breach_code, proposal.cut_percent, proposal.cut_months) == ("11.1.6", 10, 1)


def test_a_long_note_is_cut_to_the_note_limit() -> None:
    entries = [entry(d, LATE, 59) for d in range(2, 31)] * 2
    note = proposal_note(FlagKey(1, "6.3", date(2026, 11, 1)), entries, minutes_per_day=DAY)
    assert len(note) == NOTE_MAX and note.endswith("…")
