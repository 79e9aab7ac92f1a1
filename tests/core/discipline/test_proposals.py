"""Attendance flags → sanction proposals → the chief's decision, over the fake unit of work."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.proposals import FlagKey
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import DisciplinePolicy, Sanction, SanctionKind, SanctionStatus
from core.i18n import _
from core.services.errors import RefusedError
from core.validation import ValidationError
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

DAY = 480
TODAY = date(2026, 11, 9)
ABSENCE = FlagKey(1, "6.3", date(2026, 11, 1))
LATENESS = FlagKey(1, "13.3.1.3", date(2026, 11, 2))


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork()
    with fake:
        fake.employees.add(employee())
        fake.commit()
    for day in (2, 3, 4, 5):  # four late arrivals in a week (13.3.1.3) adding up to 3 days (6.3)
        minutes = DAY if day < 5 else 30
        services.record_attendance(fake, AttendanceEntry(1, date(2026, 11, day), AttendanceKind.LATE, minutes))
    return fake


def decided(proposal: Sanction, **changes: object) -> Sanction:
    return replace(
        proposal, order_number="А/77", order_date=date(2026, 11, 10), starts_on=date(2026, 11, 10), **changes
    )


@pytest.mark.parametrize(
    ("key", "breach", "kind"),
    [(ABSENCE, "13.1-2", SanctionKind.DISMISSAL), (LATENESS, "13.3.1.3", SanctionKind.WARNING)],
)
def test_a_flag_is_proposed_prefilled_and_only_once(
    uow: FakeUnitOfWork, key: FlagKey, breach: str, kind: SanctionKind
) -> None:
    proposal = services.propose_sanction(uow, key, today=TODAY)
    assert (proposal.employee_id, proposal.breach_code, proposal.kind) == (1, breach, kind)
    assert proposal.status is SanctionStatus.PROPOSED and proposal.order_date is None
    assert "2026-11-02 хоцорсон 1 ажлын өдөр" in proposal.note
    assert services.propose_sanction(uow, key, today=TODAY) == proposal
    assert services.flag_answers(uow) == {key: proposal}
    assert len(services.list_sanctions(uow)) == 1


def test_a_proposal_never_blocks_an_award_or_counts_as_in_force(uow: FakeUnitOfWork) -> None:
    services.propose_sanction(uow, LATENESS, today=TODAY)
    assert services.award_blocked(uow, 1, TODAY) is None
    assert services.list_sanctions(uow, in_force_on=TODAY) == []


def test_deciding_a_proposal_puts_it_in_force_and_blocks_an_award(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    sanction = services.decide_sanction(uow, decided(proposal))
    assert (sanction.id, sanction.status, sanction.lapses_on) == (
        proposal.id,
        SanctionStatus.DECIDED,
        date(2027, 11, 9),
    )
    assert (sanction.flag_clause, sanction.flag_period) == ("13.3.1.3", date(2026, 11, 2))
    assert services.award_blocked(uow, 1, date(2026, 11, 10)) is not None
    assert services.award_blocked(uow, 1, date(2027, 11, 10)) is None


def test_the_chief_may_change_the_sanction_when_deciding(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, ABSENCE, today=TODAY)
    cut = services.decide_sanction(uow, decided(proposal, kind=SanctionKind.SALARY_CUT, cut_percent=20, cut_months=3))
    assert (cut.kind, cut.lapses_on) == (SanctionKind.SALARY_CUT, date(2027, 2, 9))


def test_a_decision_is_checked_like_a_new_sanction(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        services.decide_sanction(uow, proposal)
    assert {i.field for i in caught.value.report.errors} == {"order_number", "order_date"}
    assert services.list_sanctions(uow)[0].status is SanctionStatus.PROPOSED


def test_a_rejected_proposal_is_kept_with_its_reason_and_never_blocks(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    with pytest.raises(ValidationError):
        services.reject_sanction(uow, proposal.id or 0, reason=" ")
    rejected = services.reject_sanction(uow, proposal.id or 0, reason="Замын түгжрэл, тайлбар хүлээн авсан")
    assert (rejected.status, rejected.reject_reason) == (SanctionStatus.REJECTED, "Замын түгжрэл, тайлбар хүлээн авсан")
    assert services.award_blocked(uow, 1, TODAY) is None
    assert services.flag_answers(uow)[LATENESS] == rejected  # the flag shows the answer, not a new offer
    with pytest.raises(RefusedError):
        services.decide_sanction(uow, decided(rejected))
    with pytest.raises(RefusedError):
        services.sanction_order_draft(uow, rejected.id or 0)


def test_a_rejected_proposal_is_not_an_earlier_breach_for_13_1(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    services.reject_sanction(uow, proposal.id or 0, reason="Тайлбар хүлээн авсан")
    later = Sanction(1, "13.3.1.3", "", SanctionKind.WARNING, "А/90", date(2026, 12, 1), date(2026, 12, 1))
    assert not services.record_sanction(uow, later).repeated


def test_a_flag_the_log_no_longer_raises_is_refused(uow: FakeUnitOfWork) -> None:
    with pytest.raises(RefusedError) as caught:
        services.propose_sanction(uow, FlagKey(1, "13.3.1.3", date(2026, 11, 9)), today=TODAY)
    assert str(caught.value) == _("The attendance log no longer shows this flag.")


def test_a_stricter_threshold_raises_a_flag_the_regulation_would_not(uow: FakeUnitOfWork) -> None:
    week = FlagKey(1, "13.3.1.3", date(2026, 11, 16))
    services.record_attendance(uow, AttendanceEntry(1, date(2026, 11, 17), AttendanceKind.LATE, 5))
    services.record_attendance(uow, AttendanceEntry(1, date(2026, 11, 18), AttendanceKind.LATE, 5))
    with pytest.raises(RefusedError):
        services.propose_sanction(uow, week, today=TODAY)
    services.save_attendance_policy(uow, AttendancePolicy(lateness_per_week=1))
    assert services.propose_sanction(uow, week, today=TODAY).id is not None


def test_a_breach_removed_from_the_list_cannot_be_proposed(uow: FakeUnitOfWork) -> None:
    policy = DisciplinePolicy()
    services.save_discipline_policy(uow, replace(policy, breaches=policy.breaches[:5]))
    with pytest.raises(ValidationError) as caught:
        services.propose_sanction(uow, LATENESS, today=TODAY)
    assert [i.field for i in caught.value.report.errors] == ["breach_code"]


def test_the_order_draft_of_a_proposal_leaves_number_and_date_blank(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    order = services.sanction_order_draft(uow, proposal.id or 0)
    assert order.date_line == "____ оны ___ сарын ___ өдөр"
    assert order.number_line == "Дугаар ______"
    assert "сануулах" in order.clauses[0]


def test_an_annulled_answer_leaves_the_flag_open_again(uow: FakeUnitOfWork) -> None:
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    services.annul_sanction(uow, proposal.id or 0, reason="Буруу хүнд", on=TODAY)
    assert services.flag_answers(uow) == {}
    again = services.propose_sanction(uow, LATENESS, today=TODAY)
    assert again.id != proposal.id


def test_the_months_flags_come_with_their_answers(uow: FakeUnitOfWork) -> None:
    cases = services.month_flag_cases(uow, year=2026, month=11)
    assert [(c.key, c.since, c.amount, c.is_absence, c.answer) for c in cases] == [
        (ABSENCE, date(2026, 11, 4), 3 * DAY + 30, True, None),
        (LATENESS, date(2026, 11, 2), 4, False, None),
    ]
    proposal = services.propose_sanction(uow, LATENESS, today=TODAY)
    assert [c.answer for c in services.month_flag_cases(uow, year=2026, month=11)] == [None, proposal]


def test_the_printed_summary_deducts_by_the_stored_threshold(uow: FakeUnitOfWork) -> None:
    def deducted() -> int:
        return services.attendance_document(uow, year=2026, month=11).lines[0].minutes[5]

    assert deducted() == 3 * DAY + 30
    services.save_attendance_policy(uow, AttendancePolicy(absence_after_days=4))
    assert deducted() == 0
