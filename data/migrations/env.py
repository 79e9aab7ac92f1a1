"""Alembic environment: migrations run on the connection ``data.migrate`` hands in.

Tamga never runs Alembic from an ini file or a URL: ``data.migrate`` owns the transaction,
the foreign-key switch and the backup around it, and passes its connection here through
``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from data.records import Base


def run_migrations_online(connection: Connection) -> None:
    """Run pending migrations inside the caller's transaction.

    ``transactional_ddl=True`` is safe because ``data.db`` disables pysqlite's own transaction
    handling; with it a failing migration rolls back completely. ``render_as_batch`` makes
    autogenerate write SQLite-compatible ``batch_alter_table`` blocks.
    """
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _connection() -> Connection:
    connection = context.config.attributes.get("connection")
    if context.is_offline_mode() or connection is None:
        raise RuntimeError("Tamga's migrations run only through data.migrate, on a live connection")
    return connection


run_migrations_online(_connection())
