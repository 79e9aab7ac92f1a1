"""The seal on a printed leave slip: what it signs, how it is written, and how it is checked.

A paper slip decides pay, so it must be possible to tell whether the paper in hand says what
the records say (reliability.md §3, goal R11). Each printed slip carries:

- a QR code with the signed facts, ``TMG1/2026-0042/17/K3QF/202611260900/202611301800/1440/P/S/<sig>``:
  version, number, employee id, a keyed tag of the employee's РД (the РД itself never goes on
  paper), start, end, working minutes, pay decision (P, U or -), form (S slip, O order) and an
  HMAC-SHA256 of all of them cut to 80 bits. Every character is in the QR *alphanumeric* set
  (hence ``/`` rather than ``|``), which keeps the symbol one version smaller, with bigger
  modules that survive a poor scan;
- a short code to type, ``2026-0042-7KQ4-M9XD``: the number and the first 40 bits of the same
  signature in Crockford's base 32 (no I, L, O or U to misread).

The office key is passed in by the caller and never stored here. A sub-key is derived from it,
so the slips' signatures can never be confused with the audit chain's keyed hashes.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass, fields

from core.leave.entities import DocumentForm, LeaveSlip, PayDecision, SlipNumber

VERSION = "TMG1"
SEPARATOR = "/"
SIGNATURE_CHARS = 16  # 80 bits: forging a QR payload means guessing them
SHORT_CHARS = 8  # 40 bits typed by hand: a forged short code succeeds once in a trillion tries
PERSON_CHARS = 4  # 20 bits: tells people apart, too short to look a РД up from
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TIME_FORMAT = "%Y%m%d%H%M"
_SEAL_CONTEXT = b"tamga/slip-seal/v1"

_PAY_CODES = {PayDecision.PAID: "P", PayDecision.UNPAID: "U", None: "-"}
_FORM_CODES = {DocumentForm.SLIP: "S", DocumentForm.ORDER: "O"}

#: What a typist may put for a base-32 character: lower case, the letters Crockford folds
#: (O→0, I/L→1) and the Cyrillic letters that look like Latin ones (a Mongolian keyboard layout).
_TYPED = str.maketrans(
    "OILАВСЕНКМОРТХУЗ",
    "011ABCEHKM0PTXY3",
)


class SealFormatError(ValueError):
    """The text is neither a slip's QR payload nor its short code."""


class SealField(enum.StrEnum):
    """The signed facts a paper slip and its record can disagree on."""

    EMPLOYEE = "employee"
    STARTS_AT = "starts_at"
    ENDS_AT = "ends_at"
    WORKING_MINUTES = "working_minutes"
    PAY = "pay"
    FORM = "form"


@dataclass(frozen=True, slots=True)
class SealedFacts:
    """What a seal signs, each fact in its printed form (so comparing them is comparing text)."""

    number: str  # "2026-0042"
    employee_id: str
    person: str  # keyed tag of the РД
    starts_at: str  # "202611260900"
    ends_at: str
    working_minutes: str
    pay: str  # P, U or -
    form: str  # S or O

    def canonical(self) -> str:
        """The signed text: version first, then the facts in this fixed order, NFC."""
        parts = (VERSION, *(getattr(self, f.name) for f in fields(self)))
        return unicodedata.normalize("NFC", SEPARATOR.join(parts))

    def differences(self, other: SealedFacts) -> tuple[SealField, ...]:
        """The facts that differ, in printing order (the number is how the two were paired)."""
        pairs = (
            (SealField.EMPLOYEE, (self.employee_id, self.person), (other.employee_id, other.person)),
            (SealField.STARTS_AT, self.starts_at, other.starts_at),
            (SealField.ENDS_AT, self.ends_at, other.ends_at),
            (SealField.WORKING_MINUTES, self.working_minutes, other.working_minutes),
            (SealField.PAY, self.pay, other.pay),
            (SealField.FORM, self.form, other.form),
        )
        return tuple(name for name, mine, theirs in pairs if mine != theirs)


