"""The command line: ``demo`` and ``check`` call the same core services as the GUI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from core import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main.main(["demo", "--db", str(db)]) == 0
    assert "40" in capsys.readouterr().out
    assert main.main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = dict(line.strip().split(": ", 1) for line in out.splitlines() if ": " in line)
    assert lines["employees"] == "40"
    assert lines["departments"] == "9"
    assert int(lines["acting_assignments"]) >= 2
    assert out.count("ok") >= 1 or out.count("зүгээр") >= 1


def test_demo_refuses_a_database_that_has_employees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    main.main(["demo", "--db", str(db)])
    capsys.readouterr()
    assert main.main(["demo", "--db", str(db)]) == main.EXIT_REFUSED
    assert capsys.readouterr().err.strip() != ""
    with sqlite3.connect(db) as connection:
        assert connection.execute("select count(*) from employees").fetchone()[0] == 40


def test_check_of_a_missing_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["check", "--db", str(tmp_path / "none.db")]) == main.EXIT_REFUSED
    assert "none.db" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_a_database_from_a_newer_tamga_is_refused_and_untouched(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "newer.db"
    main.main(["demo", "--db", str(db)])
    with sqlite3.connect(db) as connection:
        connection.execute("update alembic_version set version_num = 'ffffffffffff'")
    before = db.read_bytes()
    capsys.readouterr()
    assert main.main(["demo", "--db", str(db)]) == main.EXIT_REFUSED
    assert "шинэ хувилбар" in capsys.readouterr().err  # "newer version", in Mongolian
    assert db.read_bytes() == before


def test_a_network_share_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["demo", "--db", "//server/share/tamga.db"]) == main.EXIT_REFUSED
    assert capsys.readouterr().err.strip() != ""


def test_version_in_a_separate_process() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == f"Tamga {__version__}"


def test_version_matches_the_project_file() -> None:
    assert f'version = "{__version__}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
