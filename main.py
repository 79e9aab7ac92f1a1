"""Tamga's composition root: paths, language, the database, then the GUI or a command.

``gui`` and ``data`` meet only here. The command line calls the same core services as the
GUI, so ``main.py demo`` and ``main.py check`` behave exactly like the screens.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

import platformdirs
import sqlalchemy.exc

from core import __version__, i18n, services
from core.files import write_atomically
from core.guarded_backups import GuardedBackups
from core.i18n import _
from core.leave.entities import SlipNumber
from core.leave.seal import Verdict
from core.log_privacy import PersonalDataFilter
from core.ports import UnitOfWork
from core.services import NotFoundError, RefusedError
from core.session import CurrentUser
from core.validation import ValidationError
from data import Database, open_database
from data.audit_chain import anchor_path_for, existing_key
from data.backup import BackupError
from data.db import DatabaseLocationError, location_message, make_readonly_engine
from data.health import DamagedDatabaseError, NotTamgaDatabaseError, check_at_start
from data.keys import KeyFileError, key_path_for
from data.lock import DatabaseInUseError, DatabaseLock, in_use_message
from data.migrate import ForeignDatabaseError, MigrationError, NewerSchemaError
from data.paths import bundled
from data.recovery import BackupManager, close_checked, open_checked
from data.uow import acting_for, make_uow_factory

APP_NAME = "Tamga"
EXIT_REFUSED = 2

log = logging.getLogger("tamga")


def data_dir() -> Path:
    """The user's data folder; ``TAMGA_DATA_DIR`` moves it (portable installs, tests)."""
    override = os.environ.get("TAMGA_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "tamga.db"


def backup_manager(db_path: Path) -> BackupManager:
    """The backups of *db_path*; a restore moves the audit anchor to the restored file's head."""
    return BackupManager(db_path, backup_dir=backup_dir_for(db_path), anchor_path=anchor_path_for(db_path, key_dir()))


def key_dir() -> Path:
    """The office keys (``data.keys``): in the user's profile, not beside the database."""
    return data_dir() / "keys"


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def register_document_fonts() -> None:
    """reportlab costs 0.7 s to import, so only the commands that print pay for it."""
    from core.documents.fonts import register_fonts

    register_fonts(bundled("resources/fonts"))


def locale_dir() -> Path:
    return bundled("resources/locale")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tamga", description=_("Tamga: the office's HR records."))
    parser.add_argument("--version", action="version", version=f"Tamga {__version__}")
    parser.add_argument("--db", type=Path, help=_("database file (default: the user data folder)"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help=_("language of the interface"))
    parser.add_argument("--self-test", nargs="?", const="", metavar="REPORT",
                        help=_("check that this copy of Tamga works, in a temporary folder, and exit; "
                               "the result lines are also written to the REPORT file if one is named"))
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help=_("fill a new database with a demo office"))
    demo.add_argument("--db", type=Path, required=True, dest="db")
    check = commands.add_parser("check", help=_("check a database file and print a summary"))
    check.add_argument("--db", type=Path, required=True, dest="db")
    verify = commands.add_parser("verify", help=_("check a printed leave slip against the records"))
    verify.add_argument("code", help=_("the code printed under the slip's QR code (e.g. 2026-0042-7KQ4-M9XD), "
                                       "or the QR code's text"))
    verify.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=_("the database file"))
    add_document_commands(commands)
    add_backup_commands(commands)
    return parser


