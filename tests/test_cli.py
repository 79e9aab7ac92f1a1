"""The command line: ``demo``, ``check``, ``print`` and ``export`` call the same core services as the GUI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

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


def slip_owner(db: Path, sequence: int) -> tuple[str, str]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT e.patronymic, e.given_name FROM leave_slips s JOIN employees e ON e.id = s.employee_id "
            "WHERE s.number_year = 2026 AND s.number_seq = ?", (sequence,)).fetchone()


def test_print_leave_slip_writes_a_recorded_copy(demo_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    number, out = "2026-0001", tmp_path / "slip.pdf"
    assert main.main(["print", "leave-slip", number, "--out", str(out), "--db", str(demo_db)]) == 0
    assert number in capsys.readouterr().out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    patronymic, given = slip_owner(demo_db, 1)
    assert number in text and f"{patronymic[0]}.{given}" in text and "ХУУЛБАР" in text
    with closing(sqlite3.connect(demo_db)) as connection:
        prints = connection.execute("SELECT is_copy FROM slip_prints p JOIN leave_slips s ON s.id = p.slip_id "
                                    "WHERE s.number_seq = 1").fetchall()
    assert prints == [(0,), (1,)]


def test_two_slips_on_a_sheet(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "slip.pdf"
    number = "2026-0002"
    assert main.main(["--db", str(demo_db), "print", "leave-slip", number, "--out", str(out), "--layout", "a4x2"]) == 0
    assert len(PdfReader(out).pages) == 1


def test_a_number_no_slip_has_is_refused(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "slip.pdf"
    number = "2026-0999"
    assert main.main(["print", "leave-slip", number, "--out", str(out), "--db", str(demo_db)]) == main.EXIT_REFUSED
    assert number in capsys.readouterr().err
    assert not out.exists()


def test_a_malformed_number_is_a_usage_error(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as usage:
        main.main(["print", "leave-slip", "42", "--out", str(tmp_path / "x.pdf"), "--db", str(demo_db)])
    assert usage.value.code == 2


def test_export_leave_register_xlsx_has_the_totals(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    month = "2026-01"
    assert main.main(["export", "leave-register", "--month", month, "--out", str(out), "--db", str(demo_db)]) == 0
    rows = [row for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if any(row)]
    header = rows[2]
    total = next(row for row in rows if row[1] == "Нийт дүн")
    paid_hours = total[header.index("Цалинтай, цаг")]
    overrun_hours = total[header.index("Хэтрүүлсэн (6.9), цаг")]
    assert (paid_hours, overrun_hours) == (34, 2.5)  # 3 days + 2 hours + 1 day paid; 2 h 30 min late (6.9)


def test_export_leave_register_pdf(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    month = "2026-01"
    assert main.main(["export", "leave-register", "--month", month, "--out", str(out), "--db", str(demo_db)]) == 0
    assert "01 дүгээр сарын чөлөөний бүртгэл" in PdfReader(out).pages[0].extract_text()


def test_a_register_in_another_format_is_refused(demo_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "register.csv"
    code = main.main(["export", "leave-register", "--month", "2026-01", "--out", str(out), "--db", str(demo_db)])
    assert code == main.EXIT_REFUSED and not out.exists()
    assert ".csv" in capsys.readouterr().err


def test_documents_are_not_printed_from_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    code = main.main(["export", "leave-register", "--month", "2026-01", "--out", str(tmp_path / "r.pdf"),
                      "--db", str(missing)])
    assert code == main.EXIT_REFUSED and not missing.exists()


def journal_mode(db: Path) -> str:
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as connection:
        return str(connection.execute("PRAGMA journal_mode").fetchone()[0])


def check_counts(out: str) -> dict[str, str]:
    return dict(line.strip().split(": ", 1) for line in out.splitlines() if line.startswith("  "))


def test_check_leaves_a_rollback_journal_file_exactly_as_it_was(demo_db: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:  # as a backup or an older copy would be
        connection.execute("PRAGMA journal_mode=DELETE")
    before = demo_db.read_bytes()
    assert journal_mode(demo_db) == "delete"
    assert main.main(["check", "--db", str(demo_db)]) == 0
    assert check_counts(capsys.readouterr().out)["employees"] == "40"
    assert demo_db.read_bytes() == before
    assert journal_mode(demo_db) == "delete"
    assert sorted(p.name for p in demo_db.parent.iterdir()) == [demo_db.name]


def test_check_of_an_older_schema_counts_the_tables_it_has(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command

    from data.db import make_engine
    from data.migrate import alembic_config

    db = tmp_path / "old.db"
    engine = make_engine(db)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "9d0a817dcd55")  # before the leave tables
    engine.dispose()
    before = db.read_bytes()
    assert main.main(["check", "--db", str(db)]) == 0
    counts = check_counts(capsys.readouterr().out)
    assert counts["employees"] == "0" and counts["departments"] == "0"
    assert "leave_slips" not in counts
    assert db.read_bytes() == before


def test_check_of_an_empty_file_prints_no_counts_and_writes_nothing(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    assert main.main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert str(db) in out and check_counts(out) == {}
    assert db.stat().st_size == 0


@pytest.mark.parametrize("command", [["check"], ["demo"], ["export", "leave-register", "--month", "2026-03"]])
def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path, command: list[str],
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from core.i18n import _

    junk, out = tmp_path / "junk.db", tmp_path / "register.pdf"
    junk.write_bytes(b"not a database at all" * 100)
    extra = ["--out", str(out)] if command[0] == "export" else []
    assert main.main([*command, "--db", str(junk), *extra]) == main.EXIT_REFUSED
    expected = _("{path} is not a database file; it has not been changed. Choose a Tamga database file.")
    assert capsys.readouterr().err.strip() == expected.format(path=junk)
    assert junk.read_bytes() == b"not a database at all" * 100
    assert not out.exists()


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from core.i18n import _

    db = tmp_path / "contacts.sqlite"
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO contacts VALUES (1, 'Болд')")
        connection.commit()
    before = db.read_bytes()
    assert main.main(["demo", "--db", str(db)]) == main.EXIT_REFUSED
    expected = _("{path} is a database of another program, not Tamga's; it has not been changed. "
                 "Choose a Tamga database file.")
    assert capsys.readouterr().err.strip() == expected.format(path=db)
    assert db.read_bytes() == before
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("contacts",)]


def test_a_refused_slip_number_keeps_an_existing_output_file(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- the secretary's earlier file")
    assert main.main(["print", "leave-slip", "2026-0999", "--out", str(out), "--db", str(demo_db)]) == main.EXIT_REFUSED
    assert out.read_bytes() == b"%PDF- the secretary's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_register_render_keeps_an_existing_output_file(demo_db: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from core.documents import leave_register

    def broken(document: object, stream: object) -> None:
        stream.write(b"half")  # type: ignore[attr-defined]
        raise OSError("disk full")

    monkeypatch.setattr(leave_register, "render_register_pdf", broken)
    out = tmp_path / "register.pdf"
    out.write_bytes(b"%PDF- last month")
    with pytest.raises(OSError, match="disk full"):
        main.main(["export", "leave-register", "--month", "2026-03", "--out", str(out), "--db", str(demo_db)])
    assert out.read_bytes() == b"%PDF- last month"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
