"""The office key: made once, kept outside the database, one per database file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from data import open_database
from data.keys import KEY_BYTES, KeyFileError, key_path_for, load_or_create_key


def test_a_key_is_made_once_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "office.key"
    first = load_or_create_key(path)
    assert len(first) == KEY_BYTES
    assert load_or_create_key(path) == first
    assert not list(path.parent.glob("*.partial"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_only_the_owner_can_read_the_key(tmp_path: Path) -> None:
    path = tmp_path / "office.key"
    load_or_create_key(path)
    assert os.stat(path).st_mode & 0o077 == 0


def test_two_databases_have_two_keys(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    assert key_path_for(tmp_path / "a.db", keys) != key_path_for(tmp_path / "b.db", keys)


def test_a_damaged_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.key"
    path.write_text("not a key", encoding="ascii")
    with pytest.raises(KeyFileError):
        load_or_create_key(path)


def test_the_database_gets_its_key_from_outside_the_file(tmp_path: Path) -> None:
    keys = tmp_path / "profile" / "keys"
    database = open_database(tmp_path / "office.db", backup_dir=tmp_path / "backups", key_dir=keys)
    try:
        with database.uow_factory() as uow:
            assert uow.signing_key == database.key
        assert key_path_for(tmp_path / "office.db", keys).exists()
        assert database.key not in (tmp_path / "office.db").read_bytes()
        assert database.key.hex().encode() not in (tmp_path / "office.db").read_bytes()
    finally:
        database.dispose()
