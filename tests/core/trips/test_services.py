"""Trips over the fake unit of work: drafts, the chief's signature, 9.2 changes, reports, numbering."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from core import services
from core.entities import ActingAssignment, SigningRole
from core.i18n import _
from core.leave.entities import LeaveSlip
from core.services.errors import NotFoundError, RefusedError
from core.trips.entities import BusinessTrip, TripChangeKind, TripFilter, TripScope, TripStatus
from core.validation import Severity, ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork

#: Translated where compared: the suite sets its language after import.
ABROAD_AGREEMENT = "Regulation {clause}: a trip abroad is issued only with the Governor's agreement; enter its date."


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    return office_with_people(uow)


def trip(office: dict[str, Any], **changes: Any) -> BusinessTrip:
    base = BusinessTrip(
        employee_id=office["head"].id,
        scope=TripScope.DOMESTIC,
        place="  Өвөрхангай аймаг,  Арвайхээр ",
        purpose="Сумдын ЗДТГ-ын үйл ажиллагааг шалгах",
        starts_on=date(2026, 11, 24),
        ends_on=date(2026, 11, 27),
    )
    return replace(base, **changes)


def issued(uow: FakeUnitOfWork, office: dict[str, Any], **changes: Any) -> BusinessTrip:
    draft = services.save_trip_draft(uow, trip(office, **changes))
    assert draft.id is not None
    return services.issue_trip(uow, draft.id, on=date(2026, 11, 20))


def test_a_draft_is_saved_with_clean_text_and_issued_with_the_chiefs_signature(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    draft = services.save_trip_draft(uow, trip(office), submission_id="form-1")
    assert draft.place == "Өвөрхангай аймаг, Арвайхээр" and draft.status is TripStatus.DRAFT
    assert services.save_trip_draft(uow, trip(office), submission_id="form-1") == draft  # sent twice, saved once
    assert draft.id is not None
    signed = services.issue_trip(uow, draft.id, on=date(2026, 11, 20))
    assert str(signed.number) == "2026-001" and signed.issued_on == date(2026, 11, 20)
    assert (signed.signed_by_title, signed.signed_by_name) == ("Тамгын газрын дарга", "Д.БАТБАЯР")
    assert signed.status is TripStatus.ISSUED


def test_the_acting_chief_signs_on_a_day_the_chief_is_away(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_acting(
        uow,
        ActingAssignment(
            role=SigningRole.CHIEF,
            acting_employee_id=office["specialist"].id,
            starts_on=date(2026, 11, 16),
            ends_on=date(2026, 11, 21),
            order_number="А/90",
        ),
    )
    signed = issued(uow, office)
    assert signed.signed_by_title == "Тамгын газрын даргын үүрэг гүйцэтгэгч"
    assert signed.signed_by_name == "Г.ӨЛЗИЙБАТ"


def test_numbers_run_per_year_and_restart_in_a_new_year(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    first = issued(uow, office)
    second = issued(uow, office, employee_id=office["specialist"].id)
    draft = services.save_trip_draft(uow, trip(office, starts_on=date(2027, 1, 12), ends_on=date(2027, 1, 14)))
    assert draft.id is not None
    next_year = services.issue_trip(uow, draft.id, on=date(2027, 1, 5))
    assert [str(t.number) for t in (first, second, next_year)] == ["2026-001", "2026-002", "2027-001"]


def test_abroad_is_a_warning_in_a_draft_and_refused_at_issue_without_the_agreement(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    abroad = trip(office, scope=TripScope.ABROAD, country="БНХАУ", place="Хөх хот")
    report = services.check_trip(uow, abroad)
    assert report.is_valid
    assert {(i.field, i.severity) for i in report.issues} == {
        ("governor_agreed_on", Severity.WARNING),
        ("governor_reference", Severity.WARNING),
    }
    draft = services.save_trip_draft(uow, abroad)
    assert draft.id is not None
    with pytest.raises(ValidationError) as refused:
        services.issue_trip(uow, draft.id, on=date(2026, 11, 20))
    assert refused.value.report.for_field("governor_agreed_on")[0].message == _(ABROAD_AGREEMENT).format(clause="9.4")
    assert services.get_trip(uow, draft.id).number is None  # nothing half-saved, no number used


def test_abroad_with_the_agreement_is_issued(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    signed = issued(
        uow,
        office,
        scope=TripScope.ABROAD,
        country="БНХАУ",
        place="Хөх хот",
        governor_agreed_on=date(2026, 11, 18),
        governor_reference="01/345",
    )
    assert signed.destination == "БНХАУ, Хөх хот" and signed.status is TripStatus.ISSUED


def test_an_overlapping_trip_of_the_same_employee_is_refused(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    issued(uow, office)
    with pytest.raises(ValidationError) as refused:
        services.save_trip_draft(uow, trip(office, starts_on=date(2026, 11, 27), ends_on=date(2026, 11, 30)))
    assert refused.value.report.errors[0].code == "overlap"


def test_a_leave_on_the_same_days_is_only_warned(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    uow.leave_slips.add(
        LeaveSlip(
            employee_id=office["head"].id, starts_at=datetime(2026, 11, 26, 9), ends_at=datetime(2026, 11, 26, 18)
        )
    )
    report = services.check_trip(uow, trip(office))
    assert report.is_valid and [w.code for w in report.warnings] == ["leave_overlap"]
    assert services.save_trip_draft(uow, trip(office)).id is not None


def test_extension_and_recall_keep_the_original_dates(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    signed = issued(uow, office)
    assert signed.id is not None
    extended = services.extend_trip(
        uow, signed.id, new_end=date(2026, 11, 30), decided_on=date(2026, 11, 26), reference="Шийдвэр 12"
    )
    recalled = services.recall_trip(uow, signed.id, returned_on=date(2026, 11, 28), decided_on=date(2026, 11, 27))
    assert (extended.status, recalled.status) == (TripStatus.EXTENDED, TripStatus.RECALLED)
    assert (recalled.starts_on, recalled.ends_on, recalled.current_end) == (
        date(2026, 11, 24),
        date(2026, 11, 27),
        date(2026, 11, 28),
    )
    assert [c.kind for c in recalled.changes] == [TripChangeKind.EXTENSION, TripChangeKind.RECALL]
    assert recalled.changes[0].reference == "Шийдвэр 12"


@pytest.mark.parametrize(
    ("service", "new_end", "decided_on", "field"),
    [
        ("extend", date(2026, 11, 27), date(2026, 11, 25), "new_end"),  # not later than the end
        ("recall", date(2026, 11, 27), date(2026, 11, 25), "returned_on"),  # not earlier than the end
        ("recall", date(2026, 11, 23), date(2026, 11, 21), "returned_on"),  # before the trip starts
        ("extend", date(2026, 11, 30), date(2026, 11, 19), "decided_on"),  # before it was issued
        ("recall", date(2026, 11, 25), date(2026, 11, 26), "decided_on"),  # after the early return
    ],
)
def test_wrong_changes_are_refused_next_to_the_field(
    uow: FakeUnitOfWork, office: dict[str, Any], service: str, new_end: date, decided_on: date, field: str
) -> None:
    signed = issued(uow, office)
    assert signed.id is not None
    with pytest.raises(ValidationError) as refused:
        if service == "extend":
            services.extend_trip(uow, signed.id, new_end=new_end, decided_on=decided_on)
        else:
            services.recall_trip(uow, signed.id, returned_on=new_end, decided_on=decided_on)
    assert refused.value.report.errors[0].field == field


def test_an_extension_into_another_trip_is_refused(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    signed = issued(uow, office)
    issued(uow, office, starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 3))
    assert signed.id is not None
    with pytest.raises(ValidationError):
        services.extend_trip(uow, signed.id, new_end=date(2026, 12, 2), decided_on=date(2026, 11, 26))


def test_the_report_completes_the_trip_and_closes_it(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    signed = issued(uow, office)
    assert signed.id is not None
    with pytest.raises(ValidationError):
        services.record_trip_report(uow, signed.id, submitted_on=date(2026, 11, 26))
    done = services.record_trip_report(uow, signed.id, submitted_on=date(2026, 11, 30))
    assert done.status is TripStatus.COMPLETED
    with pytest.raises(RefusedError):
        services.extend_trip(uow, signed.id, new_end=date(2026, 12, 5), decided_on=date(2026, 11, 26))
    with pytest.raises(RefusedError):
        services.cancel_trip(uow, signed.id, reason="Алдаа", on=date(2026, 12, 1))


def test_an_issued_trip_is_not_edited_and_a_cancelled_one_is_kept(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    signed = issued(uow, office)
    assert signed.id is not None
    with pytest.raises(RefusedError):
        services.save_trip_draft(uow, replace(signed, purpose="Өөр"))
    with pytest.raises(ValidationError):
        services.cancel_trip(uow, signed.id, reason="  ", on=date(2026, 11, 21))
    cancelled = services.cancel_trip(uow, signed.id, reason="Хойшилсон", on=date(2026, 11, 21))
    assert cancelled.status is TripStatus.CANCELLED and str(cancelled.number) == "2026-001"
    assert services.save_trip_draft(uow, trip(office)).id is not None  # its days are free again


def test_missing_trips_and_employees_are_not_found(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    with pytest.raises(NotFoundError):
        services.issue_trip(uow, 99, on=date(2026, 11, 20))
    with pytest.raises(NotFoundError):
        services.save_trip_draft(uow, trip(office, employee_id=999))


def test_lists_by_month_unit_and_employee(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    issued(uow, office)
    issued(uow, office, employee_id=office["specialist"].id, starts_on=date(2026, 12, 1), ends_on=date(2026, 12, 2))
    november = services.list_trips(uow, TripFilter(year=2026, month=11))
    assert [(r.employee_name, r.department_name, r.calendar_days, r.working_days) for r in november] == [
        ("Раднаа Отгонжаргал", "Хууль, эрх зүйн хэлтэс", 4, 3)
    ]
    legal = services.list_trips(uow, TripFilter(year=2026, department_ids=(office["legal"].id,)))
    assert [r.employee_name for r in legal] == ["Раднаа Отгонжаргал"]
    assert [r.trip.starts_on for r in services.employee_trips(uow, office["specialist"].id)] == [date(2026, 12, 1)]
    assert len(services.list_trips(uow, TripFilter(year=2026))) == 2
