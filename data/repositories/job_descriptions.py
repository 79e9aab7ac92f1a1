"""Job description versions: header columns plus the JSON body of ``data.job_description_json``."""

from __future__ import annotations

import builtins
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.i18n import _
from core.job_description.entities import DescriptionStatus, JobDescription, JobDescriptionSummary
from core.services.errors import RefusedError
from data.job_description_json import BodyFormatError, decode_body, encode_body
from data.records import DepartmentRecord, JobDescriptionRecord, PositionRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new


class UnreadableDescriptionError(RefusedError):
    """A stored body this build cannot read: shown as a message, never as a crash.

    Only that one version is affected; the list (header columns) still shows it.
    """

    def __init__(self, description_id: int, detail: str) -> None:
        super().__init__(
            _("Job description {id} cannot be read; it may have been written by a newer Tamga.").format(
                id=description_id
            )
        )
        self.detail = detail


class SqlJobDescriptionRepository:
    """``core.ports.JobDescriptionRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, description_id: int) -> JobDescription | None:
        """The version with this id, or ``None``.

        Raises:
            UnreadableDescriptionError: its body is not in a format this build reads.
        """
        return self._description(self._session.get(JobDescriptionRecord, description_id))

    def by_submission(self, submission_id: str) -> JobDescription | None:
        """The version a form with *submission_id* created, or ``None``.

        Raises:
            UnreadableDescriptionError: its body is not in a format this build reads.
        """
        statement = select(JobDescriptionRecord).where(JobDescriptionRecord.submission_id == submission_id)
        return self._description(self._session.scalars(statement).first())

    def _description(self, record: JobDescriptionRecord | None) -> JobDescription | None:
        if record is None:
            return None
        try:
            sections = decode_body(record.body)
        except BodyFormatError as error:
            raise UnreadableDescriptionError(record.id, str(error)) from error
        return JobDescription(
            position_id=record.position_id,
            version=record.version,
            status=DescriptionStatus(record.status),
            based_on_id=record.based_on_id,
            id=record.id,
            submission_id=record.submission_id,
            **sections,
        )

    def summaries(self, *, position_id: int | None = None) -> builtins.list[JobDescriptionSummary]:
        """Versions with the position's current title and unit, by position then version."""
        statement = (
            select(JobDescriptionRecord, PositionRecord.title, DepartmentRecord.name)
            .join(PositionRecord, PositionRecord.id == JobDescriptionRecord.position_id)
            .outerjoin(DepartmentRecord, DepartmentRecord.id == PositionRecord.department_id)
            .order_by(JobDescriptionRecord.position_id, JobDescriptionRecord.version)
        )
        if position_id is not None:
            statement = statement.where(JobDescriptionRecord.position_id == position_id)
        return [
            JobDescriptionSummary(
                id=record.id,
                position_id=record.position_id,
                version=record.version,
                status=DescriptionStatus(record.status),
                position_title=title,
                department_name=department or "",
                effective_on=record.effective_on,
                approved_on=record.approved_on,
                based_on_id=record.based_on_id,
            )
            for record, title, department in self._session.execute(statement)
        ]

    def add(self, description: JobDescription) -> JobDescription:
        """Save a new version; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = JobDescriptionRecord(submission_id=description.submission_id)
        _fill(record, description)
        self._session.add(record)
        flush_new(self._session, description.submission_id)
        return replace(description, id=record.id)

    def update(self, description: JobDescription) -> JobDescription:
        """Raises ``MissingRecordError`` if *description* is not saved."""
        _fill(require(self._session, JobDescriptionRecord, description.id), description)
        self._session.flush()
        return description

    def delete(self, description_id: int) -> None:
        """Raises ``MissingRecordError`` if there is no such version."""
        self._session.delete(require(self._session, JobDescriptionRecord, description_id))
        self._session.flush()


def _fill(record: JobDescriptionRecord, description: JobDescription) -> None:
    if description.position_id is None:
        raise ValueError("a stored job description belongs to a position")
    record.position_id = description.position_id
    record.version = description.version
    record.status = description.status.value
    record.effective_on = description.general.effective_on
    record.approved_on = description.general.approved_on
    record.based_on_id = description.based_on_id
    record.body = encode_body(description)
