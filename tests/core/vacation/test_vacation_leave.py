"""Annual vacation as a kind of leave: the chief's order, paid, whole days, parts of its year."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

import docx
import pytest

from core import services
from core.documents.leave_order import render_order_docx, render_order_pdf
from core.entities import Employee
from core.leave.entities import Approver, DocumentForm, LeaveKind, LeaveSlip, PayDecision
from core.validation import ValidationError
from tests.core.documents.pdf_tools import all_text, render
from tests.core.leave.conftest import Office, build_office, leave
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


def with_service_from(uow: FakeUnitOfWork, person: Employee, career_started_on: date) -> Employee:
    return services.save_employee(uow, replace(person, career_started_on=career_started_on))


def vacation(person: Employee, start: str, end: str, **changes: Any) -> LeaveSlip:
    return leave(person, start, end, kind=LeaveKind.VACATION, **changes)


def refusal_codes(uow: FakeUnitOfWork, draft: LeaveSlip) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as refused:
        services.save_draft(uow, draft)
    return [(i.field, i.code) for i in refused.value.report.errors]


def test_a_vacation_is_the_chiefs_order_and_paid(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, vacation(office.specialist, "2026-03-02", "2026-03-03"))
    assert preview.decision.form is DocumentForm.ORDER  # even 2 days
    assert preview.decision.approver is Approver.CHIEF
    assert preview.slip.pay is PayDecision.PAID
    assert preview.decision.approver_clause == "6.11"
    assert preview.vacation is not None and preview.vacation.entitled_days == 20  # 13 years of service: 15 + 5
    saved = services.save_draft(uow, vacation(office.specialist, "2026-03-02", "2026-03-13"))
    assert (saved.vacation_year, saved.working_minutes) == (2026, 10 * 8 * 60)


def test_a_first_part_of_9_out_of_18_is_refused(uow: FakeUnitOfWork, office: Office) -> None:
    person = with_service_from(uow, office.specialist, date(2018, 1, 1))  # 8 years: 15 + 3
    # 2 – 12 March 2026 holds 9 working days (8 March is a Sunday holiday)
    assert refusal_codes(uow, vacation(person, "2026-03-02", "2026-03-12")) == [("ends_at", "no_long_part")]


def test_a_first_part_of_9_out_of_24_is_allowed(uow: FakeUnitOfWork, office: Office) -> None:
    person = with_service_from(uow, office.specialist, date(2003, 1, 1))  # 23 years: 15 + 9
    saved = services.save_draft(uow, vacation(person, "2026-03-02", "2026-03-12"))
    assert saved.working_minutes == 9 * 8 * 60


def test_after_a_long_part_short_parts_are_fine_until_the_days_run_out(uow: FakeUnitOfWork, office: Office) -> None:
    person = with_service_from(uow, office.specialist, date(2018, 1, 1))  # 18 days
    services.save_draft(uow, vacation(person, "2026-03-02", "2026-03-13"))  # 10 days
    services.save_draft(uow, vacation(person, "2026-04-06", "2026-04-08"))  # 3 days
    assert refusal_codes(uow, vacation(person, "2026-05-04", "2026-05-11")) == [("ends_at", "too_many_days")]  # 6 > 5
    services.save_draft(uow, vacation(person, "2026-05-04", "2026-05-08"))  # the last 5


def test_a_void_vacation_gives_its_days_back(uow: FakeUnitOfWork, office: Office) -> None:
    person = with_service_from(uow, office.specialist, date(2018, 1, 1))
    first = services.save_draft(uow, vacation(person, "2026-03-02", "2026-03-13"))
    services.delete_draft(uow, first.id or 0)
    services.save_draft(uow, vacation(person, "2026-04-06", "2026-04-23"))  # all 18 again


def test_a_vacation_is_whole_working_days(uow: FakeUnitOfWork, office: Office) -> None:
    draft = vacation(office.specialist, "2026-03-02", "2026-03-13", end_time="13:00")
    assert refusal_codes(uow, draft) == [("ends_at", "whole_days")]


def test_an_edited_draft_does_not_count_against_itself(uow: FakeUnitOfWork, office: Office) -> None:
    person = with_service_from(uow, office.specialist, date(2018, 1, 1))
    saved = services.save_draft(uow, vacation(person, "2026-03-02", "2026-03-20"))  # 15 of 18
    services.save_draft(uow, replace(saved, ends_at=saved.ends_at.replace(day=24)))  # 17, counted once


def test_the_vacation_order_draft(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, vacation(office.specialist, "2026-03-02", "2026-03-13"))
    order = services.order_draft(uow, slip.id or 0)
    assert order.title == "Ээлжийн амралт олгох тухай"
    assert order.basis == (
        "Хөдөлмөрийн тухай хуулийн 99 дүгээр зүйл, Архангай аймгийн Засаг даргын Тамгын газрын дотоод журмын "
        "6.11 дэх заалтыг үндэслэн ТУШААХ НЬ:"
    )
    assert order.clauses[0] == (
        "2026 оны ээлжийн амралтыг 2026 оны 03 дугаар сарын 02-ны өдрөөс 03 дугаар сарын 13-ны өдөр хүртэл "
        "10 ажлын өдрөөр дараах албан хаагчид олгосугай: Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн Ч.Тамираа."
    )
    assert "нягтлан бодогчид" in order.clauses[1]
    text = " ".join(all_text(render(render_order_pdf, order)).split())
    for words in (
        "Ээлжийн амралт олгох тухай",
        "Ч.Тамираа",
        "2026 оны 03 дугаар сарын 02-ны өдрөөс 03 дугаар сарын 13-ны өдөр хүртэл",
        "10 ажлын өдрөөр",
        "99 дүгээр зүйл",
    ):
        assert words in text
    out = io.BytesIO()
    render_order_docx(order, out)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(out.getvalue())).paragraphs]
    assert any(p.startswith("1. 2026 оны ээлжийн амралтыг") for p in paragraphs)


def test_the_register_lists_a_vacation_as_its_own_kind(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, vacation(office.specialist, "2026-03-02", "2026-03-13"))
    services.record_order(uow, slip.id or 0, order_number="А/21", signed_on=date(2026, 2, 25))
    register = services.monthly_register(uow, 2026, 3)
    (entry,) = [e for person in register.people for e in person.entries]
    assert entry.reason == "2026 оны ээлжийн амралт (Хөдөлмөрийн тухай хуулийн 99 дүгээр зүйл)"
    assert (entry.number, entry.paid, entry.minutes) == ("Тушаал А/21", True, 10 * 8 * 60)
