"""What the printed vacation schedule says, cell by cell; the PDF and the .xlsx both read it.

The texts are Mongolian whatever the interface language: the schedule is an official paper the
chief signs (house style 17).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.grammar import genitive
from core.official_dates import month_phrase, official_date
from core.vacation.schedule import ScheduleChange
from core.vacation.schedule_view import ScheduleRow, ScheduleView

APPROVE_WORD = "БАТЛАВ."
DRAFT_MARK = "ТӨСӨЛ"
HEADERS: tuple[str, ...] = (
    "№",
    "Овог, нэр",
    "Албан тушаал",
    "Ажилласан жил",
    "Амралтын эрх, ажлын өдөр",
    "Амралт эхлэх",
    "Амралт дуусах",
    "Ажлын өдөр",
    "Гарын үсэг",
    "Тайлбар",
)
NO_DEPARTMENT = "Удирдлага"
SIGN_DOTS = "." * 24


@dataclass(frozen=True, slots=True)
class ScheduleGroup:
    """One department's part: its heading (with the head's agreement) and its lines."""

    heading: str
    lines: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class ScheduleDocument:
    """The schedule as printed: the approval block, the title, the department groups."""

    office_name: str
    year: int
    title: str
    approval: tuple[str, ...]
    groups: tuple[ScheduleGroup, ...]
    draft: bool


def day_text(day: date | None) -> str:
    """ "2026.08.03", the short date the schedule's cells use; empty while not planned."""
    return "" if day is None else f"{day:%Y.%m.%d}"


def _change_text(change: ScheduleChange) -> str:
    old = f"{day_text(change.old_starts_on)}–{day_text(change.old_ends_on)}" if change.old_starts_on else "төлөвлөөгүй"
    return f"{day_text(change.changed_on)} өөрчилсөн ({old}): {change.reason}"


def _line(number: int, row: ScheduleRow) -> tuple[str, ...]:
    entry = row.entry
    note = "; ".join(filter(None, (entry.note, *(_change_text(c) for c in row.changes))))
    return (
        str(number),
        row.name,
        row.position_title,
        str(row.years_of_service),
        str(row.entitled_days),
        day_text(entry.starts_on),
        day_text(entry.ends_on),
        str(entry.working_days) if entry.planned else "",
        "",
        note,
    )


def _approval(view: ScheduleView) -> tuple[str, ...]:
    schedule = view.schedule
    title = (schedule.approver_title if schedule and schedule.approver_title else view.settings.chief_title).upper()
    if schedule is not None and schedule.approved_on is not None:
        return APPROVE_WORD, title, f"{SIGN_DOTS} /{schedule.approved_by}/", official_date(schedule.approved_on)
    march = month_phrase(date(view.year, 3, 1))
    return APPROVE_WORD, title, f"{SIGN_DOTS} /{' ' * 24}/", f"{view.year} оны {march} ....-ны өдөр"


def _heading(view: ScheduleView, department_id: int | None, name: str) -> str:
    heading = name or NO_DEPARTMENT
    agreement = view.agreements.get(department_id) if department_id is not None else None
    if agreement is None:
        return heading
    return f"{heading} — зөвшилцсөн: {agreement.head_name}, {day_text(agreement.agreed_on)}"


def schedule_document(view: ScheduleView) -> ScheduleDocument:
    """The printed schedule of *view*, numbered through the whole office, grouped by department."""
    groups: list[ScheduleGroup] = []
    number = 0
    for department_id, name in view.departments:
        lines = []
        for row in view.rows_of(department_id):
            number += 1
            lines.append(_line(number, row))
        groups.append(ScheduleGroup(_heading(view, department_id, name), tuple(lines)))
    office = view.settings.official_name
    title = f"{genitive(office)} {view.year} оны ээлжийн амралтын хуваарь".upper()
    return ScheduleDocument(office, view.year, title, _approval(view), tuple(groups), not view.approved)
