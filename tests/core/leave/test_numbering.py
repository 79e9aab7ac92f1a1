"""Slip numbers: sequential per year, gap-free under voids, reprints and a failed print (§3.1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from core import services
from core.documents.models import SlipDocument
from core.leave.entities import LeaveSlip, SlipNumber, SlipStatus
from core.services import NotFoundError
from tests.core.leave.conftest import Office, leave
from tests.fakes import FakeUnitOfWork

NOW = datetime(2026, 3, 2, 10, 30)


def draft(uow: FakeUnitOfWork, office: Office, day: str) -> LeaveSlip:
    return services.save_draft(uow, leave(office.specialist, day, day, end_time="13:00"))


def printed(uow: FakeUnitOfWork, office: Office, day: str, now: datetime = NOW) -> LeaveSlip:
    slip = draft(uow, office, day)
    assert slip.id is not None
    return services.print_slip(uow, slip.id, now=now).slip


def numbers(uow: FakeUnitOfWork) -> list[str]:
    page = services.list_slips(uow)
    return sorted(str(item.number) for item in page.items if item.number is not None)


def test_numbers_follow_each_other_from_0001(uow: FakeUnitOfWork, office: Office) -> None:
    slips = [printed(uow, office, day) for day in ("2026-03-03", "2026-03-04", "2026-03-05")]
    assert [str(slip.number) for slip in slips] == ["2026-0001", "2026-0002", "2026-0003"]


def test_voids_and_reprints_leave_no_gap(uow: FakeUnitOfWork, office: Office) -> None:
    first = printed(uow, office, "2026-03-03")
    assert first.id is not None
    services.void_slip(uow, first.id, reason="Огноо буруу бичигдсэн")
    services.print_slip(uow, first.id, now=NOW)  # a copy of the void slip
    second = printed(uow, office, "2026-03-04")
    services.print_slip(uow, second.id or 0, now=NOW)
    third = printed(uow, office, "2026-03-05")
    assert [str(s.number) for s in (first, second, third)] == ["2026-0001", "2026-0002", "2026-0003"]
    assert numbers(uow) == ["2026-0001", "2026-0002", "2026-0003"]
    assert services.get_slip(uow, first.id).status is SlipStatus.VOIDED  # the number stays, marked void


def test_a_failed_print_gives_the_number_back(uow: FakeUnitOfWork, office: Office) -> None:
    """The renderer fails after the number was taken: nothing is recorded, the next print reuses it."""
    printed(uow, office, "2026-03-03")
    slip = draft(uow, office, "2026-03-04")
    assert slip.id is not None

    def crash(document: SlipDocument) -> None:
        assert document.number == "2026-0002"
        raise OSError("printer unplugged")

    with pytest.raises(OSError):
        services.print_slip(uow, slip.id, now=NOW, render=crash)
    assert services.get_slip(uow, slip.id).status is SlipStatus.DRAFT
    assert uow.slip_prints.for_slip(slip.id) == []
    assert str(services.print_slip(uow, slip.id, now=NOW).slip.number) == "2026-0002"


def test_a_new_year_starts_at_0001(uow: FakeUnitOfWork, office: Office) -> None:
    printed(uow, office, "2026-12-28", now=datetime(2026, 12, 24, 9, 0))
    printed(uow, office, "2026-12-30", now=datetime(2026, 12, 25, 9, 0))
    january = printed(uow, office, "2027-01-05", now=datetime(2027, 1, 4, 9, 0))
    assert january.number == SlipNumber(2027, 1)


def test_a_reprint_is_a_recorded_copy(uow: FakeUnitOfWork, office: Office) -> None:
    slip = printed(uow, office, "2026-03-03")
    assert slip.id is not None and slip.number is not None
    again = services.reprint_slip(uow, slip.number, now=datetime(2026, 3, 5, 9, 0))
    assert again.is_copy and again.document.is_copy
    assert again.document.number == "2026-0001"
    assert again.document.issued_on == "2026 оны 03 дугаар сарын 02-ны өдөр"  # the original's date
    assert again.slip.print_count == 2
    assert [p.is_copy for p in uow.slip_prints.for_slip(slip.id)] == [False, True]


def test_a_void_slip_prints_as_void(uow: FakeUnitOfWork, office: Office) -> None:
    slip = printed(uow, office, "2026-03-03")
    assert slip.id is not None
    services.void_slip(uow, slip.id, reason="Давхардсан")
    document = services.print_slip(uow, slip.id, now=NOW).document
    assert (document.is_void, document.is_copy, document.void_reason) == (True, True, "Давхардсан")


def test_reprinting_an_unknown_number_is_refused(uow: FakeUnitOfWork, office: Office) -> None:
    draft(uow, office, "2026-03-03")
    with pytest.raises(NotFoundError, match="2026-0001"):
        services.reprint_slip(uow, SlipNumber(2026, 1), now=NOW)
