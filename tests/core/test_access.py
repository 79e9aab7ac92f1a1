"""Roles are enforced in core: every exported service is guarded, and the matrix holds on real calls."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from core import services
from core.access import (
    POLICY,
    Action,
    PermissionDeniedError,
    action_of,
    mask_personal_data,
    mask_text,
    permits,
)
from core.entities import Department, OfficeSettings, SigningRole
from core.i18n import _
from core.leave.entities import SlipFilter
from core.passwords import Argon2Hasher
from core.services import RefusedError
from core.users import Role, User
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

ADMIN = User(login="admin", full_name="Админ", role=Role.ADMINISTRATOR, id=1)
HR = User(login="hr", full_name="Нярав", role=Role.HR, id=2)
VIEWER = User(login="viewer", full_name="Харагч", role=Role.VIEWER, id=3)
ACTORS = {Role.ADMINISTRATOR: ADMIN, Role.HR: HR, Role.VIEWER: VIEWER}


def exported_services() -> list[tuple[str, Callable[..., Any]]]:
    return [(name, getattr(services, name)) for name in services.__all__
            if inspect.isfunction(getattr(services, name))]


def test_every_exported_service_is_guarded_by_an_action() -> None:
    unguarded = [name for name, service in exported_services()
                 if action_of(service) is None and name not in services.PURE_HELPERS]
    assert unguarded == []
    assert len(exported_services()) > 60  # the enumeration really sees the services


def test_pure_helpers_take_no_unit_of_work() -> None:
    """An exemption is only for a function that cannot reach the database."""
    for name in services.PURE_HELPERS:
        parameters = inspect.signature(getattr(services, name)).parameters
        assert "uow" not in parameters, name


@pytest.mark.parametrize(("name", "service"), [(n, s) for n, s in exported_services() if action_of(s)])
@pytest.mark.parametrize("role", list(Role))
def test_each_service_refuses_each_role_the_policy_refuses(name: str, service: Callable[..., Any],
                                                           role: Role) -> None:
    """The guard runs before the service body, so a refused role gets the error whatever the arguments."""
    action = action_of(service)
    assert action is not None
    uow = FakeUnitOfWork(actor=ACTORS[role])
    if permits(role, action):
        return
    with pytest.raises(PermissionDeniedError) as caught:
        service(uow, 1)
    assert caught.value.action is action and caught.value.role is role
    assert uow.commits == 0


def test_the_policy_reads_like_the_issue() -> None:
    assert {role for role in Role if permits(role, Action.MANAGE_USERS)} == {Role.ADMINISTRATOR}
    assert {role for role in Role if permits(role, Action.RESTORE)} == {Role.ADMINISTRATOR}
    assert {role for role in Role if permits(role, Action.EDIT_RECORDS)} == {Role.HR}
    assert {role for role in Role if permits(role, Action.PRINT)} == {Role.HR}
    assert {role for role in Role if permits(role, Action.SEE_PERSONAL_DATA)} == {Role.ADMINISTRATOR, Role.HR}
    writes = {action for action, roles in POLICY.items() if Role.VIEWER in roles}
    assert writes == {Action.READ_RECORDS, Action.VERIFY, Action.LOG_IN}


def test_refusal_message_names_the_role_and_the_action() -> None:
    error = PermissionDeniedError(Role.VIEWER, Action.EDIT_RECORDS)
    assert isinstance(error, RefusedError)
    assert str(error) == _("A user with the role “{role}” may not {action}. Ask an administrator.").format(
        role=_("Viewer"), action=_("change the records")
    )


def _calls() -> dict[Action, Callable[[FakeUnitOfWork], object]]:
    """One real call per action, each on a fresh fake office."""
    return {
        Action.READ_RECORDS: lambda uow: services.list_employee_items(uow),
        Action.EDIT_RECORDS: lambda uow: services.save_department(uow, Department(name="Санхүүгийн хэлтэс")),
        Action.EDIT_LEAVE: lambda uow: services.list_slips(uow, SlipFilter()),  # replaced below for the write
        Action.EDIT_SETTINGS: lambda uow: services.save_settings(uow, OfficeSettings()),
        Action.CHECK_DATABASE: lambda uow: services.check_database(uow),
        Action.MANAGE_USERS: lambda uow: services.create_user(
            uow, login="saraa", full_name="Сараа", role=Role.VIEWER, password="нууц үг 123",
            hasher=Argon2Hasher.for_tests()),
        Action.LOG_IN: lambda uow: services.needs_first_administrator(uow),
    }


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(_calls()))
def test_matrix_over_real_calls(role: Role, action: Action) -> None:
    uow = FakeUnitOfWork(actor=ACTORS[role])
    call = _calls()[action]
    if action is Action.EDIT_LEAVE:
        saved = services.save_employee(FakeUnitOfWork(uow.committed_store), employee())
        call = lambda u: services.delete_draft(u, 999)  # noqa: E731 — refused or "not found", never a write
        assert saved.id is not None
    if permits(role, action):
        try:
            call(uow)
        except PermissionDeniedError:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{role} was refused {action}")
        except LookupError:
            pass  # allowed through the guard; the slip just does not exist
    else:
        commits = uow.commits
        with pytest.raises(PermissionDeniedError):
            call(uow)
        assert uow.commits == commits


def test_no_actor_is_the_command_line_and_may_do_everything() -> None:
    uow = FakeUnitOfWork()
    saved = services.save_department(uow, Department(name="Санхүүгийн хэлтэс"))
    assert saved.id == 1


# --- Masking ---------------------------------------------------------------------------------


def test_mask_text_keeps_the_ends_asked_for() -> None:
    assert mask_text("УБ88051412", keep_start=2, keep_end=2) == "УБ******12"
    assert mask_text("99112233", keep_end=2) == "******33"
    assert mask_text("Баянгол, 3-р хороо") == "******** *** *****"
    assert mask_text("") == ""
    assert mask_text("12", keep_start=2, keep_end=2) == "**"


def test_mask_personal_data_masks_only_the_three_fields() -> None:
    person = employee(address="Сүхбаатар дүүрэг", phone="99112233")
    masked = mask_personal_data(person)
    assert masked.registration_number == person.registration_number[:2] + "******" + person.registration_number[-2:]
    assert masked.phone == "******33"
    assert masked.address == "********* ******"
    assert (masked.given_name, masked.patronymic, masked.birth_date) == (person.given_name, person.patronymic,
                                                                         person.birth_date)


def _office_with_one(role: Role) -> tuple[FakeUnitOfWork, int, str]:
    hr = FakeUnitOfWork(actor=HR)
    saved = services.save_employee(hr, employee(address="Сүхбаатар дүүрэг", phone="99112233"))
    assert saved.id is not None
    return FakeUnitOfWork(hr.committed_store, actor=ACTORS[role]), saved.id, saved.registration_number


def test_viewer_reads_masked_copies_and_the_store_keeps_the_real_values() -> None:
    uow, employee_id, number = _office_with_one(Role.VIEWER)
    read = services.get_employee(uow, employee_id)
    item = services.list_employee_items(uow)[0]
    assert read.registration_number == number[:2] + "******" + number[-2:]
    assert item.employee.registration_number == read.registration_number
    assert (read.phone, item.employee.address) == ("******33", "********* ******")
    assert uow.committed_store.employees.rows[employee_id].registration_number == number


@pytest.mark.parametrize("role", [Role.HR, Role.ADMINISTRATOR])
def test_hr_and_administrator_see_the_real_values(role: Role) -> None:
    uow, employee_id, number = _office_with_one(role)
    assert services.get_employee(uow, employee_id).registration_number == number
    assert services.list_employee_items(uow)[0].employee.phone == "99112233"


def test_viewer_cannot_save_the_masked_copy_back() -> None:
    uow, employee_id, number = _office_with_one(Role.VIEWER)
    masked = services.get_employee(uow, employee_id)
    with pytest.raises(PermissionDeniedError):
        services.save_employee(uow, masked, today=date(2026, 11, 25))
    assert uow.committed_store.employees.rows[employee_id].registration_number == number


def test_viewer_gets_the_signatory_masked() -> None:
    hr = FakeUnitOfWork(actor=HR)
    chief = services.save_employee(hr, employee(phone="99112233"))
    admin = FakeUnitOfWork(hr.committed_store, actor=ADMIN)
    services.save_settings(admin, OfficeSettings(chief_employee_id=chief.id))
    viewer = FakeUnitOfWork(admin.committed_store, actor=VIEWER)
    hr = FakeUnitOfWork(admin.committed_store, actor=HR)

    signatory = services.signatory_for(viewer, SigningRole.CHIEF, date(2026, 11, 25))
    assert signatory.employee is not None and signatory.employee.phone == "******33"
    assert services.signatory_for(hr, SigningRole.CHIEF, date(2026, 11, 25)).employee == chief
