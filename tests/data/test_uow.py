"""The unit of work commits only when told to, and the maintenance report reads the file."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from data import Database
from tests.data.conftest import make_department, make_employee


def test_nothing_is_saved_without_commit(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.employees.add(make_employee())
    with database.uow_factory() as uow:
        assert uow.employees.count() == 0


def test_an_exception_rolls_back_even_after_flushes(database: Database) -> None:
    with pytest.raises(RuntimeError), database.uow_factory() as uow:
        uow.departments.add(make_department())
        uow.employees.add(make_employee())
        raise RuntimeError("the action failed half-way")
    with database.uow_factory() as uow:
        assert (uow.employees.count(), uow.departments.list()) == (0, [])


def test_commit_is_durable_and_later_changes_roll_back(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.employees.add(make_employee(1))
        uow.commit()
        uow.employees.add(make_employee(2))
    with closing(sqlite3.connect(database.path)) as other:  # another connection sees only the commit
        assert other.execute("SELECT count(*) FROM employees").fetchone() == (1,)


def test_explicit_rollback(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.employees.add(make_employee())
        uow.rollback()
        assert uow.employees.count() == 0


def test_a_unit_of_work_is_used_once(database: Database) -> None:
    uow = database.uow_factory()
    with uow:
        pass
    with pytest.raises(RuntimeError):
        uow.commit()


def test_the_report_on_a_sound_file(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.employees.add(make_employee(1))
        uow.employees.add(make_employee(2))
        uow.departments.add(make_department())
        uow.commit()
    with database.uow_factory() as uow:
        report = uow.maintenance.report()
    assert report.integrity_ok and report.foreign_keys_ok
    assert report.problems == ()
    assert report.schema_version == database.migration.to_revision
    assert report.counts["employees"] == 2
    assert report.counts["departments"] == 1
    assert report.counts["acting_assignments"] == 0


def test_the_report_finds_a_dangling_reference(database: Database) -> None:
    with closing(sqlite3.connect(database.path)) as other:  # foreign keys off, as in a damaged file
        other.execute(
            "INSERT INTO positions (title, department_id, category, rank, posts) VALUES ('Жолооч', 99, 'ТҮ', '', 1)"
        )
        other.commit()
    with database.uow_factory() as uow:
        report = uow.maintenance.report()
    assert report.integrity_ok
    assert not report.foreign_keys_ok
    assert report.problems == ("positions row 1: missing departments",)
