"""A form sent twice saves once, on the in-memory unit of work (reliability.md R3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core import services
from core.ports import UnitOfWork
from core.services.submissions import DuplicateSubmissionError, create_once
from tests.core.leave.conftest import Office, build_office, leave
from tests.core.submission_cases import CASES, new_id
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__)
def test_a_form_sent_twice_saves_once(uow: FakeUnitOfWork, office: Office, case: Callable[..., None]) -> None:
    case(uow, office)


def test_the_unique_index_is_the_backstop(uow: FakeUnitOfWork, office: Office) -> None:
    """The look-up missed (another writer won the race): the refused insert answers the same."""
    form = leave(office.specialist, "2026-03-03", "2026-03-03", end_time="13:00", submission_id=new_id())
    first = services.save_draft(uow, form)
    commits = uow.commits
    with uow:
        found = []

        def blind_first(submission_id: str) -> object:
            found.append(submission_id)  # the first look-up sees nothing, the second the row
            return None if len(found) == 1 else uow.leave_slips.by_submission(submission_id)

        def insert() -> object:
            return uow.leave_slips.add(form)

        answer = create_once(uow, form.submission_id, find=blind_first, create=insert)
    assert answer == first
    assert uow.commits == commits
    assert services.list_slips(uow).total == 1


def test_the_backstop_does_not_hide_a_missing_record(uow: FakeUnitOfWork) -> None:
    def refuse() -> object:
        raise DuplicateSubmissionError("x")

    with uow, pytest.raises(DuplicateSubmissionError):
        create_once(uow, "x", find=lambda _id: None, create=refuse)


def test_the_fake_refuses_a_second_row_like_the_index(uow: UnitOfWork, office: Office) -> None:
    form = leave(office.specialist, "2026-03-03", "2026-03-03", end_time="13:00", submission_id=new_id())
    with uow:
        uow.leave_slips.add(form)
        with pytest.raises(DuplicateSubmissionError):
            uow.leave_slips.add(form)
