"""Job descriptions in a real SQLite file: whole-record round trip, constraints, bad bodies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core import services
from core.entities import Onboarding
from core.job_description.entities import DescriptionStatus
from data import Database
from data.repositories import UnreadableDescriptionError
from tests.data.conftest import make_department, make_employee, make_position
from tests.job_descriptions.seed_000 import approvable, seed_description


def _position(database: Database) -> int:
    with database.uow_factory() as uow:
        unit = uow.departments.add(make_department())
        position = uow.positions.add(make_position(unit.id))
        uow.commit()
    assert position.id is not None
    return position.id


def test_seed_is_stored_and_read_back_field_for_field(database: Database) -> None:
    position_id = _position(database)
    saved = services.save_job_description(database.uow_factory(), seed_description(position_id))
    assert saved.id is not None
    reread = services.get_job_description(database.uow_factory(), saved.id)
    assert reread == replace(seed_description(position_id), id=saved.id)
    [summary] = services.list_job_descriptions(database.uow_factory())
    assert (summary.position_title, summary.department_name) == ("Ахлах мэргэжилтэн", "Хууль, эрх зүйн хэлтэс")
    assert summary.effective_on == date(2022, 1, 1)


def test_the_file_refuses_a_second_draft_whatever_the_caller(database: Database) -> None:
    position_id = _position(database)
    services.save_job_description(database.uow_factory(), seed_description(position_id))
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.job_descriptions.add(replace(seed_description(position_id), version=2))


def test_the_file_refuses_an_undated_approved_version(database: Database) -> None:
    position_id = _position(database)
    seed = seed_description(position_id)
    undated = replace(seed, status=DescriptionStatus.APPROVED, general=replace(seed.general, effective_on=None))
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.job_descriptions.add(undated)


def test_an_unreadable_body_is_a_message_not_a_crash(database: Database) -> None:
    position_id = _position(database)
    saved = services.save_job_description(database.uow_factory(), seed_description(position_id))
    with database.uow_factory() as uow:
        uow._active().execute(text("UPDATE job_descriptions SET body = '{\"format\": 99}'"))
        uow.commit()
    assert saved.id is not None
    with pytest.raises(UnreadableDescriptionError) as error:
        services.get_job_description(database.uow_factory(), saved.id)
    assert isinstance(error.value, services.RefusedError)
    assert len(services.list_job_descriptions(database.uow_factory())) == 1  # the list still shows it


def test_onboarding_keeps_the_version_read(database: Database) -> None:
    position_id = _position(database)
    saved = services.save_job_description(database.uow_factory(), approvable(seed_description(position_id)))
    assert saved.id is not None
    services.approve_job_description(database.uow_factory(), saved.id)
    with database.uow_factory() as uow:
        employee = uow.employees.add(make_employee(position_id=position_id))
        uow.commit()
    assert employee.id is not None
    services.save_onboarding(
        database.uow_factory(), Onboarding(employee.id, job_description_on=date(2023, 1, 9)), today=date(2026, 1, 1)
    )
    assert services.get_onboarding(database.uow_factory(), employee.id).job_description_id == saved.id
