"""Bring the database schema to this build's head at startup, safely.

The order matters (reliability.md §1.11):

1. Read the file's revision without writing to it. A revision our scripts do not know was
   written by a newer Tamga; running this older build against it could silently lose the
   newer columns, so we stop and leave the file untouched.
2. If the file holds anything and is behind, make a verified backup first.
3. Migrate with foreign keys OFF (batch migrations rebuild tables), in one transaction, and
   run ``PRAGMA foreign_key_check`` before committing; any failure rolls everything back.

Run ``uv run python -m data.migrate revision -m "what changed"`` to autogenerate a new
revision file, then review it by hand (batch blocks, CHECK constraints, downgrade).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from data.backup import make_verified_backup
from data.db import connect_readonly, engine_path, make_engine
from data.paths import bundled

if TYPE_CHECKING:  # Alembic costs 0.3 s to import: start-up imports it only when a file needs migrating
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: The newest revision in data/migrations/versions (tests/data/test_migrate.py keeps it true).
#: A file already at this revision opens without importing Alembic at all.
HEAD_REVISION = "6ffb923b3e08"

#: Dated revision files sort in the order they were written (house style rule 10).
FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(hour).2d%%(minute).2d_%%(rev)s_%%(slug)s"


class NewerSchemaError(RuntimeError):
    """The database was written by a newer Tamga; ``revision`` is the one we do not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema revision {revision!r} is newer than this program")
        self.revision = revision


class ForeignDatabaseError(RuntimeError):
    """The file is a SQLite database of another program (tables, no Tamga schema); left untouched."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} has tables but no alembic_version: not a Tamga database")
        self.path = path


class MigrationError(RuntimeError):
    """The upgrade failed and was rolled back; ``backup_path`` is the pre-upgrade copy, if any."""

    def __init__(self, message: str, *, backup_path: Path | None) -> None:
        super().__init__(message)
        self.backup_path = backup_path


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What ``upgrade_to_head`` did."""

    from_revision: str | None
    to_revision: str
    backup_path: Path | None = None

    @property
    def upgraded(self) -> bool:
        """Whether the schema changed (a fresh file counts as upgraded from nothing)."""
        return self.from_revision != self.to_revision


@dataclass(frozen=True, slots=True)
class _FileState:
    revisions: tuple[str, ...] = ()
    has_tables: bool = False
    #: Tables but no ``alembic_version``: another program's database, never Tamga's.
    foreign: bool = False


def alembic_config() -> Config:
    """Alembic's configuration, built in code so a frozen build needs no ``alembic.ini``."""
    from alembic.config import Config

    # stdout at call time: Config's default is the sys.stdout of the moment Alembic was first imported.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(bundled("data/migrations")))
    config.set_main_option("file_template", FILE_TEMPLATE)
    return config


def head_revision() -> str:
    """The newest revision this build's scripts know."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or ``None`` for a database never migrated."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, *, backup_dir: Path) -> MigrationResult:
    """Migrate the database behind *engine* to this build's head revision.

    Args:
        engine: An engine from ``data.db.make_engine``.
        backup_dir: Where the pre-upgrade backup goes (``tamga-<time>-before-<rev>.db``).

    Returns:
        The revisions before and after, and the backup made, if any.

    Raises:
        NewerSchemaError: The file was written by a newer Tamga; it was not modified.
        ForeignDatabaseError: The file is another program's database; it was not modified.
        MigrationError: The upgrade failed and was rolled back.
        data.backup.BackupError: The backup failed verification; nothing was migrated.
    """
    path = engine_path(engine)
    state = _read_state(path)
    if state.foreign:
        raise ForeignDatabaseError(path)
    if state.revisions == (HEAD_REVISION,):
        return MigrationResult(from_revision=HEAD_REVISION, to_revision=HEAD_REVISION)
    from alembic.script import ScriptDirectory

    config = alembic_config()
    _refuse_unknown(state.revisions, ScriptDirectory.from_config(config))
    head = head_revision()
    current = state.revisions[0] if len(state.revisions) == 1 else None
    if state.revisions == (head,):
        return MigrationResult(from_revision=head, to_revision=head)
    backup = None
    if state.has_tables:
        backup = make_verified_backup(path, _backup_name(backup_dir, head))
    _upgrade_in_one_transaction(engine, config, backup)
    return MigrationResult(from_revision=current, to_revision=head, backup_path=backup)


def file_revision(path: Path) -> str | None:
    """The single revision recorded in the file at *path*, read without writing; ``None`` if none."""
    state = _read_state(path)
    return state.revisions[0] if len(state.revisions) == 1 else None


def _read_state(path: Path) -> _FileState:
    """Revisions and whether any table exists, read through a read-only connection."""
    if not path.exists() or path.stat().st_size == 0:
        return _FileState()
    with closing(connect_readonly(path)) as connection:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if "alembic_version" not in tables:
            return _FileState(has_tables=bool(tables), foreign=bool(tables))
        revisions = tuple(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    return _FileState(revisions=revisions, has_tables=True)


def _refuse_unknown(revisions: tuple[str, ...], script: ScriptDirectory) -> None:
    known = {revision.revision for revision in script.walk_revisions()}
    for revision in revisions:
        if revision not in known:
            raise NewerSchemaError(revision)


def _backup_name(backup_dir: Path, head: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = backup_dir / f"tamga-{stamp}-before-{head}.db"
    counter = 1
    while candidate.exists():  # two upgrade attempts within one second
        counter += 1
        candidate = backup_dir / f"tamga-{stamp}-{counter}-before-{head}.db"
    return candidate


def _upgrade_in_one_transaction(engine: Engine, config: Config, backup: Path | None) -> None:
    with engine.connect() as connection:
        # foreign_keys is a no-op inside a transaction, so it is switched on the raw
        # autocommit connection before SQLAlchemy's BEGIN IMMEDIATE.
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            _upgrade(connection, config, backup)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _upgrade(connection: Connection, config: Config, backup: Path | None) -> None:
    try:
        from alembic import command

        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                shown = ", ".join(f"{table} row {rowid} -> {parent}" for table, rowid, parent, _fk in violations[:5])
                raise MigrationError(f"foreign key check failed after upgrade: {shown}", backup_path=backup)
    except MigrationError:
        raise
    except Exception as error:
        raise MigrationError(f"database upgrade failed: {error}", backup_path=backup) from error
    finally:
        config.attributes.pop("connection", None)


def make_revision(message: str) -> None:
    """Autogenerate a revision file comparing the models with a fresh database at head.

    Afterwards set ``HEAD_REVISION`` to the new revision id.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "scratch.db")
        try:
            if ScriptDirectory.from_config(config).get_current_head() is not None:
                upgrade_to_head(engine, backup_dir=Path(folder))
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.revision(config, message=message, autogenerate=True)
        finally:
            engine.dispose()


def _main() -> None:
    parser = argparse.ArgumentParser(prog="python -m data.migrate")
    commands = parser.add_subparsers(dest="command", required=True)
    revision = commands.add_parser("revision", help="autogenerate a new revision file")
    revision.add_argument("-m", "--message", required=True)
    arguments = parser.parse_args()
    if arguments.command == "revision":
        make_revision(arguments.message)


if __name__ == "__main__":
    _main()
