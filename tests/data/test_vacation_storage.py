"""Annual vacation on a real SQLite file: the table, disability, vacation slips, and the migration."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError

from core.entities import EmploymentEvent, EventKind
from core.leave.entities import LeaveKind, LeaveSlip, SlipStatus
from core.vacation.entitlement import ServiceBand, VacationPolicy
from data import Database
from data.migrate import alembic_config
from tests.data.conftest import make_employee

BEFORE = "7b1e84993b3d"  # the revision before annual vacation
VACATION = "1368cfdf21ac"


@pytest.fixture
def employee_id(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee(has_disability=True))
        uow.commit()
    assert saved.id is not None
    return saved.id


def vacation_slip(employee_id: int, start: str, end: str, **changes: object) -> LeaveSlip:
    values: dict[str, object] = {
        "employee_id": employee_id,
        "starts_at": datetime.fromisoformat(f"{start} 09:00"),
        "ends_at": datetime.fromisoformat(f"{end} 18:00"),
        "kind": LeaveKind.VACATION,
        "working_minutes": 4800,
        "vacation_year": 2026,
        **changes,
    }
    return LeaveSlip(**values)  # type: ignore[arg-type]


def test_the_table_reads_as_the_law_until_saved_and_round_trips(database: Database) -> None:
    with database.uow_factory() as uow:
        assert uow.vacation_settings.get() == VacationPolicy()
        mine = VacationPolicy(base_days=16, bands=(ServiceBand(5, 9, 2), ServiceBand(10, None, 6)), clause="6.12")
        uow.vacation_settings.save(mine)
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.vacation_settings.get() == mine


def test_disability_is_stored(database: Database, employee_id: int) -> None:
    with database.uow_factory() as uow:
        stored = uow.employees.get(employee_id)
    assert stored is not None and stored.has_disability is True


def test_vacations_of_a_year_and_first_appointments(database: Database, employee_id: int) -> None:
    with database.uow_factory() as uow:
        uow.leave_slips.add(vacation_slip(employee_id, "2026-03-02", "2026-03-13"))
        uow.leave_slips.add(vacation_slip(employee_id, "2026-04-06", "2026-04-08", status=SlipStatus.VOIDED))
        uow.leave_slips.add(vacation_slip(employee_id, "2027-01-11", "2027-01-15", vacation_year=2026))
        uow.leave_slips.add(vacation_slip(employee_id, "2027-03-01", "2027-03-05", vacation_year=2027))
        for day in (date(2015, 3, 1), date(2012, 9, 1)):
            uow.events.add(EmploymentEvent(employee_id, EventKind.APPOINTED, day))
        uow.events.add(EmploymentEvent(employee_id, EventKind.TRANSFERRED, date(2010, 1, 1)))
        uow.commit()
    with database.uow_factory() as uow:
        starts = [s.starts_at.date() for s in uow.leave_slips.vacations(2026)]
        assert starts == [date(2026, 3, 2), date(2027, 1, 11)]
        assert uow.leave_slips.vacations(2026, employee_id=employee_id + 1) == []
        assert uow.events.first_appointments() == {employee_id: date(2012, 9, 1)}


@pytest.mark.parametrize(
    "changes",
    [
        {"vacation_year": None},  # a vacation names its year
        {"kind": LeaveKind.PERSONAL},  # and only a vacation does
    ],
)
def test_the_database_refuses_a_vacation_without_its_year(
    database: Database, employee_id: int, changes: dict[str, object]
) -> None:
    with database.uow_factory() as uow, pytest.raises(IntegrityError, match="vacation_year"):
        uow.leave_slips.add(vacation_slip(employee_id, "2026-03-02", "2026-03-13", **changes))


def _migrate(path: Path, target: str, *, down: bool = False) -> None:
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
    engine.dispose()


def _schema(path: Path, table: str) -> tuple[set[str], set[str]]:
    """The table's constraint lines and its index names."""
    with sqlite3.connect(path) as connection:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        indexes = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index' AND sql IS NOT NULL", (table,)
            )
        }
    return {line.strip().rstrip(",") for line in sql.splitlines() if "CONSTRAINT" in line}, indexes


def test_the_migration_keeps_old_slips_and_every_constraint(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _migrate(path, BEFORE)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO employees (id, patronymic, given_name, surname, registration_number, birth_date, gender, "
            "phone, email, address, service_kind, contract_kind, status, search_key) VALUES (1, 'Чулуун', "
            "'Тамираа', '', 'УБ88051412', '1988-05-14', 'female', '', '', '', 'career', 'indefinite', 'active', 'x')"
        )
        connection.execute(
            "INSERT INTO leave_slips (id, employee_id, starts_at, ends_at, kind, reason_code, reason_text, "
            "working_minutes, recommended_by, position_title, department_name, status, print_count, signed_by, "
            "order_number, void_reason, overrun_minutes) VALUES (1, 1, '2026-03-02 09:00:00.000000', "
            "'2026-03-13 18:00:00.000000', 'childcare', '6.7', '', 4800, '', '', '', 'draft', 0, '', '', '', 0)"
        )
    constraints, indexes = _schema(path, "leave_slips")
    _migrate(path, VACATION)
    after_constraints, after_indexes = _schema(path, "leave_slips")
    kind_before = {c for c in constraints if "ck_leave_slips_kind" in c}
    assert constraints - kind_before <= after_constraints
    assert "CONSTRAINT ck_leave_slips_kind CHECK (kind IN ('personal', 'childcare', 'vacation'))" in after_constraints
    assert after_indexes == indexes | {"ix_leave_slips_vacation_year"}
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT id, kind, vacation_year FROM leave_slips").fetchall() == [
            (1, "childcare", None)
        ]
        assert connection.execute("SELECT has_disability FROM employees").fetchall() == [(0,)]
        connection.execute(
            "INSERT INTO leave_slips (id, employee_id, starts_at, ends_at, kind, reason_code, reason_text, "
            "working_minutes, recommended_by, position_title, department_name, status, print_count, signed_by, "
            "order_number, void_reason, overrun_minutes, vacation_year) VALUES (2, 1, '2026-04-06 09:00:00.000000', "
            "'2026-04-17 18:00:00.000000', 'vacation', '6.11', '', 4800, '', '', '', 'draft', 0, '', '', '', 0, 2026)"
        )
    _migrate(path, BEFORE, down=True)
    assert _schema(path, "leave_slips") == (constraints, indexes)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT id, kind FROM leave_slips").fetchall() == [(1, "childcare")]
