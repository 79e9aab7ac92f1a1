"""The engine contract: pragmas on every pooled connection, BEGIN IMMEDIATE, transactional DDL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from data import Database
from data.db import make_engine
from tests.data.conftest import make_position


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


def pragmas(engine: Engine) -> tuple[str, int, int, int]:
    """The pragmas of one pooled connection, read on the raw driver connection.

    Going through SQLAlchemy would emit BEGIN IMMEDIATE, and two such connections at once
    would wait on each other's write lock.
    """
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        values = tuple(
            cursor.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        )
        cursor.close()
    finally:
        connection.close()
    return values  # type: ignore[return-value]


def test_every_pooled_connection_has_the_pragmas(engine: Engine) -> None:
    held = [engine.raw_connection() for _ in range(3)]  # force three distinct pooled connections
    try:
        for connection in held:
            cursor = connection.cursor()
            assert cursor.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert cursor.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
            assert cursor.execute("PRAGMA foreign_keys").fetchone() == (1,)
            assert cursor.execute("PRAGMA busy_timeout").fetchone() == (5000,)
            cursor.close()
    finally:
        for connection in held:
            connection.close()
    assert pragmas(engine) == ("wal", 2, 1, 5000)


def test_pragmas_survive_a_pool_recycle(engine: Engine) -> None:
    pragmas(engine)
    engine.dispose()
    assert pragmas(engine) == ("wal", 2, 1, 5000)


def test_a_transaction_takes_the_write_lock_at_begin(database: Database, db_path: Path) -> None:
    """BEGIN IMMEDIATE: even a read-only action holds the write lock, so a writer waits at BEGIN."""
    with database.uow_factory() as uow:
        uow.employees.count()  # the first statement begins the transaction
        other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_ddl_rolls_back_with_the_transaction(engine: Engine) -> None:
    """pysqlite's legacy mode would keep this table; our begin hook makes DDL transactional."""
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (x INTEGER)"))
        raise RuntimeError("fail after DDL")
    with engine.connect() as connection:
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'scratch'").all()
    assert tables == []


def test_foreign_keys_are_enforced(database: Database) -> None:
    with database.uow_factory() as uow, pytest.raises(IntegrityError):
        uow.positions.add(make_position(department_id=999))
