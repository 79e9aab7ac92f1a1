"""The trip certificate (томилолтын хуудас) as PDF and Word: one page, the official words, the hosts' table."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from core import services
from core.documents.trip_certificate import render_certificate_docx, render_certificate_pdf
from core.services.errors import RefusedError
from core.trips.entities import BusinessTrip, TripScope
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    return office_with_people(uow)


def abroad_trip(office: dict[str, Any]) -> BusinessTrip:
    return BusinessTrip(
        employee_id=office["head"].id,
        scope=TripScope.ABROAD,
        country="Бүгд Найрамдах Хятад Ард Улс",
        place="Өвөр Монголын Хөх хот",
        purpose="Хил орчмын хамтын ажиллагааны уулзалтад оролцох",
        starts_on=date(2026, 7, 8),
        ends_on=date(2026, 7, 17),
        governor_agreed_on=date(2026, 7, 1),
        governor_reference="01/345",
        advance_amount=1_250_000,
    )


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_issued_certificate_prints_the_official_words_on_one_page(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    draft = services.save_trip_draft(uow, abroad_trip(office))
    assert draft.id is not None
    services.issue_trip(uow, draft.id, on=date(2026, 7, 3))
    services.extend_trip(uow, draft.id, new_end=date(2026, 7, 19), decided_on=date(2026, 7, 16))
    certificate = services.certificate_document(uow, draft.id)
    out = io.BytesIO()
    render_certificate_pdf(certificate, out)
    pages, text = pdf_text(out.getvalue())
    flat = " ".join(text.split())
    assert pages == 1
    for words in (
        "ТОМИЛОЛТЫН ХУУДАС",
        "Дугаар 2026-001",
        "2026 оны 07 дугаар сарын 03-ны өдөр",
        "Раднаа Отгонжаргал",
        "Хууль, эрх зүйн хэлтсийн дарга",
        "Бүгд Найрамдах Хятад Ард Улс, Өвөр Монголын Хөх хот",
        "2026 оны 07 дугаар сарын 08-ны өдрөөс 07 дугаар сарын 17-ны өдөр хүртэл",
        "12 хоног (ажлын 4 өдөр)",
        "Засаг даргын зөвшөөрөл",
        "2026 оны 07 дугаар сарын 01-ний өдөр, 01/345",
        "1 250 000 ₮",
        "Хугацаа сунгасан",
        "2026 оны 07 дугаар сарын 19-ний өдөр хүртэл",
        "Тамгын газрын дарга",
        "/Д.БАТБАЯР/",
        "Т.Т.",
        "Ирсэн огноо",
        "Явсан огноо",
        "Тамга",
        "9.1 дэх заалтын дагуу",
    ):
        assert words in flat.replace("\u00a0", " "), words
    assert "ТӨСӨЛ" not in flat


def test_a_draft_prints_blanks_and_the_draft_mark(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    draft = services.save_trip_draft(uow, replace(abroad_trip(office), advance_amount=None))
    assert draft.id is not None
    certificate = services.certificate_document(uow, draft.id)
    assert certificate.is_draft and certificate.number.startswith("___")
    out = io.BytesIO()
    render_certificate_pdf(certificate, out)
    _, text = pdf_text(out.getvalue())
    assert "ТӨСӨЛ" in text and "Урьдчилан олгосон" not in text


def test_a_cancelled_trip_has_no_certificate(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    draft = services.save_trip_draft(uow, abroad_trip(office))
    assert draft.id is not None
    services.cancel_trip(uow, draft.id, reason="Хойшилсон", on=date(2026, 7, 2))
    with pytest.raises(RefusedError):
        services.certificate_document(uow, draft.id)


def test_the_word_file_has_the_same_fields_and_the_hosts_table(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    import docx

    draft = services.save_trip_draft(uow, abroad_trip(office))
    assert draft.id is not None
    services.issue_trip(uow, draft.id, on=date(2026, 7, 3))
    certificate = services.certificate_document(uow, draft.id)
    out = io.BytesIO()
    render_certificate_docx(certificate, out)
    word = docx.Document(io.BytesIO(out.getvalue()))
    fields, marks = word.tables
    assert [(r.cells[0].text, r.cells[1].text) for r in fields.rows] == list(certificate.fields)
    assert [c.text for c in marks.rows[0].cells][1:3] == ["Ирсэн огноо", "Явсан огноо"]
    assert len(marks.rows) == 5
    assert any("/Д.БАТБАЯР/" in p.text for p in word.paragraphs)
