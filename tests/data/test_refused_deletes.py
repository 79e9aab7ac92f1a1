"""Deletes the foreign keys would refuse are refused by the services first, with the user's message.

Before, SQLite's ``FOREIGN KEY constraint failed`` reached the screens as "Unexpected error".
These run on a real, migrated SQLite file so the foreign keys themselves are in play.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core import services
from core.entities import ActingAssignment, Department, Position, ServiceCategory, SigningRole
from core.i18n import _
from core.services import NotFoundError, RefusedError
from data import Database
from data.repositories import MissingRecordError
from tests.core.builders import employee

TODAY = date(2026, 3, 2)


def test_a_position_in_someones_career_history_is_not_deleted(database: Database) -> None:
    new_uow = database.uow_factory
    unit = services.save_department(new_uow(), Department("Хууль, эрх зүйн хэлтэс"))
    old_post = services.save_position(new_uow(), Position("Хуучин", unit.id, ServiceCategory.ADMINISTRATIVE, 7))
    new_post = services.save_position(new_uow(), Position("Шинэ", unit.id, ServiceCategory.ADMINISTRATIVE, 7))
    person = services.save_employee(
        new_uow(), employee(position_id=old_post.id, appointed_on=date(2024, 1, 2)), today=TODAY
    )
    services.save_employee(new_uow(), replace(person, position_id=new_post.id, appointed_on=date(2025, 1, 2)),
                           today=TODAY)
    assert old_post.id is not None
    assert any(e.position_id == old_post.id for e in services.employee_history(new_uow(), person.id or 0))

    with pytest.raises(RefusedError) as excinfo:
        services.delete_position(new_uow(), old_post.id)

    assert str(excinfo.value) == _("Employees' career history names this position; it cannot be deleted.")
    assert [p.title for p in services.list_positions(new_uow())] == ["Хуучин", "Шинэ"]


def test_a_position_never_used_is_deleted(database: Database) -> None:
    post = services.save_position(database.uow_factory(), Position("Түр", None, ServiceCategory.ADMINISTRATIVE, 7))
    services.delete_position(database.uow_factory(), post.id or 0)
    assert services.list_positions(database.uow_factory()) == []


def test_a_unit_named_by_an_acting_assignment_is_not_deleted(database: Database) -> None:
    new_uow = database.uow_factory
    unit = services.save_department(new_uow(), Department("Түр хэлтэс"))
    person = services.save_employee(new_uow(), employee(), today=TODAY)
    services.save_acting(new_uow(), ActingAssignment(SigningRole.DEPARTMENT_HEAD, person.id or 0, date(2026, 1, 5),
                                                     date(2026, 1, 9), department_id=unit.id))

    with pytest.raises(RefusedError) as excinfo:
        services.delete_department(new_uow(), unit.id or 0)

    assert str(excinfo.value) == _("Acting assignments name this unit; delete them first.")
    assert [u.name for u in services.list_departments(new_uow())] == ["Түр хэлтэс"]


@pytest.mark.parametrize("action", ["delete_acting", "delete_position", "delete_department"])
def test_a_stale_id_is_a_not_found_error_with_the_users_message(database: Database, action: str) -> None:
    with pytest.raises(NotFoundError) as excinfo:
        getattr(services, action)(database.uow_factory(), 9999)
    assert isinstance(excinfo.value, MissingRecordError)
    assert excinfo.value.record_id == 9999
    assert str(excinfo.value) == _("This record is no longer in the database; it may have been deleted meanwhile.")


def test_updating_a_deleted_acting_assignment_is_not_found(database: Database) -> None:
    person = services.save_employee(database.uow_factory(), employee(), today=TODAY)
    stale = ActingAssignment(SigningRole.CHIEF, person.id or 0, date(2026, 1, 5), date(2026, 1, 9), id=777)
    with pytest.raises(NotFoundError):
        services.save_acting(database.uow_factory(), stale)
