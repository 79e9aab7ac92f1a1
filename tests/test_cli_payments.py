"""``main.py export payments --year`` and ``export gift-list --date``: the registers for the accountant."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main
from core import services
from core.entities import EmployeeStatus
from core.payments.entities import Payment
from core.payments.family import FamilyMember, Relation
from core.payments.money import format_tugrik
from data import open_database


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture
def office_db(demo_db: Path) -> Path:
    """The demo office (its own 2026 payments total 1 750 000 ₮) with two more fuel payments, an aid and a child."""
    database = open_database(demo_db, backup_dir=demo_db.parent / "backups")
    try:
        new_uow = database.uow_factory
        staff = [e for e in services.list_employee_items(new_uow()) if e.employee.status is EmployeeStatus.ACTIVE]
        first, second = staff[0].employee.id or 0, staff[1].employee.id or 0
        for person, order in ((first, "А/01"), (second, "А/02")):
            services.record_payment(
                new_uow(),
                Payment(
                    employee_id=person,
                    kind_code="10.7.8",
                    order_number=order,
                    order_date=date(2026, 1, 20),
                    amount=200_000,
                ),
            )
        services.record_payment(
            new_uow(),
            Payment(
                employee_id=first, kind_code="10.7.3-1", order_number="А/03", order_date=date(2026, 2, 2), amount=50_000
            ),
        )
        services.save_family_member(
            new_uow(), FamilyMember(first, Relation.CHILD, "Өлзийсайхан", date(2018, 6, 1)), today=date(2026, 3, 1)
        )
    finally:
        database.dispose()
    return demo_db


def run(*args: str) -> int:
    return main.main(list(args))


def test_xlsx_groups_by_kind_with_totals(office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "payments.xlsx"
    assert run("export", "payments", "--year", "2026", "--out", str(out), "--db", str(office_db)) == 0
    rows = [row for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if any(row)]
    assert rows[1][0] == "2026 оны тусламж, шагнал урамшууллын бүртгэл"
    totals = [row[-1] for row in rows if row[1] in ("Дүн", "Нийт дүн")]
    # 10.7.3 first, as the regulation orders them; the demo has 10.7.4, six fuel discounts, 10.7.9 and 12.4
    assert totals == [50_000, 200_000, 150_000, 1_500_000, 100_000, 200_000, 2_200_000]
    assert [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("10.7")] == [
        "10.7.3. 3 дугаар шатлалын эмнэлэгт онош тодруулсан",
        "10.7.4. Ажилтан, түүний хүүхэд гэр бүл болсон",
        "10.7.4. Шинээр гэр, орон сууцанд орсон",
        "10.7.8. Түлээ, нүүрсний үнийн хөнгөлөлт",
        "10.7.9. Гэр бүлд шинээр хүүхэд мэндэлсэн",
    ]
    assert "3" in capsys.readouterr().out


def test_pdf_has_the_title_and_the_totals(office_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "payments.pdf"
    assert run("export", "payments", "--year", "2026", "--out", str(out), "--db", str(office_db)) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "тусламж, шагнал урамшууллын бүртгэл" in text
    assert "Түлээ, нүүрсний үнийн хөнгөлөлт" in text
    assert format_tugrik(2_200_000).replace("\u00a0", " ") in text.replace("\u00a0", " ")


def test_another_year_is_empty_but_written(office_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "payments.xlsx"
    assert run("export", "payments", "--year", "2025", "--out", str(out), "--db", str(office_db)) == 0
    rows = [row for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if any(row)]
    assert rows[-1][-1] == 0


def test_another_format_is_refused(office_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "payments.csv"
    assert run("export", "payments", "--year", "2026", "--out", str(out), "--db", str(office_db)) == main.EXIT_REFUSED
    assert not out.exists() and ".csv" in capsys.readouterr().err


def test_gift_list_names_the_child_under_the_unit(office_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "gifts.pdf"
    assert run("export", "gift-list", "--date", "2026-06-01", "--out", str(out), "--db", str(office_db)) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Өлзийсайхан" in text and "Нийт: 16 хүүхэд" in text  # the demo's 15 children and this one
    assert "2026 оны 06 дугаар сарын 01-ний өдөр" in text


@pytest.mark.parametrize("document", ["gift-list", "payments"])
def test_the_signature_shares_its_page_with_the_list(document: str, office_db: Path, tmp_path: Path) -> None:
    """A signature alone at the top of a page signs nothing the reader can see."""
    out = tmp_path / "list.pdf"
    option = ("--date", "2026-06-01") if document == "gift-list" else ("--year", "2026")
    assert run("export", document, *option, "--out", str(out), "--db", str(office_db)) == 0
    last = PdfReader(out).pages[-1].extract_text()
    signer = "Жагсаалт гаргасан" if document == "gift-list" else "Бүртгэл хөтөлсөн"
    assert signer in last and "Нийт" in last and "№" in last  # the table's end, its total and the signature