def add_document_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``print leave-slip NUMBER`` and ``export leave-register --month``: the screens' documents."""
    printing = commands.add_parser("print", help=_("print a document to a PDF file")).add_subparsers(
        dest="document", required=True)
    slip = printing.add_parser("leave-slip", help=_("print a copy of a numbered leave slip (marked ХУУЛБАР)"))
    slip.add_argument("number", type=slip_number, help=_("the slip's number, e.g. 2026-0042"))
    slip.add_argument("--out", type=Path, required=True, help=_("the PDF file to write"))
    slip.add_argument("--layout", choices=("a5", "a4x2"), default="a5", help=_("one A5 slip, or two on an A4 sheet"))
    exporting = commands.add_parser("export", help=_("export a document")).add_subparsers(
        dest="document", required=True)
    register = exporting.add_parser("leave-register", help=_("the monthly leave register (regulation 6.10)"))
    register.add_argument("--month", type=year_month, required=True, help=_("the month, e.g. 2026-07"))
    register.add_argument("--out", type=Path, required=True, help=_("a .pdf or .xlsx file"))
    attendance = exporting.add_parser("attendance", help=_("the monthly attendance summary (regulation 6.3, 6.9)"))
    attendance.add_argument("--month", type=year_month, required=True, help=_("the month, e.g. 2026-07"))
    attendance.add_argument("--out", type=Path, required=True, help=_("a .pdf or .xlsx file"))
    description = printing.add_parser("job-description", help=_("write a job description as PDF or Word"))
    description.add_argument("key", metavar="POSITION-OR-ID",
                             help=_("the description's id, or the position's title (the version in force today)"))
    description.add_argument("--out", type=Path, required=True, help=_("a .pdf or .docx file"))
    importing = commands.add_parser("import", help=_("import a document")).add_subparsers(
        dest="document", required=True)
    reading = importing.add_parser("job-description", help=_("read a job description from a Word file as a draft"))
    reading.add_argument("file", type=Path, help=_("the .docx file"))
    reading.add_argument("--position", type=int, required=True, help=_("the id of the position it is for"))
    payments = exporting.add_parser("payments", help=_("the year's support payments and awards (regulation 10.7, 12)"))
    payments.add_argument("--year", type=int, required=True, help=_("the year, e.g. 2026"))
    payments.add_argument("--out", type=Path, required=True, help=_("a .pdf or .xlsx file"))
    gifts = exporting.add_parser("gift-list", help=_("the children's gift list per unit (regulation 12.6)"))
    gifts.add_argument("--date", type=iso_day, required=True, help=_("the gift day, e.g. 2026-06-01"))
    gifts.add_argument("--out", type=Path, required=True, help=_("the PDF file to write"))
    schedule = exporting.add_parser("vacation-schedule", help=_("the year's vacation schedule (regulation 6.11)"))
    schedule.add_argument("--year", type=int, required=True, help=_("the year, e.g. 2026"))
    schedule.add_argument("--out", type=Path, required=True, help=_("a .pdf or .xlsx file"))
    for command in (slip, register, attendance, description, reading, payments, gifts, schedule):
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=_("the database file"))


def add_backup_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``backup [--to FOLDER]`` and ``restore FILE``: the same functions as File › Back up to… / Restore."""
    backup = commands.add_parser("backup", help=_("write a verified backup of the database"))
    backup.add_argument("--to", type=Path, help=_("a folder on another drive (default: the backups folder)"))
    restore = commands.add_parser("restore", help=_("replace the database by a backup (the current file is "
                                                     "backed up first)"))
    restore.add_argument("file", type=Path, help=_("the backup file to restore"))
    for command in (backup, restore):
        command.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=_("the database file"))


def slip_number(text: str) -> SlipNumber:
    try:
        return SlipNumber.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("a slip number looks like 2026-0042")) from None


def year_month(text: str) -> tuple[int, int]:
    try:
        day = datetime.strptime(text, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(_("a month looks like 2026-07")) from None
    return day.year, day.month


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("a date looks like 2026-06-01")) from None


def setup_logging(folder: Path) -> None:
    """A rotating log file; messages name records by id only, never personal data."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "tamga.log", maxBytes=1_000_000, backupCount=3,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())  # exception texts can quote names and РД: blank them
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def open_refusal(error: Exception, path: Path) -> str | None:
    """The user's message for a database that cannot be opened, or None for a real bug."""
    if isinstance(error, DatabaseLocationError):
        return location_message(error.reason, path)
    if isinstance(error, DatabaseInUseError):
        return in_use_message(error)
    if isinstance(error, NewerSchemaError):
        return _("This database was written by a newer version of Tamga; it has not been changed. "
                 "Install the newer Tamga to open it.")
    if isinstance(error, DamagedDatabaseError):
        return _("The database file {path} is damaged ({problem}); nothing has been written to it. "
                 "Restore the newest good backup.").format(path=error.path, problem=error.problems[0])
    if isinstance(error, NotTamgaDatabaseError):  # the start-up check found no SQLite file at all
        return _("{path} is not a database file; it has not been changed. "
                 "Choose a Tamga database file.").format(path=error.path)
    if isinstance(error, KeyFileError):
        return _("The office's key file is damaged or was replaced, so the records' signatures cannot be "
                 "checked; the database has not been opened. Put back the key file from a copy of the "
                 "keys folder, or ask the administrator.")
    if isinstance(error, ForeignDatabaseError):
        return _("{path} is a database of another program, not Tamga's; it has not been changed. "
                 "Choose a Tamga database file.").format(path=path)
    sqlite_error = _sqlite_error(error)
    if sqlite_error is not None and sqlite_error.sqlite_errorcode == sqlite3.SQLITE_NOTADB:
        return _("{path} is not a database file; it has not been changed. "
                 "Choose a Tamga database file.").format(path=path)
    if sqlite_error is not None and sqlite_error.sqlite_errorcode == sqlite3.SQLITE_CORRUPT:
        return _("The database file {path} is damaged; it has not been changed. "
                 "Restore it from a backup.").format(path=path)
    if isinstance(error, MigrationError | BackupError):
        return _("The database could not be upgraded and was left as it was: {reason}").format(reason=error)
    if isinstance(error, RefusedError | NotFoundError | ValidationError):
        return str(error)
    return None


