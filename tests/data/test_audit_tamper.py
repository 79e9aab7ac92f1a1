"""Tampering with the audit log through plain SQL, as someone with the file could, is detected and named.

The append-only triggers are dropped first: they stop Tamga's own bugs, not a person with a
SQLite tool (reliability.md §3.1). Each test works on its own copy of one audited database.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import main
from core import services
from core.audit import ChainProblem, ChainReport
from core.leave.entities import SlipNumber
from data import open_database
from data.audit_chain import anchor_path_for, verify_chain
from data.db import make_readonly_engine
from tests.core.leave.conftest import build_office, leave

NOW = datetime(2026, 3, 2, 10, 30)


class Audited:
    """The template database, its key and anchor file."""

    def __init__(self, path: Path, key: bytes, anchor: Path) -> None:
        self.path, self.key, self.anchor = path, key, anchor


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Audited:
    """An office with employees, a printed, reprinted and voided slip: a few dozen entries."""
    path = tmp_path_factory.mktemp("audited") / "office.db"
    database = open_database(path, backup_dir=path.parent / "backups")
    try:
        factory = database.uow_factory
        office = build_office(factory())
        draft = services.save_draft(factory(), leave(office.specialist, "2026-03-04", "2026-03-06"))
        assert draft.id is not None
        services.print_slip(factory(), draft.id, now=NOW)
        services.reprint_slip(factory(), SlipNumber(2026, 1), now=NOW)
        services.void_slip(factory(), draft.id, reason="Алдаа")
    finally:
        database.dispose()
    return Audited(path, database.key, anchor_path_for(path, path.parent / "keys"))


@pytest.fixture
def copy(audited: Audited, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    shutil.copyfile(audited.path, target)
    return target


def verify(path: Path, audited: Audited) -> ChainReport:
    engine = make_readonly_engine(path)
    try:
        with engine.connect() as connection:
            return verify_chain(connection, audited.key, audited.anchor)
    finally:
        engine.dispose()


def tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("DROP TRIGGER audit_log_no_delete")
        for sql, parameters in statements:
            connection.execute(sql, parameters)
        connection.commit()


def ids(path: Path) -> list[int]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM audit_log ORDER BY id")]


def test_the_untouched_log_verifies(copy: Path, audited: Audited) -> None:
    report = verify(copy, audited)
    assert (report.ok, report.end_checked) == (True, True)
    assert report.entries == len(ids(copy)) > 20


def test_the_triggers_refuse_tamga_s_own_mistakes(copy: Path) -> None:
    with closing(sqlite3.connect(copy)) as connection, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        connection.execute("DELETE FROM audit_log WHERE id = 1")


def test_an_edited_entry_is_named(copy: Path, audited: Audited) -> None:
    tamper(copy, ("UPDATE audit_log SET changes = replace(changes, 'Алдаа', 'Зөв') WHERE id = ?", (ids(copy)[-1],)))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id, report.broken) == (ChainProblem.EDITED, ids(copy)[-1], True)


def test_an_edited_user_is_named(copy: Path, audited: Audited) -> None:
    tamper(copy, ("UPDATE audit_log SET user_login = 'someone' WHERE id = 5", ()))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id) == (ChainProblem.EDITED, 5)


def test_a_deleted_entry_is_named(copy: Path, audited: Audited) -> None:
    tamper(copy, ("DELETE FROM audit_log WHERE id = 7", ()))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id) == (ChainProblem.DELETED, 8)


def test_deleting_the_first_entry_is_detected(copy: Path, audited: Audited) -> None:
    tamper(copy, ("DELETE FROM audit_log WHERE id = 1", ()))
    assert (verify(copy, audited).problem, verify(copy, audited).entry_id) == (ChainProblem.DELETED, 2)


def test_an_inserted_entry_is_named(copy: Path, audited: Audited) -> None:
    last = ids(copy)[-1]
    with closing(sqlite3.connect(copy)) as connection:
        prev = connection.execute("SELECT hash FROM audit_log WHERE id = ?", (last,)).fetchone()[0]
    forged = hashlib.sha256(b"a plausible entry").hexdigest()  # without the key: a plain hash
    tamper(copy, ("INSERT INTO audit_log (id, at, user_id, user_login, action, entity, entity_id, changes, "
                  "prev_hash, hash) VALUES (?, '2026-03-02 10:00:00.000000', NULL, '', 'delete', 'employees', "
                  "3, '{}', ?, ?)", (last + 1, prev, forged)))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id) == (ChainProblem.INSERTED, last + 1)


def test_an_entry_slipped_in_the_middle_is_named(copy: Path, audited: Audited) -> None:
    """Renumbering later entries to make room leaves the slipped-in one as the first bad link."""
    with closing(sqlite3.connect(copy)) as connection:
        prev = connection.execute("SELECT hash FROM audit_log WHERE id = 4").fetchone()[0]
    tamper(copy,
           ("UPDATE audit_log SET id = id + 1000 WHERE id >= 5", ()),
           ("UPDATE audit_log SET id = id - 999 WHERE id >= 1005", ()),
           ("INSERT INTO audit_log (id, at, user_id, user_login, action, entity, entity_id, changes, prev_hash, hash) "
            "VALUES (5, '2026-03-02 10:00:00.000000', NULL, '', 'update', 'employees', 1, '{}', ?, ?)",
            (prev, "f" * 64)))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id) == (ChainProblem.INSERTED, 5)


def test_a_truncated_tail_is_named(copy: Path, audited: Audited) -> None:
    last = ids(copy)[-1]
    tamper(copy, ("DELETE FROM audit_log WHERE id > ?", (last - 3,)))
    report = verify(copy, audited)
    assert (report.problem, report.entry_id, report.broken) == (ChainProblem.TRUNCATED, last, True)


def test_an_emptied_log_is_truncation(copy: Path, audited: Audited) -> None:
    tamper(copy, ("DELETE FROM audit_log", ()))
    assert verify(copy, audited).problem is ChainProblem.TRUNCATED


def test_a_truncated_tail_without_an_anchor_cannot_be_told(copy: Path, audited: Audited, tmp_path: Path) -> None:
    tamper(copy, ("DELETE FROM audit_log WHERE id > 10", ()))
    no_anchor = Audited(audited.path, audited.key, tmp_path / "missing.anchor")
    report = verify(copy, no_anchor)
    assert (report.ok, report.end_checked) == (True, False)


@pytest.fixture
def cli_env(audited: Audited, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The copy as ``main.py check`` sees it: the key and anchor in the user data folder."""
    data = tmp_path / "userdata"
    db = tmp_path / "cli.db"
    shutil.copyfile(audited.path, db)
    keys = data / "keys"
    keys.mkdir(parents=True)
    shutil.copyfile(audited.path.parent / "keys" / audited.anchor.with_suffix(".key").name,
                    anchor_path_for(db, keys).with_suffix(".key"))
    shutil.copyfile(audited.anchor, anchor_path_for(db, keys))
    monkeypatch.setenv("TAMGA_DATA_DIR", str(data))
    yield db


