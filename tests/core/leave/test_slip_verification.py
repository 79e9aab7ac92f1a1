"""Verify a slip: printed slips carry a seal, and the paper is checked against the record."""

from __future__ import annotations

import io
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import services
from core.documents.fonts import default_font_dir, register_fonts
from core.documents.leave_slip import render_leave_slip
from core.documents.models import SlipDocument
from core.i18n import _
from core.leave.entities import PayDecision, SlipNumber, SlipStatus
from core.leave.seal import SealField, UnknownReason, Verdict
from core.leave.seal_scan import read_qr_codes
from tests.core.leave.conftest import Office, leave
from tests.fakes import FakeUnitOfWork

PRINTED_AT = datetime(2026, 7, 6, 9, 30)


@pytest.fixture(autouse=True, scope="module")
def registered_fonts() -> None:
    register_fonts(default_font_dir())


def _printed(uow: FakeUnitOfWork, office: Office, start: str = "2026-07-01", end: str = "2026-07-03") -> SlipDocument:
    draft = services.save_draft(uow, leave(office.specialist, start, end))
    return services.print_slip(uow, draft.id or 0, now=PRINTED_AT).document


def _change_record(uow: FakeUnitOfWork, number: str, **changes: object) -> None:
    """An edit made behind Tamga's back, straight into the records."""
    with uow:
        slip = uow.leave_slips.by_number(SlipNumber.parse(number))
        assert slip is not None
        uow.leave_slips.update(replace(slip, **changes))  # type: ignore[arg-type]
        uow.commit()


def test_a_printed_slip_and_its_copies_carry_the_same_seal(uow: FakeUnitOfWork, office: Office) -> None:
    document = _printed(uow, office)
    assert document.seal is not None and document.seal.code.startswith("2026-0001-")
    copy = services.reprint_slip(uow, SlipNumber(2026, 1), now=PRINTED_AT + timedelta(days=1)).document
    assert copy.is_copy and copy.seal == document.seal


def test_a_draft_has_no_seal(uow: FakeUnitOfWork, office: Office) -> None:
    draft = services.save_draft(uow, leave(office.specialist, "2026-07-08", "2026-07-10"))
    assert services.slip_document(uow, draft.id or 0, copy=False).seal is None


def test_the_typed_code_and_the_payload_match(uow: FakeUnitOfWork, office: Office) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None
    for text in (seal.code, seal.payload, seal.code.lower()):
        result = services.verify_slip(uow, text)
        assert result.verdict is Verdict.MATCH
        facts = (result.number, result.employee_name, result.duration, result.pay)
        assert facts == (SlipNumber(2026, 1), "Ч.Тамираа", "3 ажлын өдөр", PayDecision.PAID)
        assert result.message() == _("Matches slip {number} of {name}, {duration}, {pay}.").format(
            number="2026-0001", name="Ч.Тамираа", duration="3 ажлын өдөр", pay=_("Paid").lower()
        )


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"working_minutes": 5 * 480}, SealField.WORKING_MINUTES, "days"),
        ({"pay": PayDecision.UNPAID}, SealField.PAY, "pay"),
        ({"ends_at": datetime(2026, 7, 6, 18)}, SealField.ENDS_AT, "end"),
        ({"starts_at": datetime(2026, 6, 30, 9)}, SealField.STARTS_AT, "start"),
    ],
)
def test_a_record_changed_after_printing_does_not_match(
    uow: FakeUnitOfWork, office: Office, changes: dict[str, object], field: SealField, words: str
) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None
    _change_record(uow, "2026-0001", **changes)
    result = services.verify_slip(uow, seal.payload)
    assert (result.verdict, result.altered) == (Verdict.ALTERED, (field,))
    assert result.message() == _("Does not match slip {number}: {fields} differ from the record.").format(
        number="2026-0001", fields=_(words)
    )
    typed = services.verify_slip(uow, seal.code)
    assert (typed.verdict, typed.reason) == (Verdict.UNKNOWN, UnknownReason.CODE_MISMATCH)


def test_a_slip_moved_to_another_employee_does_not_match(uow: FakeUnitOfWork, office: Office) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None and office.archivist.id is not None
    _change_record(uow, "2026-0001", employee_id=office.archivist.id)
    assert services.verify_slip(uow, seal.payload).altered == (SealField.EMPLOYEE,)


def test_unknown_codes(uow: FakeUnitOfWork, office: Office) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None
    forged = seal.payload.replace("/P/S/", "/U/S/")
    assert services.verify_slip(uow, forged).reason is UnknownReason.BAD_SIGNATURE
    missing = services.verify_slip(uow, "2026-0099" + seal.code[9:])
    assert (missing.verdict, missing.reason) == (Verdict.UNKNOWN, UnknownReason.NO_SLIP)
    assert missing.message() == _("There is no slip numbered {number} in the records.").format(number="2026-0099")
    junk = services.verify_slip(uow, "hello")
    assert junk.verdict is Verdict.UNKNOWN and junk.unreadable


def test_another_office_key_verifies_nothing(uow: FakeUnitOfWork, office: Office) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None
    uow.signing_key = bytes(32)  # the same records opened with another office's key
    assert services.verify_slip(uow, seal.payload).verdict is Verdict.UNKNOWN
    assert services.verify_slip(uow, seal.code).verdict is Verdict.UNKNOWN


def test_a_void_slip_says_so(uow: FakeUnitOfWork, office: Office) -> None:
    seal = _printed(uow, office).seal
    assert seal is not None
    slip = uow.leave_slips.by_number(SlipNumber(2026, 1))
    services.void_slip(uow, slip.id or 0, reason="Буруу огноо")  # type: ignore[union-attr]
    result = services.verify_slip(uow, seal.code)
    assert (result.verdict, result.status) == (Verdict.MATCH, SlipStatus.VOIDED)
    assert result.message().endswith(_("The slip is void."))


def _decoded(pdf: bytes, dpi: int, slips_per_page: int) -> list[str]:
    """The QR code of each slip, rasterised as a scanner would (grey, *dpi*), one slip at a time.

    Each half of a 2-up sheet is read on its own, so both must carry a readable code.
    """
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    document.close()
    height = image.height // slips_per_page
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for index in range(slips_per_page):
            path = Path(folder) / f"scan{index}.png"
            image.crop((0, index * height, image.width, (index + 1) * height)).save(path)
            texts += read_qr_codes(path)
    return texts


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    weeks=st.integers(0, 8),
    weekday=st.integers(0, 4),
    length=st.integers(0, 3),
    layout=st.sampled_from(["a5", "a4x2"]),
    dpi=st.sampled_from([200, 300]),  # the dialog asks for 200 dpi or more
)
def test_the_qr_code_read_from_a_rasterised_slip_verifies(
    weeks: int, weekday: int, length: int, layout: str, dpi: int
) -> None:
    from tests.core.leave.conftest import build_office

    uow = FakeUnitOfWork()
    office = build_office(uow)
    start = datetime(2026, 8, 3) + timedelta(weeks=weeks, days=weekday)  # a Monday, then a weekday
    end = start + timedelta(days=length)
    document = _printed(uow, office, start.date().isoformat(), end.date().isoformat())
    assert document.seal is not None
    out = io.BytesIO()
    render_leave_slip(document, out, layout=layout)  # type: ignore[arg-type]
    per_page = 2 if layout == "a4x2" else 1
    texts = _decoded(out.getvalue(), dpi, per_page)
    assert texts == [document.seal.payload] * per_page
    assert services.verify_slip(uow, texts[0]).verdict is Verdict.MATCH
