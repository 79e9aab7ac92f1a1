"""A form sent twice saves once (R3): the same cases on the fake and on SQLite.

Each case saves a new record with a submission id, sends the same form again and checks
that the answer is the first record and that nothing else was written.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from core import services
from core.entities import EmployeeStatus, EmploymentEvent, EventKind
from core.leave.entities import SlipStatus
from core.ports import UnitOfWork
from tests.core.builders import employee
from tests.core.leave.conftest import Office, leave

TODAY = date(2026, 3, 2)


def new_id() -> str:
    return str(uuid.uuid4())


def events_of(uow: UnitOfWork, employee_id: int) -> list[EmploymentEvent]:
    return services.employee_history(uow, employee_id)


def employee_sent_twice(uow: UnitOfWork, office: Office) -> None:
    form = employee(position_id=office.specialist.position_id, appointed_on=date(2025, 9, 1), submission_id=new_id())
    first = services.save_employee(uow, form, today=TODAY)
    count = len(services.list_employee_items(uow))
    again = services.save_employee(uow, form, today=TODAY)  # would fail as a duplicate РД if checked
    assert again == first
    assert first.id is not None and first.submission_id == form.submission_id
    assert len(services.list_employee_items(uow)) == count
    assert [e.kind for e in events_of(uow, first.id)] == [EventKind.APPOINTED]


def event_sent_twice(uow: UnitOfWork, office: Office) -> None:
    person = office.archivist
    assert person.id is not None
    before = len(events_of(uow, person.id))
    form = EmploymentEvent(
        employee_id=person.id,
        kind=EventKind.SUSPENDED,
        effective_on=date(2026, 3, 2),
        order_number="Б/12",
        order_date=date(2026, 2, 27),
        submission_id=new_id(),
    )
    first = services.record_event(uow, form)
    again = services.record_event(uow, form)  # a second suspension would be refused
    assert first.status is again.status is EmployeeStatus.SUSPENDED
    assert again == first
    history = events_of(uow, person.id)
    assert len(history) == before + 1
    assert history[-1].submission_id == form.submission_id


def slip_sent_twice(uow: UnitOfWork, office: Office) -> None:
    form = leave(office.specialist, "2026-03-03", "2026-03-03", end_time="13:00", submission_id=new_id())
    first = services.save_draft(uow, form)
    again = services.save_draft(uow, form)  # would overlap the first if saved
    assert again == first and first.id is not None
    assert services.list_slips(uow).total == 1
    printed = services.print_slip(uow, first.id, now=datetime(2026, 3, 2, 10, 0)).slip
    after_print = services.save_draft(uow, form)
    assert after_print == printed and after_print.status is SlipStatus.PRINTED
    assert services.list_slips(uow).total == 1


def description_sent_twice(uow: UnitOfWork, office: Office) -> None:
    position_id = office.specialist.position_id
    assert position_id is not None
    form = replace(
        services.new_job_description(uow, position_id), purpose="Хууль тогтоомжийг хэрэгжүүлэх", submission_id=new_id()
    )
    first = services.save_job_description(uow, form)
    again = services.save_job_description(uow, form)  # a second draft of the post would be refused
    assert again == first and first.id is not None
    assert [s.id for s in services.description_versions(uow, position_id)] == [first.id]


def copy_is_not_the_same_submission(uow: UnitOfWork, office: Office) -> None:
    """Revising keeps the source's body but is its own record, so it carries no submission id."""
    position_id = office.specialist.position_id
    assert position_id is not None
    form = replace(services.new_job_description(uow, position_id), submission_id=new_id())
    first = services.save_job_description(uow, form)
    assert first.id is not None
    copy = services.copy_job_description(uow, first.id, office.legal_head.position_id or 0)
    assert copy.id != first.id and copy.submission_id is None


def without_id_each_save_creates(uow: UnitOfWork, office: Office) -> None:
    for day in ("2026-03-03", "2026-03-04"):
        services.save_draft(uow, leave(office.specialist, day, day, end_time="13:00"))
    assert services.list_slips(uow).total == 2


CASES = [
    employee_sent_twice,
    event_sent_twice,
    slip_sent_twice,
    description_sent_twice,
    copy_is_not_the_same_submission,
    without_id_each_save_creates,
]
