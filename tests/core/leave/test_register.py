"""6.10: the monthly register per person, clipped to the month, with 6.9 absences."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core import services
from core.documents.models import RegisterDocument
from core.leave.entities import CalendarChange, LeaveSlip, PayDecision
from tests.core.leave.conftest import Office, at, leave
from tests.fakes import FakeUnitOfWork

DAY = 480


def printed(uow: FakeUnitOfWork, draft: LeaveSlip, now: datetime = datetime(2026, 1, 5, 9, 0)) -> LeaveSlip:
    slip = services.save_draft(uow, draft)
    return services.print_slip(uow, slip.id or 0, now=now).slip


@pytest.fixture
def january(uow: FakeUnitOfWork, office: Office) -> Office:
    """Leaves around the turn of January 2026 in every state."""
    # Thu 29 Jan – Tue 3 Feb: two working days in each month.
    spanning = printed(uow, leave(office.specialist, "2026-01-29", "2026-02-03"))
    services.sign_slip(uow, spanning.id or 0, signed_on=date(2026, 1, 5))
    # Back on Wednesday 4 Feb at 11:00 instead of 09:00: two hours of absence in February (6.9).
    services.record_return(uow, spanning.id or 0, returned_at=at("2026-02-04", "11:00"))
    printed(uow, leave(office.specialist, "2026-01-12", "2026-01-12", end_time="13:00"))  # 4 hours
    printed(uow, leave(office.archivist, "2026-01-20", "2026-01-20"))
    void = printed(uow, leave(office.archivist, "2026-01-21", "2026-01-21"))
    services.void_slip(uow, void.id or 0, reason="Алдаатай")
    services.save_draft(uow, leave(office.legal_head, "2026-01-22", "2026-01-22"))  # a draft: not given
    order = services.save_draft(uow, leave(office.legal_head, "2026-01-05", "2026-01-13", pay=PayDecision.UNPAID))
    services.record_order(uow, order.id or 0, order_number="А/03", signed_on=date(2026, 1, 2))
    return office


def register(uow: FakeUnitOfWork, month: int) -> RegisterDocument:
    return services.monthly_register(uow, 2026, month)


def test_people_in_mongolian_order_with_their_leaves(uow: FakeUnitOfWork, january: Office) -> None:
    document = register(uow, 1)
    assert document.title == "2026 оны 01 дүгээр сарын чөлөөний бүртгэл"
    assert [p.name for p in document.people] == ["Раднаа Отгонжаргал", "Ганбат Өлзийбат", "Чулуун Тамираа"]
    head, archivist, specialist = document.people
    assert [(e.number, e.minutes, e.paid) for e in head.entries] == [("Тушаал А/03", 7 * DAY, False)]
    assert [(e.number, e.minutes) for e in archivist.entries] == [("2026-0003", DAY)]  # 2026-0004 is void
    assert [(e.number, e.period, e.minutes) for e in specialist.entries] == [
        ("2026-0002", "01.12 09:00 – 01.12 13:00", 240),
        ("2026-0001", "01.29 09:00 – 01.31 18:00", 2 * DAY),
    ]


def test_totals_per_person_and_for_the_office(uow: FakeUnitOfWork, january: Office) -> None:
    document = register(uow, 1)
    assert [(p.paid_minutes, p.unpaid_minutes) for p in document.people] == [(0, 7 * DAY), (DAY, 0), (240 + 2 * DAY, 0)]
    assert (document.paid_minutes, document.unpaid_minutes) == (DAY + 240 + 2 * DAY, 7 * DAY)
    assert document.minutes_per_day == DAY


def test_the_next_month_gets_the_rest_and_the_late_return(uow: FakeUnitOfWork, january: Office) -> None:
    (person,) = register(uow, 2).people
    (entry,) = person.entries
    assert (entry.number, entry.period, entry.minutes, entry.overrun_minutes) == (
        "2026-0001",
        "02.01 09:00 – 02.03 18:00",
        2 * DAY,
        120,
    )
    assert person.overrun_minutes == 120


def test_a_month_without_leave_is_empty(uow: FakeUnitOfWork, january: Office) -> None:
    assert register(uow, 3).people == ()


def test_the_reason_is_written_in_words_with_its_clause(uow: FakeUnitOfWork, january: Office) -> None:
    archivist = register(uow, 1).people[1]
    reason = archivist.entries[0].reason
    assert reason.endswith("(6.8.1)")
    assert reason.startswith("Өөрөө болон гэр бүлийн гишүүн")


def _minutes_of(document: RegisterDocument, number: str) -> list[tuple[str, int, int]]:
    return [
        (entry.period, entry.minutes, entry.overrun_minutes)
        for person in document.people
        for entry in person.entries
        if entry.number == number
    ]


def test_the_months_add_up_to_the_signed_slip_after_a_calendar_change(uow: FakeUnitOfWork, january: Office) -> None:
    """Fri 30 Jan is made a day off after signing: January shrinks, February keeps the slip's total."""
    services.add_calendar_change(uow, CalendarChange(date(2026, 1, 30), False, "Засаг даргын захирамж"))
    (jan,) = _minutes_of(register(uow, 1), "2026-0001")
    (feb,) = _minutes_of(register(uow, 2), "2026-0001")
    assert (jan[1], feb[1]) == (DAY, 3 * DAY)
    assert jan[1] + feb[1] == 4 * DAY  # the slip's stored working_minutes


def test_a_leave_seen_only_by_its_late_return_shows_the_absence(uow: FakeUnitOfWork, office: Office) -> None:
    # Thu 29 – Sat 31 Jan (ends Friday); back Mon 2 Feb at 12:00: three hours of absence in February.
    slip = printed(uow, leave(office.archivist, "2026-01-29", "2026-01-30"))
    services.sign_slip(uow, slip.id or 0, signed_on=date(2026, 1, 5))
    services.record_return(uow, slip.id or 0, returned_at=at("2026-02-02", "12:00"))
    assert _minutes_of(register(uow, 2), "2026-0001") == [("02.01 09:00 – 02.02 12:00", 0, 180)]
