"""The sanctions register over the fake unit of work: record, repeat, annul, the 12.10 check."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest

from core.discipline.entities import OTHER_BREACH, Sanction, SanctionKind
from core.services.discipline import (
    annul_sanction,
    award_blocked,
    list_sanctions,
    record_sanction,
    sanction_order_draft,
)
from core.services.errors import NotFoundError, RefusedError
from core.validation import ValidationError
from tests.core.builders import employee, office_with_people
from tests.fakes import FakeUnitOfWork

WARNING = Sanction(
    employee_id=1,
    breach_code="11.1.5",
    breach_text="",
    kind=SanctionKind.WARNING,
    order_number=" А/12 ",
    order_date=date(2026, 1, 15),
    starts_on=date(2026, 1, 15),
)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.employees.add(employee())
    return uow


def test_a_sanction_is_recorded_with_the_regulation_wording_and_lapse_date(uow: FakeUnitOfWork) -> None:
    saved = record_sanction(uow, WARNING)
    assert saved.id is not None and saved.order_number == "А/12"
    assert saved.breach_text == "Ажлын байранд тамхи татах"
    assert saved.lapses_on == date(2027, 1, 14)
    assert not saved.repeated
    assert list_sanctions(uow, employee_id=1) == [saved]


def test_a_second_breach_of_the_clause_while_the_first_counts_is_marked_repeated(uow: FakeUnitOfWork) -> None:
    record_sanction(uow, WARNING)
    later = replace(
        WARNING,
        order_date=date(2026, 6, 1),
        starts_on=date(2026, 6, 1),
        kind=SanctionKind.SALARY_CUT,
        cut_percent=20,
        cut_months=6,
    )
    assert record_sanction(uow, later).repeated


def test_an_award_is_refused_until_the_day_after_the_sanction_lapses(uow: FakeUnitOfWork) -> None:
    record_sanction(uow, WARNING)
    refusal = award_blocked(uow, 1, date(2027, 1, 14))
    assert refusal is not None and "12.10" in refusal
    assert award_blocked(uow, 1, date(2027, 1, 15)) is None


def test_a_mistaken_sanction_is_annulled_and_kept(uow: FakeUnitOfWork) -> None:
    saved = record_sanction(uow, WARNING)
    assert saved.id is not None
    annulled = annul_sanction(uow, saved.id, reason=" Буруу ажилтан ", on=date(2026, 1, 20))
    assert annulled.annul_reason == "Буруу ажилтан"
    assert list_sanctions(uow, employee_id=1) == [annulled]
    assert list_sanctions(uow, in_force_on=date(2026, 2, 1)) == []
    assert award_blocked(uow, 1, date(2026, 2, 1)) is None
    with pytest.raises(RefusedError):
        annul_sanction(uow, saved.id, reason="again", on=date(2026, 1, 21))


def test_refusals(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError) as error:
        record_sanction(uow, replace(WARNING, kind=SanctionKind.SALARY_CUT, cut_percent=21, cut_months=7))
    assert {i.field for i in error.value.report.errors} == {"cut_percent", "cut_months"}
    with pytest.raises(ValidationError):
        record_sanction(uow, replace(WARNING, breach_code=OTHER_BREACH))
    with pytest.raises(NotFoundError):
        record_sanction(uow, replace(WARNING, employee_id=99))
    with pytest.raises(ValidationError):
        annul_sanction(uow, 1, reason=" ", on=date(2026, 1, 20))
    with pytest.raises(NotFoundError):
        annul_sanction(uow, 42, reason="x", on=date(2026, 1, 20))
    assert uow.commits == 0


def test_the_order_draft_names_the_sanction_the_breach_and_the_chief() -> None:
    uow = FakeUnitOfWork()
    office = office_with_people(uow)
    cut = replace(
        WARNING, employee_id=office["specialist"].id, kind=SanctionKind.SALARY_CUT, cut_percent=20, cut_months=6
    )
    saved = record_sanction(uow, cut)
    document = sanction_order_draft(uow, saved.id or 0)
    assert document.title == "Сахилгын шийтгэл ногдуулах тухай"
    assert document.number_line == "Дугаар А/12"
    assert document.date_line == "2026 оны 01 дүгээр сарын 15-ны өдөр"
    assert document.basis == (
        "Төрийн албаны тухай хуулийн 48 дугаар зүйл, Архангай аймгийн Засаг даргын Тамгын газрын дотоод журмын "
        "11.1.5, 13.4 дэх заалтыг үндэслэн ТУШААХ НЬ:"
    )
    assert document.clauses[0] == (
        "Дараах албан хаагчид албан тушаалын цалинг 6 сарын хугацаагаар 20 хувиар бууруулах сахилгын шийтгэл "
        "ногдуулсугай: Г.Өлзийбат."
    )
    assert document.clauses[1] == "Зөрчил: Ажлын байранд тамхи татах (дотоод журмын 11.1.5)."
    assert document.signature.name == "Д.БАТБАЯР"
    annulled = annul_sanction(uow, saved.id or 0, reason="Алдаа", on=date(2026, 1, 16))
    with pytest.raises(RefusedError):
        sanction_order_draft(uow, annulled.id or 0)


def test_a_warning_order_cites_13_3_1_and_names_the_unit() -> None:
    uow = FakeUnitOfWork()
    office = office_with_people(uow)
    saved = record_sanction(uow, replace(WARNING, employee_id=office["head"].id, breach_code="13.1-2"))
    document = sanction_order_draft(uow, saved.id or 0)
    assert document.basis.endswith("дотоод журмын 13.1, 13.3.1 дэх заалтыг үндэслэн ТУШААХ НЬ:")
    assert document.clauses[0].startswith("Дараах албан хаагчид сануулах сахилгын шийтгэл ногдуулсугай: Хууль")
    assert document.clauses[0].endswith("Р.Отгонжаргал.")


def test_the_order_draft_renders_as_pdf_and_word() -> None:
    from core.documents.leave_order import render_order_docx, render_order_pdf

    uow = FakeUnitOfWork()
    office = office_with_people(uow)
    saved = record_sanction(uow, replace(WARNING, employee_id=office["specialist"].id))
    document = sanction_order_draft(uow, saved.id or 0)
    pdf, word = io.BytesIO(), io.BytesIO()
    render_order_pdf(document, pdf)
    render_order_docx(document, word)
    assert pdf.getvalue().startswith(b"%PDF") and word.getvalue().startswith(b"PK")