def _sqlite_error(error: Exception) -> sqlite3.Error | None:
    """The SQLite error behind *error*, raised directly or wrapped by SQLAlchemy."""
    cause = error.orig if isinstance(error, sqlalchemy.exc.DBAPIError) else error
    return cause if isinstance(cause, sqlite3.Error) else None


def run_demo(db_path: Path) -> int:
    from core.demo import fill_demo_office

    with DatabaseLock(db_path):
        database = open_database(db_path, backup_dir=backup_dir_for(db_path), key_dir=key_dir())
        try:
            summary = fill_demo_office(database.uow_factory, today=date.today())
        finally:
            database.dispose()
    print(_("Demo office written to {path}: {employees} employees, {units} units, {positions} positions, "
            "{slips} leave slips, {descriptions} job description versions.").format(
        path=db_path, employees=summary.employees, units=summary.units, positions=summary.positions,
        slips=summary.slips, descriptions=summary.job_descriptions))
    print(_("Registers: {relatives} relatives, {payments} payments and awards, {attendance} attendance entries, "
            "{trips} business trips, {contracts} performance contracts.").format(
        relatives=summary.relatives, payments=summary.payments, attendance=summary.attendance, trips=summary.trips,
        contracts=summary.contracts))
    return 0


def run_check(db_path: Path) -> int:
    if not db_path.is_file():
        print(_("There is no database file at {path}.").format(path=db_path), file=sys.stderr)
        return EXIT_REFUSED
    engine = make_readonly_engine(db_path)  # a check never changes the file, not even its journal mode
    factory = make_uow_factory(engine, key=existing_key(key_path_for(db_path, key_dir())),
                               anchor=anchor_path_for(db_path, key_dir()))
    try:
        report = services.check_database(factory())
        chain = services.verify_audit_chain(factory()) if report.integrity_ok else None
    finally:
        engine.dispose()
    print(format_report(report, db_path))
    if chain is not None:
        print(_("Audit trail: {result}").format(result=_("ok") if chain.ok and chain.end_checked else chain.message()))
    return 0 if report.integrity_ok and report.foreign_keys_ok and not (chain and chain.broken) else 1


def run_verify(db_path: Path, code: str) -> int:
    """A paper slip against the records, read-only like ``check``: exit 0 only when it matches."""
    if not db_path.is_file():
        raise RefusedError(_("There is no database file at {path}.").format(path=db_path))
    engine = make_readonly_engine(db_path)
    try:
        key = existing_key(key_path_for(db_path, key_dir()))
        result = services.verify_slip(make_uow_factory(engine, key=key)(), code)
    finally:
        engine.dispose()
    print(result.message())
    return 0 if result.verdict is Verdict.MATCH else 1


