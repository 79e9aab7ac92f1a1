"""``main.py export attendance --month``: the monthly attendance summary as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


def export(demo_db: Path, out: Path, month: str = "2026-01") -> int:
    return main.main(["export", "attendance", "--month", month, "--out", str(out), "--db", str(demo_db)])


def test_xlsx_shows_the_demo_leave_overrun_as_absence(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "attendance.xlsx"
    assert export(demo_db, out) == 0
    rows = [row for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if any(row)]
    header = rows[2]
    overruns = [row[header.index("Чөлөө хэтрүүлсэн (6.9), ажлын өдөр")] for row in rows[3:]]
    assert overruns == [round(150 / 480, 2)]  # the demo's 2 h 30 min late return (6.9)


def test_pdf_has_the_mongolian_title(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "attendance.pdf"
    assert export(demo_db, out) == 0
    assert "01 дүгээр сарын ирцийн нэгтгэл" in PdfReader(out).pages[0].extract_text()


def test_another_format_is_refused(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "attendance.csv"
    assert export(demo_db, out) == main.EXIT_REFUSED and not out.exists()
    assert ".csv" in capsys.readouterr().err
