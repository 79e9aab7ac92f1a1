"""The sanctions register on a real SQLite file: round trip, annulment, the database's own limits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from core.discipline.entities import Sanction, SanctionKind
from core.services.discipline import annul_sanction, award_blocked, list_sanctions, record_sanction
from data import Database
from data.records import SanctionRecord
from tests.data.conftest import make_employee

CUT = Sanction(
    employee_id=0,
    breach_code="13.3.1.3",
    breach_text="",
    kind=SanctionKind.SALARY_CUT,
    order_number="Б/7",
    order_date=date(2026, 3, 2),
    starts_on=date(2026, 3, 2),
    cut_percent=20,
    cut_months=6,
    note="Долоо хоногт 4 удаа хоцорсон",
)


@pytest.fixture
def employee_id(database: Database) -> int:
    with database.uow_factory() as uow:
        saved = uow.employees.add(make_employee())
        uow.commit()
    assert saved.id is not None
    return saved.id


def test_a_sanction_round_trips(database: Database, employee_id: int) -> None:
    new = database.uow_factory
    saved = record_sanction(new(), Sanction(**{**_fields(CUT), "employee_id": employee_id}))
    with new() as uow:
        assert uow.sanctions.get(saved.id or 0) == saved
    assert saved.lapses_on == date(2026, 9, 1)
    assert award_blocked(new(), employee_id, date(2026, 9, 1)) is not None
    assert award_blocked(new(), employee_id, date(2026, 9, 2)) is None


def test_an_annulled_sanction_is_kept(database: Database, employee_id: int) -> None:
    new = database.uow_factory
    saved = record_sanction(new(), Sanction(**{**_fields(CUT), "employee_id": employee_id}))
    annulled = annul_sanction(new(), saved.id or 0, reason="Тушаал хүчингүй болсон", on=date(2026, 3, 5))
    assert list_sanctions(new(), employee_id=employee_id) == [annulled]
    assert list_sanctions(new(), in_force_on=date(2026, 4, 1)) == []


@pytest.mark.parametrize(("percent", "months"), [(21, 6), (20, 7), (None, 6)])
def test_the_database_refuses_a_cut_beyond_the_law(
    database: Database, employee_id: int, percent: int | None, months: int
) -> None:
    with database.uow_factory() as uow:
        uow.sanctions.add(Sanction(**{**_fields(CUT), "employee_id": employee_id, "lapses_on": date(2026, 9, 1)}))
        record = uow._active().get(SanctionRecord, 1)
        assert record is not None
        record.cut_percent, record.cut_months = percent, months
        with pytest.raises(IntegrityError):
            uow._active().flush()


def _fields(sanction: Sanction) -> dict[str, object]:
    return {name: getattr(sanction, name) for name in Sanction.__dataclass_fields__}
