"""Regulation 2.3 on leave documents: whoever holds the role on the leave's first day signs."""

from __future__ import annotations

from datetime import date

import pytest

from core import services
from core.entities import ActingAssignment, Employee, SigningRole
from tests.core.leave.conftest import Office, leave
from tests.fakes import FakeUnitOfWork

CHIEF_TITLE = "Тамгын газрын дарга"
ACTING_CHIEF = "Тамгын газрын даргын үүрэг гүйцэтгэгч"


@pytest.fixture
def chief_away(uow: FakeUnitOfWork, office: Office) -> Office:
    """The chief is away 13–24 July 2026; the head of the administration department acts."""
    assert office.admin_head.id is not None
    services.save_acting(
        uow,
        ActingAssignment(
            SigningRole.CHIEF, office.admin_head.id, date(2026, 7, 13), date(2026, 7, 24), order_number="А/77"
        ),
    )
    return office


@pytest.mark.parametrize(
    ("start", "end", "title", "name", "acting"),
    [
        ("2026-07-07", "2026-07-09", CHIEF_TITLE, "Д.Батбаяр", False),  # before the absence
        ("2026-07-09", "2026-07-20", CHIEF_TITLE, "Д.Батбаяр", False),  # acting starts mid-leave: the start decides
        ("2026-07-16", "2026-07-17", ACTING_CHIEF, "С.Энхболд", True),  # acting covers the start
        ("2026-07-27", "2026-07-28", CHIEF_TITLE, "Д.Батбаяр", False),  # after it
    ],
)
def test_the_chief_or_the_acting_chief_approves(
    uow: FakeUnitOfWork, chief_away: Office, start: str, end: str, title: str, name: str, acting: bool
) -> None:
    preview = services.leave_preview(uow, leave(chief_away.specialist, start, end))
    assert (preview.approving.title, preview.approving.name, preview.approving.is_acting) == (title, name, acting)


def test_the_acting_title_is_printed_on_the_slip(uow: FakeUnitOfWork, chief_away: Office) -> None:
    slip = services.save_draft(uow, leave(chief_away.specialist, "2026-07-16", "2026-07-17"))
    assert slip.id is not None
    document = services.slip_document(uow, slip.id, copy=False)
    approved = document.signatures[-1]
    assert (approved.caption, approved.title, approved.name) == ("Зөвшөөрсөн", ACTING_CHIEF, "С.ЭНХБОЛД")


def head_away(uow: FakeUnitOfWork, office: Office, acting: Employee) -> None:
    """The Legal head is away 2–6 March 2026; *acting* acts for her."""
    assert acting.id is not None and office.legal.id is not None
    services.save_acting(
        uow,
        ActingAssignment(
            SigningRole.DEPARTMENT_HEAD, acting.id, date(2026, 3, 2), date(2026, 3, 6), department_id=office.legal.id
        ),
    )


def test_an_acting_head_signs_for_their_department(uow: FakeUnitOfWork, office: Office) -> None:
    head_away(uow, office, office.archivist)
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-03", "2026-03-03"))
    assert (preview.approving.title, preview.approving.name) == (
        "Хууль, эрх зүйн хэлтсийн даргын үүрэг гүйцэтгэгч",
        "Г.Өлзийбат",
    )


def test_nobody_approves_their_own_leave_as_acting_head(uow: FakeUnitOfWork, office: Office) -> None:
    """The specialist acting for her head asks for a day: the decision goes up to the chief."""
    head_away(uow, office, office.specialist)
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-03", "2026-03-03"))
    assert (preview.approving.title, preview.approving.name) == (CHIEF_TITLE, "Д.Батбаяр")


def test_the_acting_head_recommends_on_the_day_of_the_recommendation(uow: FakeUnitOfWork, office: Office) -> None:
    head_away(uow, office, office.archivist)
    draft = leave(office.specialist, "2026-03-10", "2026-03-12", recommended_on=date(2026, 3, 4))
    preview = services.leave_preview(uow, draft)
    assert preview.recommending is not None
    assert (preview.recommending.name, preview.recommending.is_acting) == ("Г.Өлзийбат", True)
