"""The demo office: about forty valid, reproducible people in the regulation 2.2 structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core import services
from core.demo import DemoSummary, fill_demo_office
from core.entities import (
    ContractKind,
    Employee,
    EmployeeStatus,
    EventKind,
    Gender,
    ServiceCategory,
    ServiceKind,
    SigningRole,
)
from core.registration import parse_registration_number
from core.services.errors import RefusedError
from core.spreadsheet import read_employee_sheet
from core.validation import validate_employee, validate_position
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo() -> tuple[FakeUnitOfWork, DemoSummary]:
    uow = FakeUnitOfWork()
    return uow, fill_demo_office(uow, today=TODAY)


def people(uow: FakeUnitOfWork) -> list[Employee]:
    return sorted(uow.employees.list(), key=lambda e: e.id or 0)


def test_the_office_has_about_forty_employees_who_all_pass_the_rules(demo: tuple) -> None:
    uow, summary = demo
    staff = people(uow)

    assert summary == DemoSummary(
        units=9,
        positions=29,
        employees=40,
        working=38,
        former=2,
        acting=2,
        onboarded=4,
        slips=14,
        job_descriptions=8,
        relatives=25,
        payments=11,
        attendance=13,
        trips=3,
        contracts=38,
    )
    assert len(staff) == 40 and len({e.registration_number for e in staff}) == 40
    assert len({(e.patronymic, e.given_name) for e in staff}) == 40
    errors = {e.given_name: validate_employee(e, today=TODAY).errors for e in staff}
    assert {name: found for name, found in errors.items() if found} == {}
    assert all(validate_position(p).is_valid for p in uow.positions.list())


def test_every_registration_number_agrees_with_birth_date_and_gender(demo: tuple) -> None:
    staff = people(demo[0])

    for person in staff:
        info = parse_registration_number(person.registration_number)
        assert (info.number, info.birth_date, info.gender_hint) == (
            person.registration_number,
            person.birth_date,
            person.gender,
        )
    assert any(p.birth_date.year >= 2000 for p in staff) and any(p.birth_date.year < 2000 for p in staff)
    assert {p.gender for p in staff} == set(Gender)


def test_the_same_seed_gives_the_same_office_and_another_seed_another() -> None:
    def numbers(seed: int) -> list[str]:
        uow = FakeUnitOfWork()
        fill_demo_office(uow, today=TODAY, seed=seed)
        return [e.registration_number for e in people(uow)]

    assert numbers(7) == numbers(7)
    assert numbers(7) != numbers(8)


def test_a_non_empty_office_is_refused(uow: FakeUnitOfWork) -> None:
    services.save_employee(uow, employee(), today=TODAY)

    with pytest.raises(RefusedError):
        fill_demo_office(uow, today=TODAY)
    assert uow.employees.count() == 1 and uow.departments.list() == []


def test_chief_heads_and_acting_officials_follow_regulation_2_3(demo: tuple) -> None:
    uow = demo[0]
    settings = services.get_settings(uow)
    units = {u.name: u for u in uow.departments.list()}
    position_of = {e.id: uow.positions.get(e.position_id or 0) for e in uow.employees.list()}

    assert settings.official_name == "Архангай аймгийн Засаг даргын Тамгын газар" and settings.city == "Цэцэрлэг"
    chief_post = position_of[settings.chief_employee_id]
    assert chief_post is not None and (chief_post.title, chief_post.class_number) == ("Тамгын газрын дарга", 10)
    assert all(unit.head_employee_id is not None for unit in units.values())
    chief_acting, head_acting = sorted(uow.acting.list(), key=lambda a: a.role is SigningRole.DEPARTMENT_HEAD)
    assert chief_acting.acting_employee_id == units["Төрийн захиргааны удирдлагын хэлтэс"].head_employee_id
    stand_in = position_of[head_acting.acting_employee_id]
    assert stand_in is not None and stand_in.department_id == head_acting.department_id
    assert stand_in.title == "Мэргэжилтэн"
    signatory = services.signatory_for(uow, SigningRole.DEPARTMENT_HEAD, TODAY, department_id=head_acting.department_id)
    assert signatory.is_acting and signatory.employee is not None
    assert signatory.employee.id == head_acting.acting_employee_id


def test_people_who_left_have_their_orders(demo: tuple) -> None:
    uow = demo[0]
    gone = [e for e in uow.employees.list() if e.status is not EmployeeStatus.ACTIVE]

    assert sorted(e.status for e in gone) == sorted([EmployeeStatus.RELEASED, EmployeeStatus.DISMISSED])
    orders = {ev.kind: ev.order_number for e in gone for ev in services.employee_history(uow, e.id or 0)}
    assert orders == {EventKind.APPOINTED: "", EventKind.RELEASED: "А/125", EventKind.DISMISSED: "А/131"}


def test_service_staff_and_recent_hires(demo: tuple) -> None:
    uow = demo[0]
    staff = uow.employees.list()
    service = [e for e in staff if e.service_kind is ServiceKind.SERVICE]
    categories = {p.category for p in uow.positions.list()}

    assert categories == {ServiceCategory.ADMINISTRATIVE, ServiceCategory.SERVICE, ServiceCategory.SPECIAL}
    assert {e.contract_kind for e in service} == set(ContractKind)
    assert all(e.contract_ends_on is not None for e in service if e.contract_kind is not ContractKind.INDEFINITE)
    onboarded = [uow.onboarding.get(e.id or 0) for e in staff]
    assert sum(o is not None for o in onboarded) == 4
    assert all(o.internal_regulation_on <= TODAY for o in onboarded if o and o.internal_regulation_on)


def test_names_use_the_mongolian_letters(demo: tuple) -> None:
    text = " ".join(f"{e.surname} {e.patronymic} {e.given_name}" for e in demo[0].employees.list())

    assert "Ө" in text and "Ү" in text and "ө" in text and "ү" in text
    assert any(e.surname for e in demo[0].employees.list())


def test_the_demo_office_exports_and_reads_back_cleanly(demo: tuple, tmp_path: Path) -> None:
    uow = demo[0]
    path = tmp_path / "demo.xlsx"
    services.export_employees(uow, path)

    preview = read_employee_sheet(
        path, positions=uow.positions.list(), departments=uow.departments.list(), existing=[], today=TODAY
    )

    assert len(preview.valid_rows) == 40
    assert sorted(r.employee.registration_number for r in preview.rows if r.employee) == sorted(
        e.registration_number for e in uow.employees.list()
    )


def test_the_chief_and_department_heads_have_job_descriptions(demo: tuple) -> None:
    from core.job_description.entities import DescriptionStatus
    from core.job_description.validation import validate_description

    uow, summary = demo
    versions = services.list_job_descriptions(uow)
    assert summary.job_descriptions == len(versions) == 8
    assert all(v.status is DescriptionStatus.APPROVED for v in versions)
    titles = sorted({(v.position_title, v.department_name) for v in versions})
    assert ("Тамгын газрын дарга", "") in titles
    assert sum(1 for title, _unit in titles if title == "Хэлтсийн дарга") == 6
    for version in versions:
        description = services.get_job_description(uow, version.id)
        assert validate_description(description, for_approval=True).issues == ()
    chief = next(v for v in versions if v.position_title == "Тамгын газрын дарга")
    assert services.get_job_description(uow, chief.id).relations.reports_to == "Архангай аймгийн Засаг дарга"


def test_the_legal_heads_description_was_revised_in_2025(demo: tuple) -> None:
    uow, _summary = demo
    legal = [v for v in services.list_job_descriptions(uow) if v.department_name == "Хууль, эрх зүйн хэлтэс"]
    assert [(v.version, v.effective_on) for v in legal] == [(1, date(2022, 1, 1)), (2, date(2025, 3, 1))]
    first, second = (services.get_job_description(uow, v.id) for v in legal)
    assert second.based_on_id == first.id
    assert second.function_count == first.function_count + 1
    assert services.description_in_force(uow, legal[0].position_id, TODAY).id == legal[1].id  # type: ignore[union-attr]
    assert services.description_in_force(uow, legal[0].position_id, date(2024, 12, 31)).id == legal[0].id  # type: ignore[union-attr]