@dataclass(frozen=True, slots=True)
class Seal:
    """The signed facts of one printed slip and what is printed from them."""

    facts: SealedFacts
    signature: str  # SIGNATURE_CHARS of Crockford base 32

    @property
    def payload(self) -> str:
        """The QR code's text."""
        return f"{self.facts.canonical()}{SEPARATOR}{self.signature}"

    @property
    def short_code(self) -> str:
        """ "2026-0042-7KQ4-M9XD": what a person types when no scanner is at hand."""
        mac = self.signature[:SHORT_CHARS]
        return f"{self.facts.number}-{mac[:4]}-{mac[4:]}"


@dataclass(frozen=True, slots=True)
class PrintedCode:
    """What was read off the paper: a whole payload (with its facts) or a short code (without)."""

    number: SlipNumber
    mac: str  # the signature as printed: SIGNATURE_CHARS from a payload, SHORT_CHARS typed
    facts: SealedFacts | None = None


class Verdict(enum.StrEnum):
    MATCH = "match"  # the paper says what the record says
    ALTERED = "altered"  # a genuine seal, but the record now says something else
    UNKNOWN = "unknown"  # not a seal of this office's records


class UnknownReason(enum.StrEnum):
    NO_SLIP = "no_slip"  # no slip has the printed number
    BAD_SIGNATURE = "bad_signature"  # the payload was not signed with this office's key
    CODE_MISMATCH = "code_mismatch"  # a short code that is not the record's (typo, forgery or edit)
    NO_KEY = "no_key"  # the database was opened without the office key: nothing can be vouched for


@dataclass(frozen=True, slots=True)
class SealCheck:
    verdict: Verdict
    altered: tuple[SealField, ...] = ()
    reason: UnknownReason | None = None


def _sub_key(key: bytes) -> bytes:
    if not key:
        raise ValueError("a seal needs the office key")
    return hmac.new(key, _SEAL_CONTEXT, hashlib.sha256).digest()


def base32(data: bytes, chars: int) -> str:
    """The first *chars* characters of *data* in Crockford's base 32 (5 bits each)."""
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(chars))


def person_tag(registration_number: str, key: bytes) -> str:
    """A short keyed tag of the РД: the same person gives the same tag, the tag gives no РД."""
    text = unicodedata.normalize("NFC", registration_number).strip().upper()
    digest = hmac.new(_sub_key(key), b"person\x00" + text.encode("utf-8"), hashlib.sha256).digest()
    return base32(digest, PERSON_CHARS)


def sign(facts: SealedFacts, key: bytes) -> str:
    """The HMAC-SHA256 of the canonical facts, cut to SIGNATURE_CHARS characters."""
    digest = hmac.new(_sub_key(key), facts.canonical().encode("utf-8"), hashlib.sha256).digest()
    return base32(digest, SIGNATURE_CHARS)


def sealed_facts(slip: LeaveSlip, *, registration_number: str, key: bytes) -> SealedFacts:
    """The facts of a numbered slip as a seal states them.

    Raises:
        ValueError: The slip has no number yet (a draft), or the key is empty.
    """
    if slip.number is None:
        raise ValueError("only a numbered slip is sealed")
    form = DocumentForm.ORDER if slip.order_number else DocumentForm.SLIP
    return SealedFacts(
        number=str(slip.number),
        employee_id=str(slip.employee_id),
        person=person_tag(registration_number, key),
        starts_at=slip.starts_at.strftime(_TIME_FORMAT),
        ends_at=slip.ends_at.strftime(_TIME_FORMAT),
        working_minutes=str(slip.working_minutes),
        pay=_PAY_CODES[slip.pay],
        form=_FORM_CODES[form],
    )


