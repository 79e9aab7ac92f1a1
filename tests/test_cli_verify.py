"""``main.py verify CODE``: exit 0 when the paper matches the record, 1 when it does not."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

import main
from core.i18n import _
from core.leave.seal_scan import read_qr_codes


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


def _printed_copy(db: Path, folder: Path) -> tuple[str, str]:
    """Print a copy of slip 2026-0001 and read its seal back: (short code, QR payload)."""
    out = folder / "slip.pdf"
    assert main.main(["print", "leave-slip", "2026-0001", "--out", str(out), "--db", str(db)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    code = re.search(r"2026-0001-[0-9A-Z]{4}-[0-9A-Z]{4}", text)
    assert code is not None
    document = pypdfium2.PdfDocument(out)
    image = folder / "scan.png"
    document[0].render(scale=200 / 72, grayscale=True).to_pil().save(image)
    document.close()
    (payload,) = read_qr_codes(image)
    return code[0], payload


def test_a_printed_slip_verifies(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = _printed_copy(demo_db, tmp_path)
    capsys.readouterr()
    assert main.main(["verify", code, "--db", str(demo_db)]) == 0
    assert main.main(["--db", str(demo_db), "verify", payload]) == 0
    out = capsys.readouterr().out
    assert out.count("2026-0001") == 2 and "2026-0001" in out.splitlines()[0]


def test_a_record_edited_behind_tamgas_back_does_not_verify(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, payload = _printed_copy(demo_db, tmp_path)
    with closing(sqlite3.connect(demo_db)) as connection, connection:
        connection.execute(
            "UPDATE leave_slips SET working_minutes = working_minutes + 480 WHERE number_year = 2026 AND number_seq = 1"
        )
    capsys.readouterr()
    assert main.main(["verify", payload, "--db", str(demo_db)]) == 1
    expected = _("Does not match slip {number}: {fields} differ from the record.").format(
        number="2026-0001", fields=_("days")
    )
    assert capsys.readouterr().out.strip() == expected
    assert main.main(["verify", code, "--db", str(demo_db)]) == 1


def test_unknown_codes_exit_1(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["verify", "2026-0001-7KQ4-M9XD", "--db", str(demo_db)]) == 1  # no office key here yet
    no_key = _("The office key of this database is not on this computer, so no slip can be verified here.")
    assert capsys.readouterr().out.strip() == no_key
    _printed_copy(demo_db, tmp_path)  # opening the database for printing makes its key
    capsys.readouterr()
    assert main.main(["verify", "2026-0999-7KQ4-M9XD", "--db", str(demo_db)]) == 1
    assert "2026-0999" in capsys.readouterr().out
    assert main.main(["verify", "not a code", "--db", str(demo_db)]) == 1


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["verify", "2026-0001-7KQ4-M9XD", "--db", str(tmp_path / "none.db")]) == main.EXIT_REFUSED
    assert "none.db" in capsys.readouterr().err
