"""A form sent twice saves once, on SQLite: the look-up and the UNIQUE index (reliability.md R3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from core import services
from core.services.submissions import DuplicateSubmissionError
from data import Database
from data.repositories.leave import SqlLeaveSlipRepository
from data.uow import SqlAlchemyUnitOfWork
from tests.core.builders import employee
from tests.core.leave.conftest import Office, build_office, leave
from tests.core.submission_cases import CASES, new_id


@pytest.fixture
def office(database: Database) -> Office:
    return build_office(database.uow_factory())


@pytest.fixture
def fresh(database: Database) -> SqlAlchemyUnitOfWork:
    """A unit of work not yet entered, as the services take it."""
    return database.uow_factory()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.__name__)
def test_a_form_sent_twice_saves_once(fresh: SqlAlchemyUnitOfWork, office: Office, case: Callable[..., None]) -> None:
    case(fresh, office)


def test_the_submission_id_is_stored_and_read_back(fresh: SqlAlchemyUnitOfWork, office: Office) -> None:
    form = employee(submission_id=new_id())
    saved = services.save_employee(fresh, form)
    assert saved.id is not None
    assert services.get_employee(fresh, saved.id).submission_id == form.submission_id


def test_an_edit_keeps_the_submission_id(fresh: SqlAlchemyUnitOfWork, office: Office) -> None:
    """The edit form's entity may come without it; the id stays with the record it created."""
    saved = services.save_employee(fresh, employee(submission_id=new_id()))
    assert saved.id is not None
    services.save_employee(fresh, replace(saved, phone="88001122", submission_id=None))
    stored = services.get_employee(fresh, saved.id)
    assert stored.phone == "88001122" and stored.submission_id == saved.submission_id


def test_the_index_refuses_a_second_row_as_a_core_error(fresh: SqlAlchemyUnitOfWork, office: Office) -> None:
    form = leave(office.specialist, "2026-03-03", "2026-03-03", end_time="13:00", submission_id=new_id())
    with fresh:
        fresh.leave_slips.add(form)
        with pytest.raises(DuplicateSubmissionError):
            fresh.leave_slips.add(
                replace(form, starts_at=form.starts_at.replace(day=4), ends_at=form.ends_at.replace(day=4))
            )


def test_a_lost_race_answers_with_the_winner(
    fresh: SqlAlchemyUnitOfWork, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look-up misses the row (as if another writer committed it in between): the index
    refuses the insert, the transaction is rolled back and the stored slip is the answer."""
    form = leave(office.specialist, "2026-03-03", "2026-03-03", end_time="13:00", submission_id=new_id())
    first = services.save_draft(fresh, form)
    real = SqlLeaveSlipRepository.by_submission
    calls: list[str] = []

    def blind_once(self: SqlLeaveSlipRepository, submission_id: str) -> object:
        calls.append(submission_id)
        return None if len(calls) == 1 else real(self, submission_id)

    monkeypatch.setattr(SqlLeaveSlipRepository, "by_submission", blind_once)
    monkeypatch.setattr(services.leave, "_preview", lambda _uow, slip: _Accepting(slip))
    again = services.save_draft(fresh, form)
    assert again == first and len(calls) == 2
    assert services.list_slips(fresh).total == 1


class _Accepting:
    """A preview that lets the draft through, so the insert reaches the index."""

    def __init__(self, slip: object) -> None:
        self.slip = slip
        self.report = _Valid()


class _Valid:
    is_valid = True
