"""The UNIQUE submission-id index as the backstop of ``core.services.submissions``."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.services.submissions import DuplicateSubmissionError


def flush_new(session: Session, submission_id: str | None) -> None:
    """Flush an added record; a second record for *submission_id* raises the core error.

    Raises:
        DuplicateSubmissionError: The submission id is already stored (the session's
            transaction is then spoiled: the unit of work must roll back).
        IntegrityError: Any other constraint refused the record.
    """
    try:
        session.flush()
    except IntegrityError as error:
        if submission_id is not None and "submission_id" in str(error.orig):
            raise DuplicateSubmissionError(submission_id) from error
        raise