def open_existing(db_path: Path) -> tuple[DatabaseLock, Database]:
    """Lock and open a database that must already exist (documents are printed from records)."""
    if not db_path.is_file():
        raise RefusedError(_("There is no database file at {path}.").format(path=db_path))
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        check_at_start(db_path)  # a damaged file is refused before anything can write to it
        return lock, open_database(db_path, backup_dir=backup_dir_for(db_path), key_dir=key_dir())
    except BaseException:
        lock.release()
        raise


def run_print_slip(db_path: Path, number: SlipNumber, out: Path, layout: Literal["a5", "a4x2"]) -> int:
    """A reprint: the copy is recorded only if the PDF was written (the render runs before commit)."""
    from core.documents.leave_slip import render_leave_slip

    register_document_fonts()
    lock, database = open_existing(db_path)

    def write(temp: Path) -> None:
        with temp.open("wb") as stream:
            services.reprint_slip(database.uow_factory(), number, now=datetime.now(),
                                  render=lambda document: render_leave_slip(document, stream, layout=layout))

    try:
        write_atomically(out, write)  # a refused number or a failed render leaves an existing file alone
    finally:
        database.dispose()
        lock.release()
    print(_("A copy of slip {number} was written to {path}.").format(number=number, path=out))
    return 0


def write_month_document(db_path: Path, out: Path, renderers: dict[str, Callable[[Any, BinaryIO], None]],
                         load: Callable[[UnitOfWork], Any], wrong_suffix: str) -> Any:
    """A month's document (register, attendance) read in one short session, then written atomically.

    *renderers* map a suffix to its writer; any other suffix is refused with *wrong_suffix*
    before the database is opened. Returns the document, for the caller's summary line.
    """
    render = renderers.get(out.suffix.lower())
    if render is None:
        raise RefusedError(wrong_suffix.format(suffix=out.suffix))
    register_document_fonts()
    lock, database = open_existing(db_path)
    try:
        document = load(database.uow_factory())
    finally:
        database.dispose()
        lock.release()

    def write(temp: Path) -> None:
        with temp.open("wb") as stream:
            render(document, stream)

    write_atomically(out, write)
    return document


def run_export_attendance(db_path: Path, month: tuple[int, int], out: Path) -> int:
    from core.documents.attendance_summary import render_attendance_pdf, render_attendance_xlsx

    document = write_month_document(
        db_path, out, {".pdf": render_attendance_pdf, ".xlsx": render_attendance_xlsx},
        lambda uow: services.attendance_document(uow, year=month[0], month=month[1]),
        _("The summary is written as .pdf or .xlsx, not {suffix}."))
    print(_("The attendance summary of {year}-{month:02d} was written to {path}: {people} people.").format(
        year=month[0], month=month[1], path=out, people=len(document.lines)))
    return 0


def run_export_vacation_schedule(db_path: Path, year: int, out: Path) -> int:
    from core.documents.vacation_schedule import render_schedule_pdf
    from core.documents.vacation_schedule_xlsx import render_schedule_xlsx

    document = write_month_document(
        db_path, out, {".pdf": render_schedule_pdf, ".xlsx": render_schedule_xlsx},
        lambda uow: services.vacation_schedule_document(uow, year),
        _("The schedule is written as .pdf or .xlsx, not {suffix}."))
    print(_("The vacation schedule of {year} was written to {path}: {people} entries.").format(
        year=year, path=out, people=sum(len(group.lines) for group in document.groups)))
    return 0


def run_export_payments(db_path: Path, year: int, out: Path) -> int:
    from core.documents.payments_register import render_payments_pdf, render_payments_xlsx

    document = write_month_document(
        db_path, out, {".pdf": render_payments_pdf, ".xlsx": render_payments_xlsx},
        lambda uow: services.payments_register(uow, year=year),
        _("The register is written as .pdf or .xlsx, not {suffix}."))
    print(_("The payments and awards of {year} were written to {path}: {count} entries.").format(
        year=year, path=out, count=sum(len(group.lines) for group in document.groups)))
    return 0