def seal_slip(slip: LeaveSlip, *, registration_number: str, key: bytes) -> Seal:
    """The seal printed on a numbered slip (the same on every copy while the record is unchanged).

    Raises:
        ValueError: The slip has no number yet, or the key is empty.
    """
    facts = sealed_facts(slip, registration_number=registration_number, key=key)
    return Seal(facts, sign(facts, key))


_SHORT_CODE = re.compile(r"^(\d{4})\s*-\s*(\d{1,6})[\s-]*([0-9A-Z]{4})[\s-]*([0-9A-Z]{4})$")
_PAYLOAD_PARTS = {  # field → what its printed form must look like
    "number": re.compile(r"\d{4}-\d{4,6}"),
    "employee_id": re.compile(r"[1-9]\d{0,9}"),
    "person": re.compile(f"[{CROCKFORD}]{{{PERSON_CHARS}}}"),
    "starts_at": re.compile(r"\d{12}"),
    "ends_at": re.compile(r"\d{12}"),
    "working_minutes": re.compile(r"\d{1,9}"),
    "pay": re.compile(r"[PU-]"),
    "form": re.compile(r"[SO]"),
}
_SIGNATURE = re.compile(f"[{CROCKFORD}]{{{SIGNATURE_CHARS}}}")


def read_code(text: str) -> PrintedCode:
    """Read a scanned QR payload or a typed short code, forgiving how a person types.

    Raises:
        SealFormatError: *text* is neither (a payload of another version is not read either).
    """
    text = unicodedata.normalize("NFC", text).strip()
    if text.upper().startswith(VERSION[:3]):
        return _read_payload(text)
    match = _SHORT_CODE.match(text.upper().translate(_TYPED))
    if match is None:
        raise SealFormatError(text)
    number = _number(f"{match[1]}-{match[2]}")
    mac = match[3] + match[4]
    if any(char not in CROCKFORD for char in mac):
        raise SealFormatError(text)
    return PrintedCode(number, mac)


def _read_payload(text: str) -> PrintedCode:
    """A QR payload is read exactly as printed: a scanner makes no typing mistakes to forgive."""
    *parts, signature = text.split(SEPARATOR)
    names = list(_PAYLOAD_PARTS)
    if len(parts) != len(names) + 1 or parts[0] != VERSION or not _SIGNATURE.fullmatch(signature):
        raise SealFormatError(text)
    values = dict(zip(names, parts[1:], strict=True))
    if not all(_PAYLOAD_PARTS[name].fullmatch(value) for name, value in values.items()):
        raise SealFormatError(text)
    return PrintedCode(_number(values["number"]), signature, SealedFacts(**values))


def _number(text: str) -> SlipNumber:
    try:
        return SlipNumber.parse(text)
    except ValueError:
        raise SealFormatError(text) from None


def check_seal(code: PrintedCode, record: Seal | None, *, key: bytes) -> SealCheck:
    """Compare what the paper says with the seal the record gives today.

    Args:
        code: What was read off the paper.
        record: The seal of the slip with the printed number, or None if there is none.
        key: The office key the slips were signed with.

    Returns:
        MATCH when paper and record agree; ALTERED (with the differing facts) when the paper's
        signature is genuine but the record has changed; UNKNOWN otherwise. A short code
        carries no facts, so a mismatch cannot say which ones differ: it is UNKNOWN.
    """
    if code.facts is not None and not hmac.compare_digest(sign(code.facts, key), code.mac):
        return SealCheck(Verdict.UNKNOWN, reason=UnknownReason.BAD_SIGNATURE)
    if record is None:
        return SealCheck(Verdict.UNKNOWN, reason=UnknownReason.NO_SLIP)
    if code.facts is None:
        if hmac.compare_digest(record.signature[: len(code.mac)], code.mac):
            return SealCheck(Verdict.MATCH)
        return SealCheck(Verdict.UNKNOWN, reason=UnknownReason.CODE_MISMATCH)
    altered = code.facts.differences(record.facts)
    return SealCheck(Verdict.ALTERED, altered) if altered else SealCheck(Verdict.MATCH)
