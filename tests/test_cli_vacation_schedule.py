"""``main.py export vacation-schedule --year``: the demo's approved schedule as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main
from core.vacation.schedule_document import HEADERS
from tests.conftest import DEMO_DAY


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


#: The demo plans the year of the day it is made on.
YEAR = DEMO_DAY.year


def export(demo_db: Path, out: Path, year: int) -> int:
    return main.main(["export", "vacation-schedule", "--year", str(year), "--out", str(out), "--db", str(demo_db)])


def test_pdf_is_the_approved_schedule(demo_db: Path, tmp_path: Path) -> None:
    year, out = YEAR, tmp_path / "schedule.pdf"
    assert export(demo_db, out, year) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert f"{year} ОНЫ ЭЭЛЖИЙН АМРАЛТЫН ХУВААРЬ" in text
    assert "БАТЛАВ. ТАМГЫН ГАЗРЫН ДАРГА" in text and f"{year} оны 03 дугаар сарын 20-ны өдөр" in text
    assert "ТӨСӨЛ" not in text and "өөрчилсөн" in text


def test_xlsx_has_the_header_and_a_line_per_employee(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "schedule.xlsx"
    assert export(demo_db, out, YEAR) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "№")
    assert list(rows[header]) == list(HEADERS)
    lines = [row for row in rows[header + 1 :] if isinstance(row[0], int)]
    assert len(lines) > 30 and all(row[7] and row[5] for row in lines)  # every line planned, days counted


def test_a_year_without_a_schedule_and_another_format_are_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(demo_db, tmp_path / "none.pdf", 2001) == main.EXIT_REFUSED
    assert not (tmp_path / "none.pdf").exists()
    assert export(demo_db, tmp_path / "schedule.csv", YEAR) == main.EXIT_REFUSED
    assert ".csv" in capsys.readouterr().err