def run_export_gift_list(db_path: Path, day: date, out: Path) -> int:
    from core.documents.gift_list import render_gift_list_pdf

    document = write_month_document(db_path, out, {".pdf": render_gift_list_pdf},
                                    lambda uow: services.gift_list_document(uow, on=day),
                                    _("The list is written as .pdf, not {suffix}."))
    print(_("The gift list for {day} was written to {path}: {count} children.").format(
        day=day.isoformat(), path=out, count=document.count))
    return 0


def run_export_register(db_path: Path, month: tuple[int, int], out: Path) -> int:
    from core.documents.leave_register import render_register_pdf, render_register_xlsx

    document = write_month_document(
        db_path, out, {".pdf": render_register_pdf, ".xlsx": render_register_xlsx},
        lambda uow: services.monthly_register(uow, *month),
        _("The register is written as .pdf or .xlsx, not {suffix}."))
    print(_("The leave register of {year}-{month:02d} was written to {path}: {people} people.").format(
        year=month[0], month=month[1], path=out, people=len(document.people)))
    return 0


def run_print_job_description(db_path: Path, key: str, out: Path) -> int:
    register_document_fonts()
    lock, database = open_existing(db_path)
    try:
        summary = services.find_job_description(database.uow_factory(), key, on=date.today())
        services.export_job_description(database.uow_factory(), summary.id, out)
    finally:
        database.dispose()
        lock.release()
    print(_("Version {version} of the job description of “{title}” was written to {path}.").format(
        version=summary.version, title=services.listed_title(summary), path=out))
    return 0


def run_import_job_description(db_path: Path, file: Path, position_id: int) -> int:
    """Saved as a draft to check in the editor; every line that found no place is printed."""
    lock, database = open_existing(db_path)
    try:
        saved, reading = services.import_job_description(database.uow_factory(), file, position_id)
    finally:
        database.dispose()
        lock.release()
    print(_("{path} was saved as draft version {version} (id {id}): {objectives} objectives, "
            "{functions} functions.").format(path=file, version=saved.version, id=saved.id,
                                             objectives=len(saved.objectives), functions=saved.function_count))
    if reading.unplaced:
        print(_("These lines could not be placed; add them in the editor:"), file=sys.stderr)
        for line in reading.unplaced:
            print(f"  {line}", file=sys.stderr)
    return 0


def format_report(report: object, db_path: Path) -> str:
    from core.entities import DatabaseReport

    assert isinstance(report, DatabaseReport)
    ok = _("ok")
    lines = [
        _("Database: {path}").format(path=db_path),
        _("Schema version: {version}").format(version=report.schema_version or "-"),
        _("Integrity check: {result}").format(result=ok if report.integrity_ok else _("DAMAGED")),
        _("Foreign keys: {result}").format(result=ok if report.foreign_keys_ok else _("BROKEN")),
    ]
    lines += [f"  {table}: {count}" for table, count in sorted(report.counts.items())]
    lines += [f"! {problem}" for problem in report.problems]
    return "\n".join(lines)


def run_backup(db_path: Path, folder: Path | None) -> int:
    """Reads through a read-only connection, so it may run while the app is open."""
    if not db_path.is_file():
        raise RefusedError(_("There is no database file at {path}.").format(path=db_path))
    manager = backup_manager(db_path)
    info = manager.back_up_to(folder) if folder is not None else manager.back_up_now()
    print(_("A verified backup was written to {path}.").format(path=info.path))
    return 0


def run_restore(db_path: Path, backup: Path) -> int:
    """Refused while a Tamga has the database open (the lock); the current file is backed up first."""
    manager = backup_manager(db_path)
    saved = manager.restore(backup.expanduser().absolute())
    if saved is not None:
        print(_("The database as it was has been backed up to {path}.").format(path=saved.path))
    print(_("{backup} was restored to {path}.").format(backup=backup, path=db_path))
    return 0


