"""The year's schedule over the fake unit of work: prepare, plan, agree, approve, change, planned days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

import pytest

from core.i18n import _
from core.leave.entities import LeaveKind, LeaveSlip, SlipStatus
from core.services.errors import RefusedError
from core.services.vacation_schedule import (
    agree_department,
    approval_check,
    approve_schedule,
    change_entry,
    entry_preview,
    get_schedule,
    planned_days,
    prepare_schedule,
    save_entry,
    schedule_years,
)
from core.vacation.schedule import ScheduleEntry
from core.validation import ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork

AUG_3, AUG_14 = date(2026, 8, 3), date(2026, 8, 14)  # Monday to Friday of the next week: 10 working days


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    return office_with_people(uow)


def entry_of(uow: FakeUnitOfWork, employee_id: int, year: int = 2026) -> ScheduleEntry:
    view = get_schedule(uow, year)
    return next(r.entry for r in view.rows if r.entry.employee_id == employee_id)


def planned(uow: FakeUnitOfWork, office: dict[str, Any], start: date = AUG_3, end: date = AUG_14) -> ScheduleEntry:
    prepare_schedule(uow, 2026)
    return save_entry(uow, replace(entry_of(uow, office["head"].id), starts_on=start, ends_on=end))


def test_preparing_adds_one_empty_entry_per_active_employee_in_their_department(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    view = prepare_schedule(uow, 2026)
    assert {r.name for r in view.rows} == {"Дорж Батбаяр", "Раднаа Отгонжаргал", "Ганбат Өлзийбат"}
    head_row = next(r for r in view.rows if r.entry.employee_id == office["head"].id)
    assert head_row.entry.department_id == office["legal"].id and head_row.department_name == office["legal"].name
    assert head_row.position_title == "Хэлтсийн дарга" and not head_row.entry.planned
    assert head_row.entitled_days == 20  # 15 + 5 for 11–15 years of service (career from 2012)
    assert view.departments == ((None, ""), (office["legal"].id, office["legal"].name))  # the chief first
    assert len(prepare_schedule(uow, 2026).rows) == 3  # preparing again adds nobody twice
    assert schedule_years(uow) == [2026]


def test_an_entry_is_saved_with_its_working_days_counted(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    saved = planned(uow, office)
    assert saved.working_days == 10
    assert entry_of(uow, office["head"].id) == saved


def test_naadam_days_are_not_counted(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    prepare_schedule(uow, 2026)
    entry = replace(entry_of(uow, office["head"].id), starts_on=date(2026, 7, 6), ends_on=date(2026, 7, 17))
    assert entry_preview(uow, entry).entry.working_days == 6  # 10 and 13–15 July are Naadam holidays


def test_an_overlapping_second_part_is_refused(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    first = planned(uow, office)
    second = ScheduleEntry(first.schedule_id, first.employee_id, starts_on=date(2026, 8, 10), ends_on=date(2026, 8, 21))
    with pytest.raises(ValidationError) as refused:
        save_entry(uow, second)
    assert refused.value.report.errors[0].code == "overlap"


def test_the_preview_warns_of_more_days_than_the_entitlement(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    prepare_schedule(uow, 2026)
    entry = replace(entry_of(uow, office["head"].id), starts_on=date(2026, 9, 1), ends_on=date(2026, 10, 30))
    preview = entry_preview(uow, entry)
    assert preview.entitled_days == 20 and preview.entry.working_days > 20
    assert preview.report.is_valid and preview.report.warnings[0].code == "over_entitlement"


def test_agreement_then_approval_by_the_chief(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    planned(uow, office)
    agreement = agree_department(
        uow, 2026, office["legal"].id, agreed_on=date(2026, 3, 10), head_name=" Раднаа Отгонжаргал "
    )
    assert agreement.head_name == "Раднаа Отгонжаргал"
    title, name, report = approval_check(uow, 2026, on=date(2026, 4, 2))
    assert (title, name) == ("Тамгын газрын дарга", "Д.БАТБАЯР")
    assert [i.code for i in report.warnings] == ["not_in_march"]
    approved = approve_schedule(uow, 2026, on=date(2026, 3, 20))
    assert approved.approved_by == "Д.БАТБАЯР" and approved.approver_title == "Тамгын газрын дарга"
    view = get_schedule(uow, 2026)
    assert view.approved and view.agreements[office["legal"].id].agreed_on == date(2026, 3, 10)
    with pytest.raises(RefusedError):
        approve_schedule(uow, 2026, on=date(2026, 3, 21))
    with pytest.raises(RefusedError):
        agree_department(uow, 2026, office["legal"].id, agreed_on=date(2026, 3, 22), head_name="Раднаа")


def test_after_approval_an_entry_changes_only_with_a_reason_and_the_change_is_kept(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    saved = planned(uow, office)
    approve_schedule(uow, 2026, on=date(2026, 3, 20))
    moved = replace(saved, starts_on=date(2026, 9, 7), ends_on=date(2026, 9, 18))
    with pytest.raises(RefusedError):
        save_entry(uow, moved)
    with pytest.raises(ValidationError) as refused:
        change_entry(uow, moved, reason="  ", on=date(2026, 6, 1))
    assert refused.value.report.for_field("reason")[0].message == _("Give the reason for the change (6.11).")
    assert entry_of(uow, office["head"].id) == saved  # nothing half-saved
    change_entry(uow, moved, reason="Ажлын шаардлагаар", on=date(2026, 6, 1))
    row = next(r for r in get_schedule(uow, 2026).rows if r.entry.employee_id == office["head"].id)
    assert (row.entry.starts_on, row.entry.working_days) == (date(2026, 9, 7), 10)
    (change,) = row.changes
    assert (change.old_starts_on, change.old_ends_on, change.new_starts_on) == (AUG_3, AUG_14, date(2026, 9, 7))
    assert (change.reason, change.changed_on) == ("Ажлын шаардлагаар", date(2026, 6, 1))
    with pytest.raises(RefusedError):
        change_entry(uow, row.entry, reason="Дахин", on=date(2026, 6, 2))  # the same dates: nothing to change


def test_a_change_before_approval_is_refused(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    saved = planned(uow, office)
    with pytest.raises(RefusedError):
        change_entry(uow, replace(saved, starts_on=date(2026, 9, 7)), reason="Ажлын шаардлагаар", on=date(2026, 3, 2))


def test_a_form_sent_twice_adds_one_entry(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    first = planned(uow, office)
    part = ScheduleEntry(
        first.schedule_id,
        first.employee_id,
        starts_on=date(2026, 11, 2),
        ends_on=date(2026, 11, 6),
        submission_id="s-1",
    )
    assert save_entry(uow, part) == save_entry(uow, part)
    assert len([r for r in get_schedule(uow, 2026).rows if r.entry.employee_id == first.employee_id]) == 2


def _vacation(employee_id: int, start: date, end: date, status: SlipStatus) -> LeaveSlip:
    return LeaveSlip(
        employee_id=employee_id,
        starts_at=datetime.combine(start, time(9)),
        ends_at=datetime.combine(end, time(18)),
        kind=LeaveKind.VACATION,
        status=status,
    )


@pytest.mark.parametrize(
    ("status", "left"),
    [(SlipStatus.SIGNED, 5), (SlipStatus.DRAFT, 5), (SlipStatus.VOIDED, 10)],
)
def test_planned_days_leave_out_the_days_a_vacation_leave_covers(
    uow: FakeUnitOfWork, office: dict[str, Any], status: SlipStatus, left: int
) -> None:
    saved = planned(uow, office)
    uow.leave_slips.add(_vacation(saved.employee_id, AUG_3, date(2026, 8, 7), status))
    uow.leave_slips.add(replace(_vacation(saved.employee_id, AUG_3, AUG_14, status), kind=LeaveKind.PERSONAL))
    assert planned_days(uow, 2026) == {saved.employee_id: left}
    assert planned_days(uow, 2027) == {}


def test_a_unit_a_schedule_names_is_not_deleted(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    from core.entities import Department
    from core.services.office import delete_department, save_department

    closed = save_department(uow, Department(name="Татан буугдсан хэлтэс"))  # no positions left
    assert closed.id is not None
    schedule = prepare_schedule(uow, 2026).schedule
    assert schedule is not None and schedule.id is not None
    uow.vacation_schedule.add_entry(ScheduleEntry(schedule.id, office["head"].id, closed.id))
    with pytest.raises(RefusedError) as refused:
        delete_department(uow, closed.id)
    assert str(refused.value) == _("A vacation schedule names this unit; it is kept for the schedule's history.")
