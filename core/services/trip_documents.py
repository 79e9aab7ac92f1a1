"""The trip certificate (томилолтын хуудас, 9.1) worded from the records, for the PDF and the .docx."""

from __future__ import annotations

from core.entities import Department, Employee, SigningRole
from core.i18n import _
from core.leave.wording import unit_genitive
from core.names import full_name, short_name
from core.ports import UnitOfWork
from core.services.acting import signatory_in
from core.services.errors import RefusedError
from core.services.leave_facts import load_context
from core.services.trips import OFFICE_POLICY, require_trip
from core.trips.certificate import CertificateParty, TripCertificate, trip_certificate
from core.trips.entities import TripPolicy, TripStatus
from core.trips.rules import trip_days


def _post(position_title: str, unit: Department | None) -> str:
    """ "Хууль, эрх зүйн хэлтсийн мэргэжилтэн": the unit in the genitive, then the post."""
    if unit is None:
        return position_title
    post = position_title[:1].lower() + position_title[1:]
    genitive = unit_genitive(unit.name, unit.head_title)
    last = genitive.rsplit(" ", 1)[-1].lower()
    if last and post.startswith(f"{last} "):  # "Хэлтсийн дарга" of "... хэлтсийн": the unit is named once
        post = post[len(last) + 1 :]
    return " ".join(part for part in (genitive, post) if part)


def _party(uow: UnitOfWork, employee: Employee) -> CertificateParty:
    position = uow.positions.get(employee.position_id) if employee.position_id is not None else None
    unit = uow.departments.get(position.department_id) if position and position.department_id else None
    return CertificateParty(full_name(employee), _post(position.title if position else "", unit))


def certificate_document(uow: UnitOfWork, trip_id: int, *, policy: TripPolicy = OFFICE_POLICY) -> TripCertificate:
    """The certificate of the trip: an issued one as the chief signed it, a draft with blanks and ТӨСӨЛ.

    A draft names whoever would sign for the chief on the trip's first day.

    Raises:
        NotFoundError: There is no such trip.
        RefusedError: The trip is cancelled, or its employee is gone.
    """
    with uow:
        trip = require_trip(uow, trip_id)
        if trip.status is TripStatus.CANCELLED:
            raise RefusedError(_("A cancelled trip has no certificate to print."))
        employee = uow.employees.get(trip.employee_id)
        if employee is None:
            raise RefusedError(_("The employee is not in the records."))
        party = _party(uow, employee)
        ctx = load_context(uow)
        if trip.number is None:
            signer = signatory_in(uow, SigningRole.CHIEF, trip.starts_on)
            title, name = signer.title, short_name(signer.employee, upper=True) if signer.employee else ""
        else:
            title, name = trip.signed_by_title, trip.signed_by_name
    return trip_certificate(
        trip,
        party,
        trip_days(trip, ctx.calendar),
        settings=ctx.settings,
        signer_title=title,
        signer_name=name,
        policy=policy,
    )