def run_gui(db_path: Path, language: str | None) -> int:
    from gui.app import run_application

    backups = backup_manager(db_path)
    current = CurrentUser()  # set by the login; the command line has none and runs as the file's owner

    def open_db(lock: DatabaseLock) -> tuple[Callable[[], UnitOfWork], Callable[[], None]]:
        lock.acquire()
        try:
            database = open_checked(db_path, backup_dir=backup_dir_for(db_path), key_dir=key_dir(), now=datetime.now())
        except BaseException:
            lock.release()  # the user may restore a backup and try again in this process
            raise
        log.info("opened database at schema %s", database.migration.to_revision)
        backups.attach(database.engine)

        def close() -> None:
            backups.attach(None)
            close_checked(database, backup_dir=backup_dir_for(db_path), now=datetime.now())
            lock.release()
        return acting_for(database.uow_factory, current), close  # the logged-in user acts in every action

    return run_application(
        db_path=db_path,
        version=__version__,
        locale_dir=locale_dir(),
        language=language,
        open_database=lambda: open_db(DatabaseLock(db_path)),
        refusal_message=lambda error: open_refusal(error, db_path),
        backups=GuardedBackups(backups, current),  # restoring is the administrator's, checked in core
        current=current,
    )


def run_self_test(report_path: str) -> int:
    """``--self-test``: fonts, schema, a slip, its seal, a backup, Qt and printing (R14).

    Everything happens in a temporary folder: the user's database, key and backups are never
    opened. A windowed build has no console when started by a script, hence the REPORT file.
    """
    import tempfile

    from core.self_test import AppChecks, Storage, Store
    from data.backup import make_verified_backup
    from data.migrate import head_revision
    from gui.self_test import run_self_test as run_checks

    lines: list[str] = []

    def report(line: str) -> None:
        lines.append(line)
        if sys.stdout is not None:
            print(line, flush=True)

    with tempfile.TemporaryDirectory(prefix="tamga-self-test-", ignore_cleanup_errors=True) as folder:
        root = Path(folder)

        def open_store(path: Path) -> Store:
            database = open_database(path, backup_dir=root / "backups", key_dir=root / "keys")
            return Store(database.uow_factory, database.key, database.migration.to_revision, database.dispose)

        checks = AppChecks(folder=root, font_dir=bundled("resources/fonts"),
                           storage=Storage(open_store, head_revision(), make_verified_backup))
        try:
            passed = run_checks(checks.checks(), slip_pdf=checks.slip_pdf, report=report)
        finally:
            checks.close()
    if report_path:
        Path(report_path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0 if passed else 1


def attach_console() -> None:
    """The frozen Windows app has no console: borrow the parent's so ``--version`` prints."""
    if sys.stdout is not None or sys.platform != "win32":
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stderr = sys.stdout


def main(argv: Sequence[str] | None = None) -> int:
    attach_console()
    i18n.set_language(os.environ.get("TAMGA_LANG", i18n.DEFAULT_LANGUAGE), locale_dir())
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang, locale_dir())
    if args.self_test is not None:
        return run_self_test(args.self_test)
    db_path: Path = (args.db or default_db_path()).expanduser().absolute()
    try:
        if args.command == "demo":
            return run_demo(db_path)
        if args.command == "check":
            return run_check(db_path)
        if args.command == "verify":
            return run_verify(db_path, args.code)
        if args.command == "backup":
            return run_backup(db_path, args.to)
        if args.command == "restore":
            return run_restore(db_path, args.file)
        if args.command == "print" and args.document == "job-description":
            return run_print_job_description(db_path, args.key, args.out)
        if args.command == "print":
            return run_print_slip(db_path, args.number, args.out, args.layout)
        if args.command == "import":
            return run_import_job_description(db_path, args.file, args.position)
        if args.command == "export" and args.document == "payments":
            return run_export_payments(db_path, args.year, args.out)
        if args.command == "export" and args.document == "gift-list":
            return run_export_gift_list(db_path, args.date, args.out)
        if args.command == "export" and args.document == "vacation-schedule":
            return run_export_vacation_schedule(db_path, args.year, args.out)
        if args.command == "export" and args.document == "attendance":
            return run_export_attendance(db_path, args.month, args.out)
        if args.command == "export":
            return run_export_register(db_path, args.month, args.out)
    except Exception as error:  # a refusal the user can act on, not a crash
        message = open_refusal(error, db_path)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return EXIT_REFUSED
    setup_logging(data_dir() / "logs")
    return run_gui(db_path, args.lang)


if __name__ == "__main__":
    sys.exit(main())
