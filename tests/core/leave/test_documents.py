"""The words printed on the slip and the draft order (domain §5, §7; house style 17)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import docx
import pytest

from core import services
from core.documents.leave_order import render_order_docx, render_order_pdf
from core.grammar import genitive
from core.leave.entities import LeaveKind, PayDecision, WorkSchedule
from core.leave.wording import clause_reference, leave_period, unit_genitive
from core.services import RefusedError
from tests.core.documents.pdf_tools import all_text, render
from tests.core.leave.conftest import GOVERNOR_NAME, Office, at, leave
from tests.fakes import FakeUnitOfWork

NOW = datetime(2026, 7, 6, 10, 0)


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (
            at("2026-07-09"),
            at("2026-07-16", "18:00"),
            "2026 оны 07 дугаар сарын 09-ний өдрөөс 07 дугаар сарын 16-ны өдөр хүртэл",
        ),
        (at("2026-03-05"), at("2026-03-05", "18:00"), "2026 оны 03 дугаар сарын 05-ны өдөр"),
        (at("2026-03-05"), at("2026-03-05", "13:00"), "2026 оны 03 дугаар сарын 05-ны өдөр (09:00–13:00)"),
        (
            at("2026-03-05", "14:00"),
            at("2026-03-06", "12:00"),
            "2026 оны 03 дугаар сарын 05-ны өдрийн 14:00 цагаас 03 дугаар сарын 06-ны өдрийн 12:00 цаг хүртэл",
        ),
        (
            at("2026-12-30"),
            at("2027-01-04", "18:00"),
            "2026 оны 12 дугаар сарын 30-ны өдрөөс 2027 оны 01 дүгээр сарын 04-ний өдөр хүртэл",
        ),
    ],
)
def test_the_period_in_official_words(start: datetime, end: datetime, words: str) -> None:
    assert leave_period(start, end, WorkSchedule()) == words


@pytest.mark.parametrize(
    ("clauses", "words"),
    [
        (["6.5", "6.6"], "6.5, 6.6 дахь заалт"),
        (["6.5", "6.6", "6.8.1"], "6.5, 6.6, 6.8.1 дэх заалт"),
        (["6.4"], "6.4 дэх заалт"),
        (["6.7"], "6.7 дахь заалт"),
        (["6.9"], "6.9 дэх заалт"),
        (["6.10"], "6.10 дахь заалт"),
        (["6.5", "6.6а"], "6.5, 6.6а дахь заалт"),  # an office-edited code: the number is зургаа
        (["6.8.1б"], "6.8.1б дэх заалт"),
    ],
)
def test_clause_references_follow_vowel_harmony(clauses: list[str], words: str) -> None:
    assert clause_reference(clauses) == words


@pytest.mark.parametrize(
    ("name", "head_title", "words"),
    [
        ("Хууль, эрх зүйн хэлтэс", "Хууль, эрх зүйн хэлтсийн дарга", "Хууль, эрх зүйн хэлтсийн"),
        ("Архивын тасаг", "", "Архивын тасгийн"),
        ("Нийтлэг үйлчилгээний газар", "", "Нийтлэг үйлчилгээний газрын"),
        ("Цэргийн штаб", "Цэргийн штабын дарга", "Цэргийн штабын"),
    ],
)
def test_a_unit_in_the_genitive(name: str, head_title: str, words: str) -> None:
    assert unit_genitive(name, head_title) == words


def test_genitive_of_the_office() -> None:
    assert genitive("Архангай аймгийн Засаг даргын Тамгын газар") == "Архангай аймгийн Засаг даргын Тамгын газрын"


def test_the_slip_as_printed(uow: FakeUnitOfWork, office: Office) -> None:
    draft = leave(
        office.specialist,
        "2026-07-09",
        "2026-07-16",
        reason_text="эхийгээ асрах",
        recommended_by="Р.Отгонжаргал",
        recommended_on=date(2026, 7, 6),
    )
    slip = services.save_draft(uow, draft)
    document = services.print_slip(uow, slip.id or 0, now=NOW).document
    assert document.office_name == "Архангай аймгийн Засаг даргын Тамгын газар"
    assert (document.number, document.issued_on) == ("2026-0001", "2026 оны 07 дугаар сарын 06-ны өдөр")
    assert (document.employee_name, document.position, document.department) == (
        "Ч.Тамираа",
        "Ахлах мэргэжилтэн",
        "Хууль, эрх зүйн хэлтэс",
    )
    assert document.kind == "Хүндэтгэн үзэх шалтгаанаар олгох чөлөө"
    assert document.reason.endswith("хүндээр өвчилсөн (эхийгээ асрах)")
    assert document.reason_clause == "6.8.1"
    assert document.period == "2026 оны 07 дугаар сарын 09-ний өдрөөс 07 дугаар сарын 16-ны өдөр хүртэл"
    assert (document.duration, document.pay) == ("2 ажлын өдөр", "Цалинтай")
    assert [(s.caption, s.title, s.name) for s in document.signatures] == [
        ("Чөлөө хүссэн", "Ахлах мэргэжилтэн", "Ч.ТАМИРАА"),
        ("Санал болгосон", "Хууль, эрх зүйн хэлтсийн дарга", "Р.ОТГОНЖАРГАЛ"),
        ("Зөвшөөрсөн", "Тамгын газрын дарга", "Д.БАТБАЯР"),
    ]
    assert document.recommendation == "Санал болгосон (6.4 дэх заалт): Р.Отгонжаргал, 2026.07.06"
    assert not document.is_copy and not document.is_void


def test_a_one_day_slip_has_no_recommending_line(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(
        uow,
        leave(
            office.specialist,
            "2026-03-05",
            "2026-03-05",
            end_time="13:00",
            reason_code="other",
            reason_text="Шүдний эмчид үзүүлэх",
        ),
    )
    document = services.slip_document(uow, slip.id or 0, copy=False)
    assert [s.caption for s in document.signatures] == ["Чөлөө хүссэн", "Зөвшөөрсөн"]
    assert document.signatures[-1].title == "Хууль, эрх зүйн хэлтсийн дарга"
    assert (document.reason, document.reason_clause) == ("Шүдний эмчид үзүүлэх", "6.4")
    assert (document.duration, document.number, document.issued_on) == ("4 цаг", "", "")


def test_the_draft_order_for_a_long_leave(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(
        uow, leave(office.specialist, "2026-03-02", "2026-03-13", pay=PayDecision.PAID, reason_code="6.8.1")
    )
    order = services.order_draft(uow, slip.id or 0)
    assert order.heading == "ТАМГЫН ГАЗРЫН ДАРГЫН ТУШААЛ"
    assert order.title == "Чөлөө олгох тухай"
    assert order.basis == (
        "Архангай аймгийн Засаг даргын Тамгын газрын дотоод журмын 6.5, 6.6, 6.8.1 дэх заалтыг үндэслэн ТУШААХ НЬ:"
    )
    assert order.clauses == (
        "2026 оны 03 дугаар сарын 02-ны өдрөөс 03 дугаар сарын 13-ны өдөр хүртэл 10 ажлын өдрийн цалинтай "
        "чөлөөг дараах албан хаагчид олгосугай: Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн Ч.Тамираа.",
    )
    assert (order.signature.title, order.signature.name) == ("Тамгын газрын дарга", "Д.БАТБАЯР")
    assert order.is_draft


def test_the_printed_order_numbers_its_paragraph_once(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-09", pay=PayDecision.UNPAID))
    order = services.order_draft(uow, slip.id or 0)
    out = io.BytesIO()
    render_order_docx(order, out)
    numbered = [p.text for p in docx.Document(io.BytesIO(out.getvalue())).paragraphs if p.text.startswith("1.")]
    assert numbered == [
        "1. 2026 оны 03 дугаар сарын 02-ны өдрөөс 03 дугаар сарын 09-ний өдөр хүртэл 6 ажлын өдрийн цалингүй "
        "чөлөөг дараах албан хаагчид олгосугай: Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн Ч.Тамираа."
    ]
    text = " ".join(all_text(render(render_order_pdf, order)).split())
    assert "1. 2026 оны 03 дугаар сарын 02-ны" in text
    assert "1. 1." not in text


def test_the_order_names_part_days_as_a_length(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(
        uow, leave(office.specialist, "2026-03-02", "2026-03-09", end_time="10:00", pay=PayDecision.UNPAID)
    )
    (paragraph,) = services.order_draft(uow, slip.id or 0).clauses
    assert "5 ажлын өдөр 1 цаг хугацааны цалингүй чөлөөг" in paragraph


def test_the_chiefs_own_leave_is_a_governors_decree(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, leave(office.chief, "2026-03-02", "2026-03-06"))
    order = services.order_draft(uow, slip.id or 0)
    assert order.heading == "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ЗАХИРАМЖ"
    assert order.basis.endswith("ЗАХИРАМЖЛАХ НЬ:")
    assert order.clauses[0].endswith("олгосугай: Тамгын газрын дарга Д.Батбаяр.")
    assert (order.signature.title, order.signature.name) == ("Архангай аймгийн Засаг дарга", GOVERNOR_NAME.upper())


def test_the_childcare_order_cites_the_labour_law(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2027-03-01", kind=LeaveKind.CHILDCARE))
    order = services.order_draft(uow, slip.id or 0)
    assert order.basis.startswith("Хөдөлмөрийн тухай хуулийн 102-106 дугаар зүйл, Архангай аймгийн")
    assert "6.7 дахь заалтыг" in order.basis
    assert "хүүхэд асрах чөлөөг дараах албан хаагчид олгосугай" in order.clauses[0]


def test_no_order_for_a_slip_leave_or_an_undecided_pay(uow: FakeUnitOfWork, office: Office) -> None:
    short = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-03"))
    with pytest.raises(RefusedError, match="6.5"):
        services.order_draft(uow, short.id or 0)
    undecided = services.save_draft(uow, leave(office.specialist, "2026-03-09", "2026-03-20"))
    with pytest.raises(RefusedError, match="6.6"):
        services.order_draft(uow, undecided.id or 0)


def test_an_office_edited_clause_code_words_the_order(uow: FakeUnitOfWork, office: Office) -> None:
    """A clause with a letter (stored by an earlier version, or typed elsewhere) no longer stops the order."""
    settings = uow.store.leave_settings.value
    uow.store.leave_settings.value = replace(settings, policy=replace(settings.policy, pay_clause="6.6а"))
    slip = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-09", pay=PayDecision.UNPAID))
    assert services.order_draft(uow, slip.id or 0).basis == (
        "Архангай аймгийн Засаг даргын Тамгын газрын дотоод журмын 6.5, 6.6а дахь заалтыг үндэслэн ТУШААХ НЬ:"
    )
