"""Regulation 2.3: the acting official signs inside the period, the titular one outside it."""

from __future__ import annotations

from datetime import date

import pytest

from core import services
from core.entities import ActingAssignment, SigningRole
from core.signatories import acting_title
from core.validation import ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork

START, END = date(2026, 7, 6), date(2026, 7, 17)


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict:
    people = office_with_people(uow)
    services.save_acting(
        uow,
        ActingAssignment(
            role=SigningRole.CHIEF,
            acting_employee_id=people["head"].id,
            starts_on=START,
            ends_on=END,
            order_number="А/77",
        ),
    )
    services.save_acting(
        uow,
        ActingAssignment(
            role=SigningRole.DEPARTMENT_HEAD,
            department_id=people["legal"].id,
            acting_employee_id=people["specialist"].id,
            starts_on=date(2026, 8, 3),
            ends_on=date(2026, 8, 3),
        ),
    )
    return people


@pytest.mark.parametrize(
    ("on", "name", "title", "acting"),
    [
        (date(2026, 7, 5), "Батбаяр", "Тамгын газрын дарга", False),  # the day before
        (START, "Отгонжаргал", "Тамгын газрын даргын үүрэг гүйцэтгэгч", True),  # first day
        (END, "Отгонжаргал", "Тамгын газрын даргын үүрэг гүйцэтгэгч", True),  # last day
        (date(2026, 7, 18), "Батбаяр", "Тамгын газрын дарга", False),  # the day after
    ],
)
def test_who_signs_for_the_chief(
    uow: FakeUnitOfWork, office: dict, on: date, name: str, title: str, acting: bool
) -> None:
    signatory = services.signatory_for(uow, SigningRole.CHIEF, on)
    assert signatory.employee is not None and signatory.employee.given_name == name
    assert signatory.title == title
    assert signatory.is_acting is acting


@pytest.mark.parametrize(
    ("on", "name", "title"),
    [
        (date(2026, 8, 2), "Отгонжаргал", "Хууль, эрх зүйн хэлтсийн дарга"),
        (date(2026, 8, 3), "Өлзийбат", "Хууль, эрх зүйн хэлтсийн даргын үүрэг гүйцэтгэгч"),
        (date(2026, 8, 4), "Отгонжаргал", "Хууль, эрх зүйн хэлтсийн дарга"),
    ],
)
def test_who_signs_for_a_department_head(uow: FakeUnitOfWork, office: dict, on: date, name: str, title: str) -> None:
    signatory = services.signatory_for(uow, SigningRole.DEPARTMENT_HEAD, on, department_id=office["legal"].id)
    assert signatory.employee is not None and signatory.employee.given_name == name
    assert signatory.title == title


def test_chief_acting_does_not_leak_into_departments(uow: FakeUnitOfWork, office: dict) -> None:
    signatory = services.signatory_for(uow, SigningRole.DEPARTMENT_HEAD, START, department_id=office["legal"].id)
    assert signatory.employee is not None and signatory.employee.given_name == "Отгонжаргал"
    assert not signatory.is_acting


def test_overlapping_acting_for_the_same_role_is_refused(uow: FakeUnitOfWork, office: dict) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.save_acting(
            uow,
            ActingAssignment(
                role=SigningRole.CHIEF,
                acting_employee_id=office["specialist"].id,
                starts_on=END,
                ends_on=date(2026, 7, 30),
            ),
        )
    assert [(i.field, i.code) for i in excinfo.value.report.errors] == [("starts_on", "overlap")]


def test_the_titular_official_cannot_act_for_themselves(uow: FakeUnitOfWork, office: dict) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.save_acting(
            uow,
            ActingAssignment(
                role=SigningRole.CHIEF,
                acting_employee_id=office["chief"].id,
                starts_on=date(2026, 9, 1),
                ends_on=date(2026, 9, 2),
            ),
        )
    assert excinfo.value.report.errors[0].code == "is_titular"


def test_a_period_ending_before_it_starts_is_refused(uow: FakeUnitOfWork, office: dict) -> None:
    with pytest.raises(ValidationError) as excinfo:
        services.save_acting(
            uow,
            ActingAssignment(
                role=SigningRole.CHIEF,
                acting_employee_id=office["head"].id,
                starts_on=date(2026, 9, 2),
                ends_on=date(2026, 9, 1),
            ),
        )
    assert excinfo.value.report.errors[0].field == "ends_on"


def test_no_chief_recorded_gives_an_empty_name_line(uow: FakeUnitOfWork) -> None:
    signatory = services.signatory_for(uow, SigningRole.CHIEF, START)
    assert signatory.employee is None and signatory.title == "Тамгын газрын дарга"


@pytest.mark.parametrize(
    ("title", "acting"),
    [
        ("Тамгын газрын дарга", "Тамгын газрын даргын үүрэг гүйцэтгэгч"),
        ("Архивын тасгийн эрхлэгч", "Архивын тасгийн эрхлэгчийн үүрэг гүйцэтгэгч"),
        ("Цэргийн штабын дарга", "Цэргийн штабын даргын үүрэг гүйцэтгэгч"),
    ],
)
def test_acting_title_grammar(title: str, acting: str) -> None:
    assert acting_title(title) == acting
