"""Employee records: each rule refuses with its field and code, and nothing half-saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from core import services
from core.entities import (
    ContractKind,
    Employee,
    EmployeeStatus,
    EmploymentEvent,
    EventKind,
    Gender,
    Onboarding,
    ServiceKind,
)
from core.services import NotFoundError, RefusedError
from core.validation import Severity, ValidationError, validate_employee
from tests.core.builders import employee, office_with_people
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"given_name": ""}, "given_name", "required"),
        ({"patronymic": "   "}, "patronymic", "required"),
        ({"given_name": "Tamiraa"}, "given_name", "not_cyrillic"),
        ({"given_name": "Тамир4"}, "given_name", "not_cyrillic"),
        ({"given_name": "Т" * 61}, "given_name", "too_long"),
        ({"surname": "Borjigin"}, "surname", "not_cyrillic"),
        ({"registration_number": ""}, "registration_number", "required"),
        ({"registration_number": "УБ12345"}, "registration_number", "shape"),
        ({"registration_number": "УБ88133311"}, "registration_number", "date"),
        ({"birth_date": date(1988, 5, 15), "registration_number": "УБ88051441"}, "birth_date", "registration_mismatch"),
        ({"phone": "утас"}, "phone", "format"),
        ({"email": "tamiraa@"}, "email", "format"),
        ({"address": "х" * 301}, "address", "too_long"),
        ({"contract_kind": ContractKind.FIXED_TERM}, "contract_ends_on", "required"),
        ({"contract_ends_on": date(2027, 1, 1)}, "contract_ends_on", "indefinite_has_end"),
        (
            {"contract_kind": ContractKind.PROBATION, "contract_ends_on": date(2027, 1, 1)},
            "contract_kind",
            "probation_career",
        ),
        ({"career_started_on": date(1995, 1, 1)}, "career_started_on", "before_working_age"),
        ({"career_started_on": date(2027, 1, 1)}, "career_started_on", "future"),
        ({"position_id": 1}, "appointed_on", "required"),
    ],
)
def test_each_rule_names_its_field(changes: dict[str, Any], field: str, code: str) -> None:
    report = validate_employee(employee(**changes), today=TODAY)
    assert (field, code) in [(i.field, i.code) for i in report.errors]


def test_a_valid_employee_has_no_issues() -> None:
    assert validate_employee(employee(), today=TODAY).issues == ()


def test_gender_disagreeing_with_the_registration_number_is_only_a_warning() -> None:
    record = employee(gender=Gender.FEMALE)
    report = validate_employee(replace(record, gender=Gender.MALE), today=TODAY)
    assert report.is_valid
    assert [(i.field, i.severity) for i in report.issues] == [("gender", Severity.WARNING)]


def test_messages_are_mongolian_by_default() -> None:
    report = validate_employee(employee(given_name=""), today=TODAY)
    assert report.errors[0].message == "Энэ талбарыг бөглөнө үү."


def test_save_normalises_text_at_the_edge(uow: FakeUnitOfWork) -> None:
    typed = employee(given_name="  Өлзий\u0431ат ", patronymic="Ганбат")
    typed = replace(typed, registration_number=typed.registration_number.lower())
    saved = services.save_employee(uow, typed, today=TODAY)
    assert saved.given_name == "Өлзийбат"
    assert saved.registration_number == typed.registration_number.upper()
    assert services.get_employee(uow, saved.id).given_name == "Өлзийбат"


def test_a_duplicate_registration_number_is_refused_and_nothing_saved(uow: FakeUnitOfWork) -> None:
    first = services.save_employee(uow, employee(), today=TODAY)
    with pytest.raises(ValidationError) as excinfo:
        services.save_employee(uow, employee(registration_number=first.registration_number), today=TODAY)
    assert excinfo.value.report.errors[0].code == "duplicate"
    assert len(services.list_employee_items(uow)) == 1


def test_an_invalid_save_leaves_the_store_untouched(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError):
        services.save_employee(uow, employee(given_name="x"), today=TODAY)
    assert uow.commits == 0 and services.list_employee_items(uow) == []


def test_appointment_and_transfer_are_kept_as_history(uow: FakeUnitOfWork) -> None:
    people = office_with_people(uow)
    history = services.employee_history(uow, people["head"].id)
    assert [(e.kind, e.effective_on, e.position_id) for e in history] == [
        (EventKind.APPOINTED, date(2020, 2, 1), people["head_post"].id)
    ]


def test_release_needs_an_order_and_changes_status(uow: FakeUnitOfWork) -> None:
    people = office_with_people(uow)
    head_id = people["head"].id
    with pytest.raises(ValidationError) as excinfo:
        services.record_event(
            uow, EmploymentEvent(employee_id=head_id, kind=EventKind.RELEASED, effective_on=date(2026, 12, 1))
        )
    assert {i.field for i in excinfo.value.report.errors} == {"order_number", "order_date"}
    released = services.record_event(
        uow,
        EmploymentEvent(
            employee_id=head_id,
            kind=EventKind.RELEASED,
            effective_on=date(2026, 12, 1),
            order_number="А/125",
            order_date=date(2026, 11, 24),
        ),
    )
    assert released.status is EmployeeStatus.RELEASED
    kinds = [e.kind for e in services.employee_history(uow, head_id)]
    assert kinds == [EventKind.APPOINTED, EventKind.RELEASED]
    assert services.get_employee(uow, head_id).id == head_id  # never deleted


def test_a_released_employee_cannot_be_dismissed_again(uow: FakeUnitOfWork) -> None:
    people = office_with_people(uow)
    event = EmploymentEvent(
        employee_id=people["specialist"].id,
        kind=EventKind.RELEASED,
        effective_on=date(2026, 12, 1),
        order_number="А/1",
        order_date=date(2026, 12, 1),
    )
    services.record_event(uow, event)
    with pytest.raises(RefusedError):
        services.record_event(uow, replace(event, kind=EventKind.DISMISSED))


def test_reappointment_after_release_sets_position_and_date(uow: FakeUnitOfWork) -> None:
    people = office_with_people(uow)
    emp_id = people["specialist"].id
    services.record_event(
        uow,
        EmploymentEvent(
            employee_id=emp_id,
            kind=EventKind.RELEASED,
            effective_on=date(2025, 1, 1),
            order_number="А/1",
            order_date=date(2025, 1, 1),
        ),
    )
    back = services.record_event(
        uow,
        EmploymentEvent(
            employee_id=emp_id,
            kind=EventKind.APPOINTED,
            effective_on=date(2026, 3, 2),
            position_id=people["head_post"].id,
            order_number="А/40",
            order_date=date(2026, 3, 1),
        ),
    )
    assert (back.status, back.position_id, back.appointed_on) == (
        EmployeeStatus.ACTIVE,
        people["head_post"].id,
        date(2026, 3, 2),
    )


def test_onboarding_dates_are_kept(uow: FakeUnitOfWork) -> None:
    people = office_with_people(uow)
    emp_id = people["specialist"].id
    services.save_onboarding(
        uow,
        Onboarding(employee_id=emp_id, job_description_on=date(2026, 3, 3), ethics_code_on=date(2026, 3, 4)),
        today=TODAY,
    )
    assert services.get_onboarding(uow, emp_id).ethics_code_on == date(2026, 3, 4)
    assert services.get_onboarding(uow, 999).job_description_on is None
    with pytest.raises(RefusedError):
        services.save_onboarding(uow, Onboarding(employee_id=emp_id, salary_on=date(2027, 1, 1)), today=TODAY)


def test_unknown_employee_is_reported(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotFoundError):
        services.get_employee(uow, 42)


def test_service_staff_may_be_on_probation(uow: FakeUnitOfWork) -> None:
    saved = services.save_employee(
        uow,
        employee(
            service_kind=ServiceKind.SERVICE,
            contract_kind=ContractKind.PROBATION,
            appointed_on=date(2026, 10, 1),
            contract_ends_on=date(2027, 1, 1),
        ),
        today=TODAY,
    )
    assert isinstance(saved, Employee) and saved.contract_kind is ContractKind.PROBATION
