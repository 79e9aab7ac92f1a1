"""A business trip (томилолт) and the office's trip policy (regulation 9.1–9.4, 6.1).

A trip's dates are never overwritten: an extension or a recall (9.2) is a dated change kept
beside the original period, so the certificate and the attendance summary can both show what
was decided and when. Which trips need the Governor's agreement (9.4) is policy data.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

#: "2026-007": the year and the trip's place in it.
_NUMBER = re.compile(r"^(\d{4})-(\d{1,6})$")


class TripScope(enum.StrEnum):
    DOMESTIC = "domestic"  # дотоодын томилолт: an aimag, soum or city of Mongolia
    ABROAD = "abroad"  # гадаадын томилолт: a country and a city


class TripStatus(enum.StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    EXTENDED = "extended"
    RECALLED = "recalled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class TripChangeKind(enum.StrEnum):
    EXTENSION = "extension"  # хугацаа сунгах (9.2)
    RECALL = "recall"  # урьдчилан дуудах (9.2)


@dataclass(frozen=True, slots=True)
class TripChange:
    """The chief's decision to extend or recall a trip: the new last day and the day it was decided."""

    kind: TripChangeKind
    new_end: date
    decided_on: date
    reference: str = ""  # the decision's number or a note, as the office files it


@dataclass(frozen=True, slots=True, order=True)
class TripNumber:
    """A certificate's number: the year it was issued and its place in that year, "2026-007"."""

    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.year}-{self.sequence:03d}"

    @classmethod
    def parse(cls, text: str) -> TripNumber:
        """ "2026-007" → TripNumber(2026, 7).

        Raises:
            ValueError: *text* is not a year, a hyphen and a positive number.
        """
        match = _NUMBER.match(text.strip())
        if match is None or int(match[2]) == 0:
            raise ValueError(text)
        return cls(int(match[1]), int(match[2]))


@dataclass(frozen=True, slots=True)
class TripPolicy:
    """The office's trip rules; the defaults are its regulation (seed 004, section 9)."""

    #: 9.4: trips of these scopes are decided with the Governor; none is issued without the agreement.
    governor_scopes: frozenset[TripScope] = field(default=frozenset({TripScope.ABROAD}))
    issue_clause: str = "9.1"  # the chief signs and issues the certificate
    change_clause: str = "9.2"  # the chief extends or recalls
    report_clause: str = "9.3"  # the report (илтгэх хуудас), the advance
    governor_clause: str = "9.4"

    def needs_governor(self, scope: TripScope) -> bool:
        return scope in self.governor_scopes


@dataclass(frozen=True, slots=True)
class BusinessTrip:
    """A trip from draft to report.

    ``number``, ``issued_on`` and the signer are set once, when the chief signs (9.1); the
    signer's title and name are kept as printed so a reprint says the same. ``changes`` are
    the extensions and recalls in the order decided; the trip's last day is the latest one's.
    """

    employee_id: int
    scope: TripScope
    place: str  # aimag/soum or city (domestic); the city abroad
    purpose: str
    starts_on: date
    ends_on: date
    country: str = ""  # abroad only
    governor_agreed_on: date | None = None  # 9.4
    governor_reference: str = ""  # the agreement's letter or decision number (9.4)
    advance_amount: int | None = None  # ₮ paid before leaving (9.3)
    number: TripNumber | None = None
    issued_on: date | None = None
    signed_by_title: str = ""
    signed_by_name: str = ""
    changes: tuple[TripChange, ...] = ()
    report_submitted_on: date | None = None  # илтгэх хуудас (9.3)
    cancelled_on: date | None = None
    cancel_reason: str = ""
    submission_id: str | None = None
    id: int | None = None

    @property
    def current_end(self) -> date:
        """The last day of the trip as decided now: the original end, or the latest change's."""
        return self.changes[-1].new_end if self.changes else self.ends_on

    @property
    def status(self) -> TripStatus:
        if self.cancelled_on is not None:
            return TripStatus.CANCELLED
        if self.number is None:
            return TripStatus.DRAFT
        if self.report_submitted_on is not None:
            return TripStatus.COMPLETED
        if self.changes:
            last = self.changes[-1].kind
            return TripStatus.EXTENDED if last is TripChangeKind.EXTENSION else TripStatus.RECALLED
        return TripStatus.ISSUED

    @property
    def destination(self) -> str:
        """ "Улаанбаатар", "БНХАУ, Бээжин": the country first for a trip abroad."""
        if self.scope is TripScope.ABROAD and self.country:
            return f"{self.country}, {self.place}" if self.place else self.country
        return self.place


@dataclass(frozen=True, slots=True)
class TripFilter:
    """What the trip list shows: a year, optionally a month of it, a unit, an employee."""

    year: int | None = None
    month: int | None = None
    department_ids: tuple[int, ...] = ()
    employee_id: int | None = None
    include_cancelled: bool = True
