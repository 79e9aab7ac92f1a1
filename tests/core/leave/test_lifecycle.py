"""A slip's life: draft → printed → signed → closed on return; a mistake is voided, never edited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from core import services
from core.entities import ActingAssignment, EmploymentEvent, EventKind, SigningRole
from core.i18n import _
from core.leave.entities import CalendarChange, LeaveKind, LeaveSlip, PayDecision, SlipStatus
from core.services import RefusedError
from core.validation import ValidationError
from tests.core.leave.conftest import Office, at, leave
from tests.fakes import FakeUnitOfWork

NOW = datetime(2026, 3, 2, 10, 30)


def printed(uow: FakeUnitOfWork, draft: LeaveSlip) -> LeaveSlip:
    slip = services.save_draft(uow, draft)
    assert slip.id is not None
    return services.print_slip(uow, slip.id, now=NOW).slip


@pytest.fixture
def slip(uow: FakeUnitOfWork, office: Office) -> LeaveSlip:
    """Wed 4 – Fri 6 March 2026, three working days, printed as 2026-0001."""
    return printed(uow, leave(office.specialist, "2026-03-04", "2026-03-06"))


def test_a_draft_is_counted_and_paid_by_the_rules(uow: FakeUnitOfWork, office: Office) -> None:
    saved = services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-06", reason_text="  эмнэлэг  "))
    assert (saved.status, saved.number, saved.working_minutes, saved.pay) == (
        SlipStatus.DRAFT,
        None,
        1440,
        PayDecision.PAID,
    )
    assert saved.reason_text == "эмнэлэг"


def test_an_overlap_is_refused_naming_the_slip(uow: FakeUnitOfWork, office: Office, slip: LeaveSlip) -> None:
    with pytest.raises(ValidationError, match="2026-0001") as refused:
        services.save_draft(uow, leave(office.specialist, "2026-03-06", "2026-03-09"))
    assert [issue.code for issue in refused.value.report.errors] == ["overlap"]


def test_an_overlap_with_a_draft_says_draft(uow: FakeUnitOfWork, office: Office) -> None:
    services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04"))
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-04", "2026-03-04", start_time="14:00"))
    (issue,) = preview.report.errors
    assert issue.code == "overlap" and _("draft") in issue.message


def test_leaves_that_only_touch_do_not_overlap(uow: FakeUnitOfWork, office: Office) -> None:
    services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04", end_time="13:00"))
    services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04", start_time="13:00"))


def test_a_void_slip_no_longer_blocks_its_period(uow: FakeUnitOfWork, office: Office, slip: LeaveSlip) -> None:
    assert slip.id is not None
    services.void_slip(uow, slip.id, reason="Хугацаа өөрчлөгдсөн")
    assert services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-05")).id is not None


def test_a_printed_slip_cannot_be_edited_or_deleted(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    assert slip.id is not None
    with pytest.raises(RefusedError, match="2026-0001"):
        services.save_draft(uow, replace(slip, reason_text="өөрчилсөн"))
    with pytest.raises(RefusedError, match="2026-0001"):
        services.delete_draft(uow, slip.id)


def test_a_draft_may_be_deleted(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04"))
    assert draft.id is not None
    services.delete_draft(uow, draft.id)
    assert services.list_slips(uow).total == 0


def test_a_draft_cannot_be_voided(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04"))
    with pytest.raises(RefusedError):
        services.void_slip(uow, draft.id or 0, reason="x")


def test_voiding_needs_a_reason(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    with pytest.raises(ValidationError):
        services.void_slip(uow, slip.id or 0, reason="  ")


def test_signed_then_closed_on_time(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    assert slip.id is not None
    signed = services.sign_slip(uow, slip.id, signed_on=date(2026, 3, 3))
    assert (signed.status, signed.signed_by, signed.signed_on) == (SlipStatus.SIGNED, "Д.Батбаяр", date(2026, 3, 3))
    closed = services.record_return(uow, slip.id, returned_at=at("2026-03-09", "09:00"))
    assert (closed.status, closed.overrun_minutes) == (SlipStatus.CLOSED, 0)  # Monday morning: on time


def test_6_9_a_late_return_is_recorded_as_absence(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    assert slip.id is not None
    services.sign_slip(uow, slip.id, signed_on=date(2026, 3, 3))
    closed = services.record_return(uow, slip.id, returned_at=at("2026-03-10", "11:00"))
    assert closed.overrun_minutes == 480 + 120  # all of Monday 9 March and two hours of Tuesday


def test_a_slip_is_signed_only_after_printing(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    with pytest.raises(ValidationError):
        services.sign_slip(uow, slip.id or 0, signed_on=date(2026, 3, 1))


def test_a_return_needs_a_signed_slip(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    with pytest.raises(RefusedError):
        services.record_return(uow, slip.id or 0, returned_at=at("2026-03-09"))


def test_an_order_form_leave_is_not_printed_as_a_slip(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-06"))
    with pytest.raises(ValidationError) as refused:
        services.print_slip(uow, draft.id or 0, now=NOW)
    assert [issue.code for issue in refused.value.report.errors] == ["order_form"]
    assert "6.5" in refused.value.report.errors[0].message


def test_a_slip_needing_a_pay_decision_is_not_printed(uow: FakeUnitOfWork, office: Office) -> None:
    policy = replace(services.get_leave_settings(uow).policy, order_from_days=10)
    services.save_leave_settings(uow, replace(services.get_leave_settings(uow), policy=policy))
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-09"))  # 6 days, on a slip
    with pytest.raises(ValidationError, match="6.6"):
        services.print_slip(uow, draft.id or 0, now=NOW)


def test_the_signed_order_is_recorded_with_its_number(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-13", pay=PayDecision.UNPAID))
    signed = services.record_order(uow, draft.id or 0, order_number="А/45", signed_on=date(2026, 2, 27))
    assert (signed.status, signed.order_number, signed.number) == (SlipStatus.SIGNED, "А/45", None)
    assert (signed.position_title, signed.department_name) == ("Ахлах мэргэжилтэн", "Хууль, эрх зүйн хэлтэс")
    with pytest.raises(RefusedError, match="А/45"):
        services.print_slip(uow, draft.id or 0, now=NOW)


def test_an_order_is_not_recorded_without_the_pay_decision(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-13"))
    with pytest.raises(ValidationError, match="6.6"):
        services.record_order(uow, draft.id or 0, order_number="А/45", signed_on=date(2026, 2, 27))


def test_a_slip_leave_has_no_order(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-03"))
    with pytest.raises(RefusedError, match="6.5"):
        services.record_order(uow, draft.id or 0, order_number="А/45", signed_on=date(2026, 2, 27))


def test_the_printed_slip_keeps_its_post_after_a_transfer(uow: FakeUnitOfWork, office: Office, slip: LeaveSlip) -> None:
    services.save_employee(uow, replace(office.specialist, position_id=None))
    document = services.print_slip(uow, slip.id or 0, now=NOW).document
    assert (document.position, document.department) == ("Ахлах мэргэжилтэн", "Хууль, эрх зүйн хэлтэс")


def test_a_printed_slip_keeps_its_working_time_when_the_calendar_changes(uow: FakeUnitOfWork, slip: LeaveSlip) -> None:
    services.add_calendar_change(uow, CalendarChange(date(2026, 3, 5), False, "Засаг даргын захирамж"))
    assert services.get_slip(uow, slip.id or 0).working_minutes == 1440
    assert services.print_slip(uow, slip.id or 0, now=NOW).document.duration == "3 ажлын өдөр"


def test_childcare_leave_is_given_by_order(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2027-03-01", kind=LeaveKind.CHILDCARE))
    signed = services.record_order(uow, draft.id or 0, order_number="А/46", signed_on=date(2026, 2, 27))
    assert signed.pay is PayDecision.UNPAID


def test_a_draft_cannot_be_saved_as_printed(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-04"))
    with pytest.raises(RefusedError):
        services.save_draft(uow, replace(draft, status=SlipStatus.SIGNED))
    with pytest.raises(RefusedError):
        services.save_draft(uow, leave(office.specialist, "2026-03-05", "2026-03-05", status=SlipStatus.PRINTED))


def test_a_copy_names_the_officials_of_the_original(uow: FakeUnitOfWork, office: Office) -> None:
    """The chief, the head and the acting official change after printing: copies still say what was signed."""
    first = services.print_slip(
        uow, services.save_draft(uow, leave(office.specialist, "2026-03-04", "2026-03-05")).id or 0, now=NOW
    )
    assert first.slip.id is not None
    stored = services.get_slip(uow, first.slip.id)
    assert (
        stored.approver_role,
        stored.approver_title,
        stored.approver_name,
        stored.recommender_title,
        stored.recommender_name,
    ) == ("chief", "Тамгын газрын дарга", "Д.Батбаяр", "Хууль, эрх зүйн хэлтсийн дарга", "Р.Отгонжаргал")
    services.save_settings(uow, replace(services.get_settings(uow), chief_employee_id=office.admin_head.id))
    services.save_department(uow, replace(office.legal, head_employee_id=office.admin_head.id))
    services.save_acting(
        uow,
        ActingAssignment(SigningRole.CHIEF, office.legal_head.id or 0, date(2026, 3, 1), date(2026, 3, 31)),
    )
    copy = services.print_slip(uow, first.slip.id, now=datetime(2026, 3, 10, 9))
    assert copy.is_copy
    assert copy.document.signatures == first.document.signatures
    assert [(line.title, line.name) for line in copy.document.signatures[1:]] == [
        ("Хууль, эрх зүйн хэлтсийн дарга", "Р.ОТГОНЖАРГАЛ"),
        ("Тамгын газрын дарга", "Д.БАТБАЯР"),
    ]
    signed = services.sign_slip(uow, first.slip.id, signed_on=date(2026, 3, 10))
    assert signed.signed_by == "Д.Батбаяр"


def test_a_recorded_order_keeps_its_approver(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-09", pay=PayDecision.UNPAID))
    signed = services.record_order(uow, draft.id or 0, order_number="А/45", signed_on=date(2026, 2, 27))
    assert (signed.approver_title, signed.approver_name, signed.signed_by) == (
        "Тамгын газрын дарга",
        "Д.Батбаяр",
        "Д.Батбаяр",
    )
    services.save_settings(uow, replace(services.get_settings(uow), chief_employee_id=office.admin_head.id))
    document = services.slip_document(uow, draft.id or 0, copy=True)
    assert document.signatures[-1].name == "Д.БАТБАЯР"


@pytest.mark.parametrize("kind", [EventKind.DISMISSED, EventKind.RELEASED])
def test_no_leave_for_someone_who_has_left(uow: FakeUnitOfWork, office: Office, kind: EventKind) -> None:
    draft = services.save_draft(uow, leave(office.archivist, "2026-03-03", "2026-03-03"))
    services.record_event(
        uow,
        EmploymentEvent(
            office.archivist.id or 0, kind, date(2026, 1, 10), order_number="А/1", order_date=date(2026, 1, 9)
        ),
    )
    message = _("This employee has left the office (released or dismissed); leave cannot be given.")
    preview = services.leave_preview(uow, leave(office.archivist, "2026-03-04", "2026-03-04"))
    assert [(i.field, i.code, i.message) for i in preview.report.errors] == [("employee_id", "employee_left", message)]
    assert not preview.can_save
    with pytest.raises(ValidationError) as refused:
        services.save_draft(uow, leave(office.archivist, "2026-03-04", "2026-03-04"))
    assert [(i.field, i.code) for i in refused.value.report.errors] == [("employee_id", "employee_left")]
    with pytest.raises(ValidationError):
        services.print_slip(uow, draft.id or 0, now=NOW)
    assert services.get_slip(uow, draft.id or 0).number is None
