"""The seal on a printed slip: round trip, tampering, wrong key, size (reliability.md T3.3)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.leave.entities import LeaveSlip, PayDecision, SlipNumber
from core.leave.seal import (
    CROCKFORD,
    SealField,
    SealFormatError,
    UnknownReason,
    Verdict,
    check_seal,
    read_code,
    seal_slip,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
RD = "УБ88051412"

moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)


@st.composite
def slips(draw: st.DrawFn) -> LeaveSlip:
    """Numbered slips over the whole range of what an office can print."""
    start = draw(moments)
    return LeaveSlip(
        employee_id=draw(st.integers(1, 9_999_999)),
        starts_at=start,
        ends_at=start + timedelta(minutes=draw(st.integers(60, 60 * 24 * 400))),
        working_minutes=draw(st.integers(0, 480 * 260)),
        pay=draw(st.sampled_from([PayDecision.PAID, PayDecision.UNPAID, None])),
        number=SlipNumber(draw(st.integers(2020, 2099)), draw(st.integers(1, 999_999))),
        order_number=draw(st.sampled_from(["", "А/17"])),
    )


registration_numbers = st.builds(
    lambda letters, digits: letters + digits,
    st.text("АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ", min_size=2, max_size=2),
    st.from_regex(r"\d{8}", fullmatch=True),
)


def _mutations(slip: LeaveSlip) -> dict[SealField, LeaveSlip]:
    """One change of the record per signed fact."""
    return {
        SealField.EMPLOYEE: replace(slip, employee_id=slip.employee_id + 1),
        SealField.STARTS_AT: replace(slip, starts_at=slip.starts_at - timedelta(days=1)),
        SealField.ENDS_AT: replace(slip, ends_at=slip.ends_at + timedelta(minutes=30)),
        SealField.WORKING_MINUTES: replace(slip, working_minutes=slip.working_minutes + 480),
        SealField.PAY: replace(slip, pay=PayDecision.UNPAID if slip.pay is PayDecision.PAID else PayDecision.PAID),
        SealField.FORM: replace(slip, order_number="" if slip.order_number else "А/1"),
    }


@settings(max_examples=50, deadline=None)
@given(slips(), registration_numbers)
def test_a_printed_seal_verifies_against_its_record(slip: LeaveSlip, rd: str) -> None:
    seal = seal_slip(slip, registration_number=rd, key=KEY)
    assert check_seal(read_code(seal.payload), seal, key=KEY).verdict is Verdict.MATCH
    assert check_seal(read_code(seal.short_code), seal, key=KEY).verdict is Verdict.MATCH
    assert rd not in seal.payload and rd[2:] not in seal.payload  # the РД never goes on paper


@settings(max_examples=50, deadline=None)
@given(slips(), registration_numbers, st.sampled_from(list(SealField)))
def test_a_changed_record_is_altered_naming_the_fact(slip: LeaveSlip, rd: str, field: SealField) -> None:
    printed = seal_slip(slip, registration_number=rd, key=KEY)
    record = seal_slip(_mutations(slip)[field], registration_number=rd, key=KEY)
    check = check_seal(read_code(printed.payload), record, key=KEY)
    assert (check.verdict, check.altered) == (Verdict.ALTERED, (field,))
    # A typed short code has no facts to compare: it only says the record is not the paper's.
    short = check_seal(read_code(printed.short_code), record, key=KEY)
    assert (short.verdict, short.reason) == (Verdict.UNKNOWN, UnknownReason.CODE_MISMATCH)


def test_another_person_with_the_same_id_is_an_altered_employee() -> None:
    slip = _slip()
    printed = seal_slip(slip, registration_number=RD, key=KEY)
    record = seal_slip(slip, registration_number="УБ90010101", key=KEY)
    assert check_seal(read_code(printed.payload), record, key=KEY).altered == (SealField.EMPLOYEE,)


@settings(max_examples=50, deadline=None)
@given(slips(), st.data())
def test_a_tampered_payload_is_unknown(slip: LeaveSlip, data: st.DataObject) -> None:
    seal = seal_slip(slip, registration_number=RD, key=KEY)
    parts = seal.payload.split("/")
    index = data.draw(st.sampled_from([2, 4, 5, 6, 9]), label="part")  # id, start, end, minutes, signature
    old = parts[index][-1]
    alphabet = {9: CROCKFORD, 2: "123456789"}.get(index, "0123456789")
    parts[index] = parts[index][:-1] + data.draw(st.sampled_from([c for c in alphabet if c != old]), label="char")
    check = check_seal(read_code("/".join(parts)), seal, key=KEY)
    assert (check.verdict, check.reason) == (Verdict.UNKNOWN, UnknownReason.BAD_SIGNATURE)


@settings(max_examples=50, deadline=None)
@given(slips())
def test_a_seal_made_with_another_key_is_unknown(slip: LeaveSlip) -> None:
    forged = seal_slip(slip, registration_number=RD, key=OTHER_KEY)
    record = seal_slip(slip, registration_number=RD, key=KEY)
    assert check_seal(read_code(forged.payload), record, key=KEY).verdict is Verdict.UNKNOWN
    assert check_seal(read_code(forged.short_code), record, key=KEY).verdict is Verdict.UNKNOWN


def test_no_slip_with_the_number_is_unknown() -> None:
    seal = seal_slip(_slip(), registration_number=RD, key=KEY)
    for text in (seal.payload, seal.short_code):
        check = check_seal(read_code(text), None, key=KEY)
        assert (check.verdict, check.reason) == (Verdict.UNKNOWN, UnknownReason.NO_SLIP)


@settings(max_examples=50, deadline=None)
@given(slips())
def test_the_payload_fits_a_small_qr_code(slip: LeaveSlip) -> None:
    from core.documents.seal_mark import qr_version

    payload = seal_slip(slip, registration_number=RD, key=KEY).payload
    assert qr_version(payload) <= 10
    assert re.fullmatch(r"[0-9A-Z $%*+\-./:]+", payload)  # QR alphanumeric mode: the smallest symbol


def test_the_payload_and_the_short_code_as_printed() -> None:
    seal = seal_slip(_slip(), registration_number=RD, key=KEY)
    parts = seal.payload.split("/")
    assert parts[:3] + parts[4:9] == ["TMG1", "2026-0042", "17", "202611260900", "202611301800", "1440", "P", "S"]
    assert re.fullmatch(f"[{CROCKFORD}]{{4}}", parts[3]) and re.fullmatch(f"[{CROCKFORD}]{{16}}", parts[9])
    assert re.fullmatch(f"2026-0042-[{CROCKFORD}]{{4}}-[{CROCKFORD}]{{4}}", seal.short_code)
    assert seal.short_code.replace("-", "")[8:] == parts[9][:8]  # 40 bits of the payload's signature


def test_a_short_code_is_read_as_people_type_it() -> None:
    seal = seal_slip(_slip(), registration_number=RD, key=KEY)
    mac = seal.short_code[10:].replace("-", "")
    typed = [
        seal.short_code.lower(),
        f" 2026 - 42 {mac[:4]} {mac[4:]} ",
        f"2026-0042{mac}".replace("0", "O").replace("1", "I"),  # O for zero, I for one
        f"2026-0042-{mac}".translate(str.maketrans("ABCEHKMPTX", "АВСЕНКМРТХ")),  # Cyrillic look-alikes
    ]
    for text in typed:
        assert read_code(text).number == SlipNumber(2026, 42)
        assert check_seal(read_code(text), seal, key=KEY).verdict is Verdict.MATCH, text


@pytest.mark.parametrize(
    "text",
    ["", "hello", "2026-0042", "2026-0042-7KQ4-M9X", "2026-0042-UUUU-UUUU", "TMG2/2026-0042/17/X", "TMG1/2026-0042"],
)
def test_what_is_not_a_code_is_refused(text: str) -> None:
    with pytest.raises(SealFormatError):
        read_code(text)


def test_a_payload_of_another_version_is_refused() -> None:
    payload = seal_slip(_slip(), registration_number=RD, key=KEY).payload
    with pytest.raises(SealFormatError):
        read_code(payload.replace("TMG1", "TMG2", 1))


def test_no_seal_without_a_number_or_a_key() -> None:
    with pytest.raises(ValueError):
        seal_slip(replace(_slip(), number=None), registration_number=RD, key=KEY)
    with pytest.raises(ValueError):
        seal_slip(_slip(), registration_number=RD, key=b"")


def _slip() -> LeaveSlip:
    return LeaveSlip(
        employee_id=17,
        starts_at=datetime(2026, 11, 26, 9),
        ends_at=datetime(2026, 11, 30, 18),
        working_minutes=1440,
        pay=PayDecision.PAID,
        number=SlipNumber(2026, 42),
    )
