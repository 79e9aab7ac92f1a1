"""From the services to paper: the printed slip and order carry the words the rules chose."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from core import services
from core.documents.fonts import default_font_dir, register_fonts
from core.documents.leave_order import render_order_docx, render_order_pdf
from core.documents.leave_slip import render_leave_slip
from core.documents.models import SlipDocument
from core.entities import ActingAssignment, SigningRole
from core.leave.entities import PayDecision
from tests.core.documents.pdf_tools import all_text, fonts
from tests.core.leave.conftest import Office, leave
from tests.fakes import FakeUnitOfWork


@pytest.fixture(autouse=True, scope="module")
def registered_fonts() -> None:
    register_fonts(default_font_dir())


def test_the_printed_slip(uow: FakeUnitOfWork, office: Office) -> None:
    assert office.admin_head.id is not None
    services.save_acting(
        uow, ActingAssignment(SigningRole.CHIEF, office.admin_head.id, date(2026, 7, 6), date(2026, 7, 24))
    )
    slip = services.save_draft(uow, leave(office.specialist, "2026-07-09", "2026-07-16"))
    out = io.BytesIO()

    def render(document: SlipDocument) -> None:
        render_leave_slip(document, out)

    services.print_slip(uow, slip.id or 0, now=datetime(2026, 7, 6, 9, 30), render=render)
    text = all_text(out.getvalue())
    for words in (
        "ЧӨЛӨӨНИЙ ХУУДАС",
        "2026-0001",
        "Ч.Тамираа",
        "2026 оны 07 дугаар сарын 06-ны өдөр",
        "07 дугаар сарын 16-ны өдөр хүртэл",
        "2 ажлын өдөр",
        "Тамгын газрын даргын үүрэг гүйцэтгэгч",
        "С.ЭНХБОЛД",
        "Р.ОТГОНЖАРГАЛ",
    ):
        assert words in text
    assert "ХУУЛБАР" not in text
    assert fonts(out.getvalue()) and all(embedded for _name, embedded in fonts(out.getvalue()))


def test_the_printed_order(uow: FakeUnitOfWork, office: Office) -> None:
    slip = services.save_draft(uow, leave(office.specialist, "2026-03-02", "2026-03-13", pay=PayDecision.UNPAID))
    order = services.order_draft(uow, slip.id or 0)
    out = io.BytesIO()
    render_order_pdf(order, out)
    text = all_text(out.getvalue())
    assert "Чөлөө олгох тухай" in text and "10 ажлын өдрийн цалингүй" in text and "Д.БАТБАЯР" in text
    word = io.BytesIO()
    render_order_docx(order, word)
    assert word.getvalue()[:2] == b"PK"
