"""The payments register and the children's gift list as documents' rows, free of reportlab."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.documents.models import SignatureLine


@dataclass(frozen=True, slots=True)
class RegisterLine:
    name: str
    department: str
    amount: int | None
    order: str  # "А/123, 2026-03-05"
    beneficiary: str  # "хүүхэд Сараа", or ""


@dataclass(frozen=True, slots=True)
class KindGroup:
    """The year's payments of one kind, with their total."""

    clause: str
    text: str
    lines: tuple[RegisterLine, ...]

    @property
    def total(self) -> int:
        return sum(line.amount or 0 for line in self.lines)


@dataclass(frozen=True, slots=True)
class PaymentsRegisterDocument:
    office_name: str
    title: str  # "2026 оны тусламж, шагнал урамшууллын бүртгэл"
    groups: tuple[KindGroup, ...]
    signatures: tuple[SignatureLine, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)


@dataclass(frozen=True, slots=True)
class GiftLine:
    employee: str
    child: str
    birth_date: date
    age: int


@dataclass(frozen=True, slots=True)
class GiftDepartment:
    name: str
    lines: tuple[GiftLine, ...]


@dataclass(frozen=True, slots=True)
class GiftListDocument:
    """The children aged 0–16 on a gift day (12.6), per department."""

    office_name: str
    title: str
    departments: tuple[GiftDepartment, ...]
    signatures: tuple[SignatureLine, ...] = field(default_factory=tuple)

    @property
    def count(self) -> int:
        return sum(len(d.lines) for d in self.departments)
