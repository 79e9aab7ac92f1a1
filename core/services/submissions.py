"""A form sent twice saves once: the submission id every opened form carries (reliability.md R3).

A crash (or a second click) between the commit and the form closing makes the secretary send
the same form again. The form's submission id (a UUID made when it opened) is stored with the
record under a UNIQUE index, so a create path first looks it up inside its own unit of work
(whose ``BEGIN IMMEDIATE`` holds the write lock, so nobody can add it in between) and answers
with the stored record. The index is the backstop: a repository turns its violation into
:class:`DuplicateSubmissionError`, and the answer is the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from core.ports import UnitOfWork

T = TypeVar("T")


class DuplicateSubmissionError(Exception):
    """A repository refused a second record for a submission id it already holds."""

    def __init__(self, submission_id: str) -> None:
        super().__init__(f"submission {submission_id} is already saved")
        self.submission_id = submission_id


def create_once(
    uow: UnitOfWork, submission_id: str | None, *, find: Callable[[str], T | None], create: Callable[[], T]
) -> T:
    """Inside an open unit of work: the record saved for *submission_id*, else what *create* saves.

    Args:
        uow: The open unit of work; rolled back if the UNIQUE index refuses *create*'s insert.
        submission_id: The form's id; ``None`` (import, command line) always creates.
        find: Looks the id up in the unit of work's current transaction.
        create: Validates, adds and commits; called at most once.

    Returns:
        The stored record, or the new one.
    """
    if submission_id is None:
        return create()
    existing = find(submission_id)
    if existing is not None:
        return existing
    try:
        return create()
    except DuplicateSubmissionError:
        # Only reachable if the look-up above missed a row another writer committed: the
        # failed insert spoiled this transaction, so the answer is read in a fresh one.
        uow.rollback()
        existing = find(submission_id)
        if existing is None:
            raise
        return existing


def save_once(
    uow: UnitOfWork,
    record_id: int | None,
    submission_id: str | None,
    *,
    find: Callable[[str], T | None],
    save: Callable[[], T],
) -> T:
    """Inside an open unit of work: *save* an edit (the record has an id) as it is, a new record once.

    For records whose checked save both adds and updates (a leave draft, a schedule entry).
    """
    if record_id is not None:
        return save()
    return create_once(uow, submission_id, find=find, create=save)
