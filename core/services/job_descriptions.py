"""Job descriptions: versions per position, drafting, approval, copies, print and Word.

A version is revised, never overwritten: approving freezes it, and "revise" starts the next
version as a draft copy. A position has at most one draft at a time, so "the description
being worked on" is never ambiguous.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from core.civil_service import position_class
from core.entities import Position
from core.i18n import _
from core.job_description.entities import (
    DescriptionReading,
    DescriptionStatus,
    Endorsement,
    GeneralInfo,
    JobDescription,
    JobDescriptionSummary,
)
from core.job_description.normalize import normalize_description
from core.job_description.validation import validate_description
from core.job_description.versions import in_force
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.services.submissions import create_once
from core.validation import ValidationError, ValidationReport

#: File types a description is written to, by suffix.
EXPORT_SUFFIXES = (".pdf", ".docx")


def list_job_descriptions(uow: UnitOfWork) -> list[JobDescriptionSummary]:
    """Every version of every position's description."""
    with uow:
        return uow.job_descriptions.summaries()


def description_versions(uow: UnitOfWork, position_id: int) -> list[JobDescriptionSummary]:
    """A position's versions, oldest first."""
    with uow:
        return sorted(uow.job_descriptions.summaries(position_id=position_id), key=lambda s: s.version)


def get_job_description(uow: UnitOfWork, description_id: int) -> JobDescription:
    with uow:
        return _stored(uow, description_id)


def _stored(uow: UnitOfWork, description_id: int) -> JobDescription:
    """The version with this id, inside an open unit of work; gone (deleted meanwhile) is refused."""
    description = uow.job_descriptions.get(description_id)
    if description is None:
        raise NotFoundError(_("This job description is not in the records any more."))
    return description


def _position(uow: UnitOfWork, position_id: int) -> Position:
    position = uow.positions.get(position_id)
    if position is None:
        raise NotFoundError(_("The position is not in the records any more."))
    return position


def _classification(position: Position) -> str:
    """ "Ахлах түшмэл, ТЗ-7" as the template prints it; the class alone when there is no rank."""
    rank = position.rank.strip()
    rank = rank[:1].upper() + rank[1:]
    return ", ".join(part for part in (rank, position_class(position)) if part)


def _position_facts(uow: UnitOfWork, position: Position, general: GeneralInfo) -> GeneralInfo:
    """Section I's organisation, unit, title and class as the office records them today."""
    department = uow.departments.get(position.department_id) if position.department_id is not None else None
    return replace(
        general,
        organisation=uow.settings.get().official_name,
        unit=department.name if department is not None else "",
        position_title=position.title,
        classification=_classification(position),
    )


def _reports_to(uow: UnitOfWork, position: Position) -> str:
    """Whom the holder answers to: the unit's head; a head answers to the chief, the chief to the Governor."""
    settings = uow.settings.get()
    chief = uow.employees.get(settings.chief_employee_id) if settings.chief_employee_id is not None else None
    if position.title == settings.chief_title or (chief is not None and chief.position_id == position.id):
        return settings.superior_title
    department = uow.departments.get(position.department_id) if position.department_id is not None else None
    if department is None or not department.head_title or _heads(uow, position, department.head_employee_id):
        return settings.chief_title
    return department.head_title


def _heads(uow: UnitOfWork, position: Position, head_employee_id: int | None) -> bool:
    """Whether *position* is its unit's head post: the head holds it, or it bears the head's title."""
    department = uow.departments.get(position.department_id) if position.department_id is not None else None
    if department is not None and position.title == department.head_title:
        return True
    head = uow.employees.get(head_employee_id) if head_employee_id is not None else None
    return head is not None and head.position_id == position.id


def new_job_description(uow: UnitOfWork, position_id: int) -> JobDescription:
    """An unsaved first draft for a position, with what the office records already know."""
    with uow:
        position = _position(uow, position_id)
        hours = uow.leave_settings.get().schedule.minutes_per_day // 60
        general = _position_facts(
            uow,
            position,
            GeneralInfo(working_hours=f"Ажлын өдөр {hours} цаг", working_conditions="Хэвийн"),
        )
        description = JobDescription(position_id=position_id, general=general)
        relations = replace(description.relations, reports_to=_reports_to(uow, position))
        return replace(description, relations=relations, version=_next_version(uow, position_id))


def _next_version(uow: UnitOfWork, position_id: int) -> int:
    return max((s.version for s in uow.job_descriptions.summaries(position_id=position_id)), default=0) + 1


def _draft_of(uow: UnitOfWork, position_id: int) -> JobDescriptionSummary | None:
    return next(
        (s for s in uow.job_descriptions.summaries(position_id=position_id) if s.status is DescriptionStatus.DRAFT),
        None,
    )


