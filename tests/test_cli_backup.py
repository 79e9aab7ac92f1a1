"""``main.py backup`` and ``main.py restore``, and damaged files refused with exit code 2."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import main
from data.health import DamagedDatabaseError
from data.keys import KeyFileError
from data.lock import DatabaseLock
from tests.data.test_backups_recovery import damage, fingerprint, make_office


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMGA_DATA_DIR", str(tmp_path / "userdata"))


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "tamga.db"
    path.parent.mkdir()
    make_office(path, employees=7)
    return path


def names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT given_name FROM employees ORDER BY id")]


def test_backup_to_the_backups_folder_and_to_another_folder(office: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["backup", "--db", str(office)]) == 0
    made = list((office.parent / "backups").glob("tamga-*-manual.db"))
    assert len(made) == 1 and str(made[0]) in capsys.readouterr().out
    usb = tmp_path / "usb"
    assert main.main(["backup", "--db", str(office), "--to", str(usb)]) == 0
    copies = list(usb.glob("tamga-*-copy.db"))
    assert len(copies) == 1 and names(copies[0]) == names(office)
    assert (office.parent / "backups" / "last-external-copy.json").exists()


def test_restore_puts_the_backup_back_and_keeps_the_current_file(office: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    main.main(["backup", "--db", str(office)])
    backup = next((office.parent / "backups").glob("tamga-*-manual.db"))
    original = names(office)
    with closing(sqlite3.connect(office)) as connection:
        connection.execute("UPDATE employees SET given_name = 'Өөрчлөгдсөн'")
        connection.commit()
    capsys.readouterr()
    assert main.main(["restore", str(backup), "--db", str(office)]) == 0
    assert names(office) == original
    before_restore = list((office.parent / "backups").glob("tamga-*-before-restore.db"))
    assert len(before_restore) == 1 and set(names(before_restore[0])) == {"Өөрчлөгдсөн"}
    assert before_restore[0].name in capsys.readouterr().out
    assert main.main(["check", "--db", str(office)]) == 0


def test_restore_of_a_non_database_is_refused_and_the_file_untouched(office: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "letter.db"
    letter.write_text("Хүндэт дарга аа, энэ бол өгөгдлийн сан биш." * 100, encoding="utf-8")
    before = fingerprint(office)
    assert main.main(["restore", str(letter), "--db", str(office)]) == main.EXIT_REFUSED
    assert "letter.db" in capsys.readouterr().err
    assert fingerprint(office) == before
    assert not (office.parent / "backups").exists()


def test_restore_while_tamga_has_the_file_open_is_refused(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main.main(["backup", "--db", str(office)])
    backup = next((office.parent / "backups").glob("tamga-*-manual.db"))
    with DatabaseLock(office):
        assert main.main(["restore", str(backup), "--db", str(office)]) == main.EXIT_REFUSED
    assert capsys.readouterr().err.strip()


def test_a_damaged_database_is_refused_by_commands_with_exit_2(office: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    damage(office)
    before = fingerprint(office)
    out = tmp_path / "register.xlsx"
    assert main.main(["export", "leave-register", "--month", "2026-07", "--out", str(out),
                      "--db", str(office)]) == main.EXIT_REFUSED
    assert str(office) in capsys.readouterr().err
    assert main.main(["backup", "--db", str(office)]) == main.EXIT_REFUSED
    assert capsys.readouterr().err.strip()
    assert fingerprint(office) == before and not out.exists()
    assert not list((office.parent / "backups").glob("tamga-*.db"))


def test_refusal_messages_for_damage_and_a_damaged_key(tmp_path: Path) -> None:
    path = tmp_path / "tamga.db"
    damaged = main.open_refusal(DamagedDatabaseError(path, ["database disk image is malformed"]), path)
    assert damaged is not None and str(path) in damaged and "malformed" in damaged
    assert main.open_refusal(KeyFileError("bad key"), path)
