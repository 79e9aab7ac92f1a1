"""The audit trail in a real SQLite file: every save leaves the right entry, chained and anchored."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from core import services
from core.audit import AuditAction, AuditEntry, AuditFilter, ChainProblem
from core.leave.entities import SlipNumber
from core.users import Role, User
from data import Database, open_database
from data.audit_chain import GENESIS, Anchor, anchor_path_for, read_anchor, write_anchor
from data.keys import key_path_for
from data.records import UserRecord
from data.uow import make_uow_factory
from tests.core.leave.conftest import Office, build_office, leave
from tests.data.conftest import make_employee

NOW = datetime(2026, 3, 2, 10, 30)


def entries(database: Database, **filters: object) -> list[AuditEntry]:
    """Oldest first, for readable assertions."""
    page = services.list_audit_entries(database.uow_factory(), AuditFilter(**filters), limit=None)  # type: ignore[arg-type]
    return list(reversed(page.entries))


def anchor_file(database: Database) -> Path:
    return anchor_path_for(database.path, database.path.parent / "keys")


def test_creating_and_changing_an_employee_is_recorded_field_by_field(database: Database) -> None:
    saved = services.save_employee(database.uow_factory(), make_employee())
    services.save_employee(database.uow_factory(), replace(saved, phone="+976 88001122", given_name="Сараа"))
    created, changed = entries(database, entity="employees")
    assert (created.action, created.entity_id, created.user_login) == ("create", saved.id, "")
    assert created.changed_fields()["registration_number"] == saved.registration_number
    assert created.changed_fields()["appointed_on"] == "2015-03-02"  # ISO dates
    assert changed.action == "update"
    fields = changed.changed_fields()
    assert fields["phone"] == ["+976 99112233", "+976 88001122"]
    assert fields["given_name"] == ["Түмэнөлзий", "Сараа"]
    assert "registration_number" not in fields  # only what changed
    assert created.at <= changed.at


def test_print_reprint_and_void_read_as_such(database: Database) -> None:
    office: Office = build_office(database.uow_factory())
    draft = services.save_draft(database.uow_factory(), leave(office.specialist, "2026-03-04", "2026-03-06"))
    assert draft.id is not None
    services.print_slip(database.uow_factory(), draft.id, now=NOW)
    services.reprint_slip(database.uow_factory(), SlipNumber(2026, 1), now=NOW)
    services.void_slip(database.uow_factory(), draft.id, reason="Хугацаа өөрчлөгдсөн")

    slip_log = [(e.action, e.entity_id) for e in entries(database, entity="leave_slips", entity_id=draft.id)]
    assert slip_log == [("create", draft.id), ("print", draft.id), ("reprint", draft.id), ("void", draft.id)]
    printing, _reprint, voiding = entries(database, entity="leave_slips", entity_id=draft.id)[1:]
    assert printing.changed_fields()["status"] == ["draft", "printed"]
    assert printing.changed_fields()["number_seq"] == [None, 1]
    assert voiding.changed_fields()["void_reason"] == ["", "Хугацаа өөрчлөгдсөн"]
    prints = [(e.action, e.changed_fields()["is_copy"]) for e in entries(database, entity="slip_prints")]
    assert prints == [("print", False), ("reprint", True)]
    assert [e.changed_fields() for e in entries(database, entity="slip_counters")] == [{"last_seq": 1, "year": 2026}]


def test_the_chain_verifies_and_is_anchored(database: Database) -> None:
    services.save_employee(database.uow_factory(), make_employee())
    services.save_employee(database.uow_factory(), make_employee(2))
    report = services.verify_audit_chain(database.uow_factory())
    assert (report.ok, report.entries, report.end_checked) == (True, 2, True)
    with closing(sqlite3.connect(database.path)) as connection:
        rows = connection.execute("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert rows[0][1] == GENESIS and rows[1][1] == rows[0][2]
    assert read_anchor(anchor_file(database)) == Anchor(rows[1][0], rows[1][2])


def test_a_rolled_back_action_leaves_no_entry_and_no_anchor(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.employees.add(make_employee())
    assert entries(database) == []
    assert not anchor_file(database).exists()
    assert services.verify_audit_chain(database.uow_factory()).ok


def test_the_actor_is_recorded(database: Database) -> None:
    clerk = User(login="saraa", full_name="Б.Сараа", role=Role.HR, id=7)
    factory = make_uow_factory(database.engine, key=database.key, actor=lambda: clerk)
    services.save_employee(factory(), make_employee())
    (entry,) = entries(database)
    assert (entry.user_id, entry.user_login) == (7, "saraa")
    assert [e.id for e in entries(database, user_login="saraa")] == [entry.id]
    assert entries(database, user_login="") == []
    assert services.audit_logins(database.uow_factory()) == ["saraa"]


def test_the_password_hash_never_reaches_the_log(database: Database) -> None:
    secret = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
    with database.uow_factory() as uow:
        uow._active().add(UserRecord(login="admin", full_name="Админ", role="administrator", password_hash=secret))
        uow.commit()
    with database.uow_factory() as uow:
        record = uow._active().get(UserRecord, 1)
        assert record is not None
        record.password_hash = secret + "x"
        uow.commit()
    created, changed = entries(database, entity="users")
    assert created.changed_fields()["password_hash"] == "changed"
    assert changed.changed_fields() == {"password_hash": "changed"}
    with closing(sqlite3.connect(database.path)) as connection:
        leaked = connection.execute("SELECT count(*) FROM audit_log WHERE changes LIKE '%argon2%'").fetchone()
    assert leaked == (0,)


def test_filters_by_record_and_day(database: Database) -> None:
    first = services.save_employee(database.uow_factory(), make_employee())
    services.save_employee(database.uow_factory(), make_employee(2))
    assert [e.entity_id for e in entries(database, entity="employees", entity_id=first.id)] == [first.id]
    today = datetime.now().date()
    assert len(entries(database, since=today, until=today)) == 2
    assert entries(database, until=today.replace(year=today.year - 1)) == []
    page = services.list_audit_entries(database.uow_factory(), AuditFilter(), limit=1)
    assert (len(page.entries), page.total, page.entries[0].entity_id) == (1, 2, 2)  # newest first


def test_a_missing_anchor_is_not_called_tampering(database: Database) -> None:
    services.save_employee(database.uow_factory(), make_employee())
    anchor_file(database).unlink()
    report = services.verify_audit_chain(database.uow_factory())
    assert (report.ok, report.broken, report.end_checked) == (True, False, False)


def test_a_missing_key_cannot_verify_but_is_not_tampering(database: Database) -> None:
    services.save_employee(database.uow_factory(), make_employee())
    factory = make_uow_factory(database.engine, key=b"", anchor=anchor_file(database))
    report = services.verify_audit_chain(factory())
    assert (report.problem, report.broken) == (ChainProblem.KEY_MISSING, False)


def test_another_key_does_not_verify(database: Database, tmp_path: Path) -> None:
    services.save_employee(database.uow_factory(), make_employee())
    factory = make_uow_factory(database.engine, key=b"k" * 32, anchor=anchor_file(database))
    report = services.verify_audit_chain(factory())
    assert (report.problem, report.entry_id) == (ChainProblem.KEY_MISMATCH, 1)  # not called an edit
    assert report.broken


def test_one_edited_entry_is_still_an_edit_not_a_key_mismatch(database: Database) -> None:
    from sqlalchemy import text

    services.save_employee(database.uow_factory(), make_employee(1))
    services.save_employee(database.uow_factory(), make_employee(2))
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(text("UPDATE audit_log SET user_login = 'mallory' WHERE id = 2"))
    report = services.verify_audit_chain(database.uow_factory())
    assert (report.problem, report.entry_id) == (ChainProblem.EDITED, 2)


def test_the_key_and_anchor_live_outside_the_database_folder_when_asked(tmp_path: Path) -> None:
    keys = tmp_path / "profile" / "keys"
    database = open_database(tmp_path / "office" / "t.db", backup_dir=tmp_path / "b", key_dir=keys)
    try:
        services.save_employee(database.uow_factory(), make_employee())
    finally:
        database.dispose()
    assert key_path_for(database.path, keys).exists()
    anchor = read_anchor(anchor_path_for(database.path, keys))
    assert anchor is not None and anchor.entry_id == 1


@pytest.mark.parametrize("action", list(AuditAction))
def test_every_action_has_a_label(action: AuditAction) -> None:
    from core.audit import ACTION_LABELS

    assert ACTION_LABELS[action]


def test_changes_are_canonical_json(database: Database) -> None:
    services.save_employee(database.uow_factory(), make_employee())
    (entry,) = entries(database)
    decoded = json.loads(entry.changes)
    assert entry.changes == json.dumps(decoded, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def test_a_torn_anchor_reads_as_none_not_as_a_wrong_anchor(tmp_path: Path) -> None:
    path = tmp_path / "x.anchor"
    write_anchor(path, Anchor(12, "a" * 64))
    write_anchor(path, Anchor(11, "b" * 64))  # older: ignored
    assert read_anchor(path) == Anchor(12, "a" * 64)
    record = bytearray(path.read_bytes())
    record[25] = ord("c")  # half of a newer hash written
    path.write_bytes(bytes(record))
    assert read_anchor(path) is None
