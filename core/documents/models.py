"""What a printed document says, already worded: renderers only lay it out.

The services fill these from the records (names as printed, dates in the official grammar,
titles with "үүрэг гүйцэтгэгч" when acting), so the PDF, the .docx and the preview can never
disagree on a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SignatureLine:
    """One signature: what the signer does, the printed title and the name in capitals."""

    caption: str  # "Чөлөө хүссэн", "Санал болгосон", "Зөвшөөрсөн"
    title: str  # "Хууль, эрх зүйн хэлтсийн даргын үүрэг гүйцэтгэгч"
    name: str  # "Р.ОТГОНЖАРГАЛ"; empty leaves a line to fill by hand


@dataclass(frozen=True, slots=True)
class SlipSeal:
    """The seal a numbered slip carries (``core.leave.seal``): the QR code's text and the short code."""

    payload: str  # "TMG1/2026-0042/17/VM9B/.../XM59G1FVV0QRQ26T"
    code: str  # "2026-0042-XM59-G1FV"


@dataclass(frozen=True, slots=True)
class SlipDocument:
    """A leave slip (чөлөөний хуудас) as printed."""

    office_name: str
    city: str
    number: str  # "2026-0042"
    issued_on: str  # official date, "2026 оны 11 дүгээр сарын 25-ны өдөр"
    employee_name: str  # "Чулууны Тамираа" style, or "Ч.Тамираа"
    position: str
    department: str
    kind: str  # "Хүндэтгэн үзэх шалтгаанаар чөлөө"
    reason: str  # printed reason words
    reason_clause: str  # "6.8.1"
    period: str  # official range, with hours when the leave is part of a day
    duration: str  # "3 ажлын өдөр", "4 цаг", "1 ажлын өдөр 2 цаг"
    pay: str  # "Цалинтай" / "Цалингүй"
    pay_clause: str  # "6.6"
    decision_clause: str  # "6.5"
    signatures: tuple[SignatureLine, ...]
    recommendation: str = ""  # 6.4: "Хэлтсийн даргын санал: ... (2026.11.24)"
    is_copy: bool = False  # "ХУУЛБАР" on a reprint
    is_void: bool = False  # "ХҮЧИНГҮЙ"
    void_reason: str = ""
    seal: SlipSeal | None = None  # None on a draft (no number yet) or without the office key


@dataclass(frozen=True, slots=True)
class OrderDocument:
    """A draft order (тушаалын төсөл) of the chief, finished in Word and signed."""

    office_name: str
    city: str
    heading: str  # "ТАМГЫН ГАЗРЫН ДАРГЫН ТУШААЛ"
    title: str  # "Чөлөө олгох тухай"
    date_line: str  # "2026 оны ... дугаар сарын ...-ны өдөр" with blanks to fill by hand
    number_line: str  # "Дугаар А/___"
    basis: str  # the legal basis paragraph, citing the regulation clauses
    clauses: tuple[str, ...]  # the numbered ordering paragraphs
    signature: SignatureLine
    is_draft: bool = True  # prints "ТӨСӨЛ"


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    number: str  # slip number, or the order number for an order-form leave
    period: str  # "11.03 09:00 – 11.05 18:00"
    minutes: int  # working minutes inside the month
    paid: bool
    reason: str
    overrun_minutes: int = 0  # 6.9: absence after the end, inside the month


@dataclass(frozen=True, slots=True)
class RegisterPerson:
    name: str
    position: str
    department: str
    entries: tuple[RegisterEntry, ...]

    @property
    def paid_minutes(self) -> int:
        return sum(e.minutes for e in self.entries if e.paid)

    @property
    def unpaid_minutes(self) -> int:
        return sum(e.minutes for e in self.entries if not e.paid)

    @property
    def overrun_minutes(self) -> int:
        return sum(e.overrun_minutes for e in self.entries)


@dataclass(frozen=True, slots=True)
class RegisterDocument:
    """The monthly leave register (6.10) the accountant attaches to the payroll."""

    office_name: str
    title: str  # "2026 оны 11 дүгээр сарын чөлөөний бүртгэл"
    minutes_per_day: int
    people: tuple[RegisterPerson, ...]
    signatures: tuple[SignatureLine, ...] = field(default_factory=tuple)

    @property
    def paid_minutes(self) -> int:
        return sum(p.paid_minutes for p in self.people)

    @property
    def unpaid_minutes(self) -> int:
        return sum(p.unpaid_minutes for p in self.people)
