"""``print job-description`` and ``import job-description``: the editor's documents from the command line."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

import main


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


LEGAL_HEAD = "Хэлтсийн дарга (Хууль, эрх зүйн хэлтэс)"
ADDED_IN_2025 = "Авлигын эсрэг хууль, ашиг сонирхлын зөрчлөөс урьдчилан сэргийлэх"


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def legal_head_position(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return int(
            connection.execute(
                "SELECT p.id FROM positions p JOIN departments d ON d.id = p.department_id "
                "WHERE p.title = 'Хэлтсийн дарга' AND d.name = 'Хууль, эрх зүйн хэлтэс'"
            ).fetchone()[0]
        )


def test_print_by_title_gives_the_version_in_force(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "legal.pdf"
    assert (
        main.main(["--lang", "en", "print", "job-description", LEGAL_HEAD, "--db", str(demo_db), "--out", str(out)])
        == 0
    )
    assert "Version 2" in capsys.readouterr().out
    text = pdf_text(out)
    assert "АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ" in text
    assert ADDED_IN_2025 in text


def test_print_by_id_gives_that_version(demo_db: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:
        first = connection.execute(
            "SELECT id FROM job_descriptions WHERE position_id = ? AND version = 1", (legal_head_position(demo_db),)
        ).fetchone()[0]
    out = tmp_path / "legal-v1.pdf"
    assert main.main(["print", "job-description", str(first), "--db", str(demo_db), "--out", str(out)]) == 0
    assert ADDED_IN_2025 not in pdf_text(out)


def test_an_ambiguous_title_is_refused_with_the_choices(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "head.pdf"
    code = main.main(
        ["--lang", "en", "print", "job-description", "Хэлтсийн дарга", "--db", str(demo_db), "--out", str(out)]
    )
    assert code == main.EXIT_REFUSED
    assert LEGAL_HEAD in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_suffix_is_refused(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "legal.txt"
    assert (
        main.main(["--lang", "en", "print", "job-description", LEGAL_HEAD, "--db", str(demo_db), "--out", str(out)])
        == 2
    )
    assert ".docx" in capsys.readouterr().err
    assert not out.exists()


def test_word_out_and_back_in_as_a_new_draft(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    word = tmp_path / "legal.docx"
    assert main.main(["print", "job-description", LEGAL_HEAD, "--db", str(demo_db), "--out", str(word)]) == 0
    position = legal_head_position(demo_db)
    capsys.readouterr()
    assert (
        main.main(
            ["--lang", "en", "import", "job-description", str(word), "--position", str(position), "--db", str(demo_db)]
        )
        == 0
    )
    assert "draft version 3" in capsys.readouterr().out
    with closing(sqlite3.connect(demo_db)) as connection:
        rows = connection.execute(
            "SELECT version, status FROM job_descriptions WHERE position_id = ? ORDER BY version", (position,)
        ).fetchall()
    assert rows == [(1, "approved"), (2, "approved"), (3, "draft")]
    again = tmp_path / "draft.pdf"
    assert main.main(["print", "job-description", LEGAL_HEAD, "--db", str(demo_db), "--out", str(again)]) == 0
    assert ADDED_IN_2025 in pdf_text(again)  # the in-force version 2 still prints by title


def test_importing_something_that_is_not_word_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a Word file", encoding="utf-8")
    position = legal_head_position(demo_db)
    code = main.main(
        ["--lang", "en", "import", "job-description", str(bogus), "--position", str(position), "--db", str(demo_db)]
    )
    assert code == main.EXIT_REFUSED
    assert capsys.readouterr().err.strip()
    with closing(sqlite3.connect(demo_db)) as connection:
        assert connection.execute("SELECT count(*) FROM job_descriptions WHERE status = 'draft'").fetchone()[0] == 0