def _refuse_second_draft(uow: UnitOfWork, position_id: int, *, own_id: int | None = None) -> None:
    draft = _draft_of(uow, position_id)
    if draft is not None and draft.id != own_id:
        raise RefusedError(
            _("Version {version} of this position's description is still a draft; finish or delete it first.").format(
                version=draft.version
            )
        )


def check_job_description(description: JobDescription, *, for_approval: bool = False) -> ValidationReport:
    """The report the editor shows: what a save would refuse, and what approval will need."""
    return validate_description(normalize_description(description), for_approval=for_approval)


def save_job_description(uow: UnitOfWork, description: JobDescription) -> JobDescription:
    """Save a draft (new or edited). Unfinished parts are allowed; broken values are not."""
    description = normalize_description(description)
    report = validate_description(description)
    if not report.is_valid:
        raise ValidationError(report)
    position_id = description.position_id
    if position_id is None:
        raise RefusedError(_("Choose the position the description is for."))
    with uow:
        if description.id is None:
            # The editor sent again (same submission id) answers with the draft it saved.
            return create_once(
                uow,
                description.submission_id,
                find=lambda submission_id: uow.job_descriptions.by_submission(submission_id),
                create=lambda: _add_draft(uow, description, position_id),
            )
        _position(uow, position_id)
        stored = _stored(uow, description.id)
        if not stored.is_editable:
            raise RefusedError(_("An approved version cannot be changed; revise it to make a new version."))
        if stored.position_id != position_id:
            raise RefusedError(_("A description stays with its position; copy it to use it for another one."))
        saved = uow.job_descriptions.update(
            replace(description, status=DescriptionStatus.DRAFT, version=stored.version)
        )
        uow.commit()
    return saved


def _add_draft(uow: UnitOfWork, description: JobDescription, position_id: int) -> JobDescription:
    _position(uow, position_id)
    _refuse_second_draft(uow, position_id)
    draft = replace(description, status=DescriptionStatus.DRAFT, version=_next_version(uow, position_id))
    saved = uow.job_descriptions.add(draft)
    uow.commit()
    return saved


def approve_job_description(uow: UnitOfWork, description_id: int) -> JobDescription:
    """Freeze a draft as an approved version; every part the template needs must be there."""
    with uow:
        description = _stored(uow, description_id)
        if not description.is_editable:
            raise RefusedError(_("This version is already approved."))
        report = validate_description(description, for_approval=True)
        if not report.is_valid:
            raise ValidationError(report)
        effective = description.general.effective_on
        assert description.position_id is not None  # stored descriptions always have one
        for other in uow.job_descriptions.summaries(position_id=description.position_id):
            if other.status is DescriptionStatus.APPROVED and other.effective_on == effective:
                raise RefusedError(
                    _("Version {version} already applies from {day:%Y-%m-%d}; give this one its own date.").format(
                        version=other.version, day=effective
                    )
                )
        approved = uow.job_descriptions.update(_approved(description))
        uow.commit()
    return approved


def _approved(description: JobDescription) -> JobDescription:
    """Frozen; section I's approval date taken from the approving decision when left blank."""
    general = description.general
    if general.approved_on is None and description.endorsement.approval.decided_on is not None:
        general = replace(general, approved_on=description.endorsement.approval.decided_on)
    return replace(description, status=DescriptionStatus.APPROVED, general=general)


def _as_new_draft(source: JobDescription, position_id: int, version: int) -> JobDescription:
    """A copy that needs its own grounds, dates and decisions: those belong to one version only."""
    return replace(
        source,
        id=None,
        submission_id=None,  # the copy is a record of its own, not the source's form sent again
        position_id=position_id,
        version=version,
        status=DescriptionStatus.DRAFT,
        based_on_id=source.id,
        general=replace(source.general, grounds=(), effective_on=None, approved_on=None),
        endorsement=Endorsement(
            drafted_by=replace(source.endorsement.drafted_by, signed_on=None),
            review=replace(source.endorsement.review, decided_on=None, number=""),
            approval=replace(source.endorsement.approval, decided_on=None, number=""),
        ),
    )


def revise_job_description(uow: UnitOfWork, description_id: int) -> JobDescription:
    """Start the next version of an approved description as a draft copy of it."""
    with uow:
        source = _stored(uow, description_id)
        if source.is_editable:
            raise RefusedError(_("This version is a draft; edit it instead of revising it."))
        assert source.position_id is not None
        _refuse_second_draft(uow, source.position_id)
        draft = _as_new_draft(source, source.position_id, _next_version(uow, source.position_id))
        saved = uow.job_descriptions.add(draft)
        uow.commit()
    return saved


def copy_job_description(uow: UnitOfWork, source_id: int, position_id: int) -> JobDescription:
    """ "Start from another position's description": a draft for *position_id* with its own section I."""
    with uow:
        source = _stored(uow, source_id)
        position = _position(uow, position_id)
        _refuse_second_draft(uow, position_id)
        draft = _as_new_draft(source, position_id, _next_version(uow, position_id))
        draft = replace(draft, general=_position_facts(uow, position, draft.general))
        if source.position_id != position_id:
            draft = replace(draft, relations=replace(draft.relations, reports_to=_reports_to(uow, position)))
        saved = uow.job_descriptions.add(draft)
        uow.commit()
    return saved


