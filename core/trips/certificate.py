"""What the trip certificate (томилолтын хуудас) says, worded in Mongolian from the trip (house style 17).

The PDF and the .docx are drawn from this one model, so they never differ in a word.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.entities import OfficeSettings
from core.leave.wording import clause_reference
from core.official_dates import official_date, official_range
from core.payments.money import format_tugrik
from core.trips.entities import BusinessTrip, TripChangeKind, TripPolicy, TripScope
from core.trips.rules import TripDays

TITLE = "ТОМИЛОЛТЫН ХУУДАС"
DRAFT_MARK = "ТӨСӨЛ"
SEAL_PLACE = "Т.Т."
#: The hosts' marks at each place the employee works (the classic form's table).
MARK_HEADERS = ("Томилолтоор ажилласан байгууллага", "Ирсэн огноо", "Явсан огноо", "Гарын үсэг", "Тамга")
MARK_ROWS = 4


@dataclass(frozen=True, slots=True)
class TripCertificate:
    """The certificate as printed: every text already in the official grammar."""

    office_name: str
    city: str
    number: str  # "2026-007", or blanks on a draft
    issued_on: str  # official date, or blanks on a draft
    fields: tuple[tuple[str, str], ...]  # (label, value) rows in printing order
    basis: str  # "Дотоод журмын 9.1 дэх заалтын дагуу олгов."
    signer_title: str
    signer_name: str  # "Б.БОЛД", empty when nobody holds the post
    is_draft: bool


@dataclass(frozen=True, slots=True)
class CertificateParty:
    """The traveller as the certificate names them."""

    name: str  # "Чулууны Тамираа"
    position: str  # the post, with the unit when there is one


def _days_text(days: TripDays) -> str:
    return f"{days.calendar} хоног (ажлын {days.working} өдөр)"


def _change_rows(trip: BusinessTrip) -> list[tuple[str, str]]:
    rows = []
    for change in trip.changes:
        reference = f", {change.reference}" if change.reference else ""
        if change.kind is TripChangeKind.EXTENSION:
            label, value = "Хугацаа сунгасан", f"{official_date(change.new_end)} хүртэл"
        else:
            label, value = "Урьдчилан дуудсан", f"{official_date(change.new_end)} буцаж ирэх"
        rows.append((label, f"{value} (шийдвэр: {official_date(change.decided_on)}{reference})"))
    return rows


def _fields(trip: BusinessTrip, party: CertificateParty, days: TripDays) -> tuple[tuple[str, str], ...]:
    rows = [
        ("Албан хаагчийн овог, нэр", party.name),
        ("Албан тушаал", party.position),
        ("Томилогдсон газар", trip.destination),
        ("Томилолтын зорилго", trip.purpose),
        ("Томилолтын хугацаа", official_range(trip.starts_on, trip.ends_on)),
        ("Хоногийн тоо", _days_text(days)),
    ]
    if trip.scope is TripScope.ABROAD and trip.governor_agreed_on is not None:
        agreement = f"{official_date(trip.governor_agreed_on)}, {trip.governor_reference}".rstrip(", ")
        rows.append(("Засаг даргын зөвшөөрөл", agreement))
    if trip.advance_amount:
        rows.append(("Урьдчилан олгосон зардал", format_tugrik(trip.advance_amount)))
    return tuple(rows + _change_rows(trip))


def trip_certificate(
    trip: BusinessTrip,
    party: CertificateParty,
    days: TripDays,
    *,
    settings: OfficeSettings,
    signer_title: str,
    signer_name: str,
    policy: TripPolicy,
) -> TripCertificate:
    """The certificate of *trip*; a draft prints blanks for the number and date, and ТӨСӨЛ."""
    issued = trip.number is not None and trip.issued_on is not None
    return TripCertificate(
        office_name=settings.official_name,
        city=settings.city,
        number=str(trip.number) if trip.number is not None else "________",
        issued_on=official_date(trip.issued_on) if issued and trip.issued_on else "____ оны ___ сарын ___ өдөр",
        fields=_fields(trip, party, days),
        basis=f"Дотоод журмын {clause_reference([policy.issue_clause])}ын дагуу олгов.",
        signer_title=signer_title,
        signer_name=signer_name,
        is_draft=not issued,
    )