def test_check_passes_an_untouched_log(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["--lang", "en", "check", "--db", str(cli_env)]) == 0
    assert "Audit trail: ok" in capsys.readouterr().out


def test_check_reports_a_broken_chain_and_fails(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(cli_env, ("DELETE FROM audit_log WHERE id = 3", ()))
    before = cli_env.read_bytes()
    assert main.main(["--lang", "en", "check", "--db", str(cli_env)]) == 1
    assert "Audit entries before entry 4 were deleted outside Tamga." in capsys.readouterr().out
    assert cli_env.read_bytes() == before  # still read-only


def test_check_without_the_key_says_so_and_passes(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for key in (cli_env.parent / "userdata" / "keys").glob("*.key"):
        key.unlink()
    assert main.main(["--lang", "en", "check", "--db", str(cli_env)]) == 0
    assert "office key is missing" in capsys.readouterr().out


# --- Random single-field edits (reliability.md T3.2) -----------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
_VALUES = {
    "at": st.one_of(_TEXT, st.datetimes().map(lambda t: t.strftime("%Y-%m-%d %H:%M:%S.%f"))),
    "user_id": st.one_of(st.none(), st.integers(-(2**40), 2**40)),
    "entity_id": st.one_of(st.none(), st.integers(-(2**40), 2**40)),
    "user_login": _TEXT,
    "action": st.one_of(_TEXT, st.sampled_from(["create", "update", "delete", "print", "reprint", "void"])),
    "entity": st.one_of(_TEXT, st.sampled_from(["employees", "leave_slips", "users", "slip_prints"])),
    "changes": st.one_of(_TEXT, st.just("{}")),
    "prev_hash": st.one_of(_TEXT, st.text("0123456789abcdef", min_size=64, max_size=64)),
    "hash": st.one_of(_TEXT, st.text("0123456789abcdef", min_size=64, max_size=64)),
    "id": st.integers(-(2**40), 2**40),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), column=st.sampled_from(sorted(_VALUES)))
def test_any_single_field_edit_is_detected(audited: Audited, tmp_path: Path, data: st.DataObject,
                                           column: str) -> None:
    copy = tmp_path / "random.db"
    shutil.copyfile(audited.path, copy)
    row = data.draw(st.sampled_from(ids(copy)), label="row")
    value = data.draw(_VALUES[column], label="value")
    with closing(sqlite3.connect(copy)) as connection:
        old = connection.execute(f"SELECT {column} FROM audit_log WHERE id = ?", (row,)).fetchone()[0]
        taken = {r[0] for r in connection.execute(f"SELECT {column} FROM audit_log")}
    assume(value != old and not (column in ("id", "hash") and value in taken))
    tamper(copy, (f"UPDATE audit_log SET {column} = ? WHERE id = ?", (value, row)))
    with closing(sqlite3.connect(copy)) as connection:
        where = value if column == "id" else row
        stored = connection.execute(f"SELECT {column} FROM audit_log WHERE id = ?", (where,)).fetchone()[0]
    assume(stored != old)  # SQLite's type affinity may turn '12' back into 12: not a change
    report = verify(copy, audited)
    assert report.broken, (column, row, value)
    assert report.entry_id is not None