def delete_job_description_draft(uow: UnitOfWork, description_id: int) -> None:
    """Only a draft can go; an approved version is part of the position's history."""
    with uow:
        description = _stored(uow, description_id)
        if not description.is_editable:
            raise RefusedError(_("An approved version is kept for the record and cannot be deleted."))
        uow.job_descriptions.delete(description_id)
        uow.commit()


def description_in_force(uow: UnitOfWork, position_id: int, on: date) -> JobDescriptionSummary | None:
    with uow:
        return in_force(uow.job_descriptions.summaries(position_id=position_id), on)


def employee_job_description(uow: UnitOfWork, employee_id: int, on: date) -> JobDescriptionSummary | None:
    """The version the employee works by on *on*: the one in force for their position."""
    with uow:
        employee = uow.employees.get(employee_id)
        if employee is None:
            raise NotFoundError(_("This employee is not in the records any more."))
        if employee.position_id is None:
            return None
        return in_force(uow.job_descriptions.summaries(position_id=employee.position_id), on)


def export_job_description(uow: UnitOfWork, description_id: int, path: Path) -> None:
    """Write the description as the official PDF or as a Word document, chosen by *path*'s suffix.

    Raises:
        RefusedError: the suffix is neither .pdf nor .docx.
    """
    suffix = path.suffix.casefold()
    if suffix not in EXPORT_SUFFIXES:
        raise RefusedError(_("Save the job description as a .pdf or .docx file."))
    description = get_job_description(uow, description_id)
    from core.files import write_atomically

    if suffix == ".pdf":
        from core.documents.job_description_pdf import render_job_description

        content = render_job_description(description)
    else:
        from core.documents.job_description_docx import job_description_docx

        content = job_description_docx(description)
    write_atomically(path, lambda temp: _write(temp, content))


def read_job_description_file(path: Path) -> DescriptionReading:
    """What a Word file holds, for the editor to show before anything is saved.

    Raises:
        RefusedError: the file cannot be read as a Word document.
    """
    from core.job_description.docx_import import read_job_description_docx

    try:
        data = path.read_bytes()
    except OSError as error:
        raise RefusedError(_("The file cannot be read: {error}").format(error=error.strerror or error)) from error
    return read_job_description_docx(data)


def import_job_description(uow: UnitOfWork, path: Path, position_id: int) -> tuple[JobDescription, DescriptionReading]:
    """Read a Word file and save it as the position's new draft (the command line's import)."""
    reading = read_job_description_file(path)
    description = replace(reading.description, position_id=position_id, id=None)
    return save_job_description(uow, description), reading


def _write(path: Path, content: bytes) -> None:
    path.write_bytes(content)


def find_job_description(uow: UnitOfWork, key: str, *, on: date) -> JobDescriptionSummary:
    """The version a command line names: a description id, or a position's title.

    For a title, the version in force on *on*; a position with none in force yet gives its
    latest version (usually the draft being written).

    Raises:
        NotFoundError: nothing matches.
        RefusedError: the title matches several positions; the message lists them.
    """
    from core.text import search_key

    with uow:
        summaries = uow.job_descriptions.summaries()
    if key.strip().isdigit():
        for summary in summaries:
            if summary.id == int(key):
                return summary
        raise NotFoundError(_("There is no job description with id {id}.").format(id=key.strip()))
    wanted = search_key(key)
    by_position: dict[int, list[JobDescriptionSummary]] = {}
    for summary in summaries:
        if wanted in search_key(listed_title(summary)):
            by_position.setdefault(summary.position_id, []).append(summary)
    exact = {
        pid: rows
        for pid, rows in by_position.items()
        if wanted in (search_key(rows[0].position_title), search_key(listed_title(rows[0])))
    }
    matches = exact if len(exact) == 1 else by_position
    if not matches:
        raise NotFoundError(_("No position with a job description is called “{title}”.").format(title=key))
    if len(matches) > 1:
        names = "; ".join(listed_title(rows[0]) for rows in matches.values())
        raise RefusedError(
            _(
                "“{title}” matches several positions: {names}. Give the title with its unit as listed here, "
                "or the description's id."
            ).format(title=key, names=names)
        )
    [rows] = matches.values()
    return in_force(rows, on) or max(rows, key=lambda s: s.version)


def listed_title(summary: JobDescriptionSummary) -> str:
    """ "Хэлтсийн дарга (Хууль, эрх зүйн хэлтэс)": how a position is told apart from its namesakes."""
    if not summary.department_name:
        return summary.position_title
    return f"{summary.position_title} ({summary.department_name})"
