"""The unit of work: one session per user action, rolled back unless the action commits.

Services write ``with uow_factory() as uow: ...; uow.commit()``. Whatever happens inside the
block, leaving it rolls back what was not committed and closes the session, so no widget
ever holds a session or a write lock between clicks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from core.entities import DatabaseReport
from core.ports import (
    ActingRepository,
    AttendanceRepository,
    AttendanceSettingsRepository,
    AuditRepository,
    CalendarRepository,
    DepartmentRepository,
    DisciplineSettingsRepository,
    EmployeeRepository,
    EventRepository,
    FamilyRepository,
    JobDescriptionRepository,
    LeaveSettingsRepository,
    LeaveSlipRepository,
    Maintenance,
    OnboardingRepository,
    PaymentRepository,
    PaymentSettingsRepository,
    PerformanceContractRepository,
    PerformanceSettingsRepository,
    PositionRepository,
    SanctionRepository,
    SettingsRepository,
    SlipCounterRepository,
    SlipPrintRepository,
    TripRepository,
    UserRepository,
    VacationScheduleRepository,
    VacationSettingsRepository,
)
from core.users import User
from data.audit import INFO_KEY, AuditContext, install_audit
from data.records import MAIN_TABLES, Base
from data.repositories import (
    SqlActingRepository,
    SqlCalendarRepository,
    SqlDepartmentRepository,
    SqlEmployeeRepository,
    SqlEventRepository,
    SqlJobDescriptionRepository,
    SqlLeaveSettingsRepository,
    SqlLeaveSlipRepository,
    SqlOnboardingRepository,
    SqlPositionRepository,
    SqlSettingsRepository,
    SqlSlipCounterRepository,
    SqlSlipPrintRepository,
)
from data.repositories.attendance import SqlAttendanceRepository
from data.repositories.audit import SqlAuditRepository
from data.repositories.conduct_settings import SqlAttendanceSettingsRepository, SqlDisciplineSettingsRepository
from data.repositories.discipline import SqlSanctionRepository
from data.repositories.payment_settings import SqlPaymentSettingsRepository
from data.repositories.payments import SqlFamilyRepository, SqlPaymentRepository
from data.repositories.performance import SqlPerformanceContractRepository
from data.repositories.performance_settings import SqlPerformanceSettingsRepository
from data.repositories.trips import SqlTripRepository
from data.repositories.users import SqlUserRepository
from data.repositories.vacation import SqlVacationSettingsRepository
from data.repositories.vacation_schedule import SqlVacationScheduleRepository

if TYPE_CHECKING:
    from core.ports import UnitOfWork

#: How many integrity problems the report lists; the first few are enough to act on.
MAX_PROBLEMS = 20


class SqlMaintenance:
    """``core.ports.Maintenance``: the checks behind the "Check database" command."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def report(self) -> DatabaseReport:
        """Integrity and foreign-key checks, schema revision and row counts.

        ``integrity_check`` does not look at foreign keys, so both run (reliability.md §1.6).
        """
        integrity = [str(row[0]) for row in self._pragma("PRAGMA integrity_check")]
        integrity_ok = integrity == ["ok"]
        fk_problems = [
            f"{table} row {rowid}: missing {parent}"
            for table, rowid, parent, _fk in self._pragma("PRAGMA foreign_key_check")
        ]
        problems = ([] if integrity_ok else integrity) + fk_problems
        return DatabaseReport(
            integrity_ok=integrity_ok,
            foreign_keys_ok=not fk_problems,
            schema_version=self._schema_version(),
            counts=self._counts(),
            problems=tuple(problems[:MAX_PROBLEMS]),
        )

    def _pragma(self, statement: str) -> list[tuple[object, ...]]:
        return [tuple(row) for row in self._session.execute(text(statement))]

    def _schema_version(self) -> str:
        """The Alembic revision; empty for a file that was never migrated."""
        exists = self._session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).scalar_one()
        if not exists:
            return ""
        rows = self._session.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        return ",".join(str(row) for row in rows)

    def _counts(self) -> dict[str, int]:
        """Rows of the main tables this file has: an older schema lacks some, an empty file all."""
        present = set(
            self._session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
        )
        tables = Base.metadata.tables
        return {
            name: int(self._session.execute(select(func.count()).select_from(tables[name])).scalar_one())
            for name in MAIN_TABLES
            if name in present
        }


class SqlAlchemyUnitOfWork:
    """``core.ports.UnitOfWork`` over a SQLAlchemy session.

    Repositories exist only inside ``with``: they belong to the session opened there.
    """

    employees: EmployeeRepository
    departments: DepartmentRepository
    positions: PositionRepository
    events: EventRepository
    acting: ActingRepository
    settings: SettingsRepository
    onboarding: OnboardingRepository
    leave_slips: LeaveSlipRepository
    slip_counters: SlipCounterRepository
    slip_prints: SlipPrintRepository
    calendar: CalendarRepository
    leave_settings: LeaveSettingsRepository
    vacation_settings: VacationSettingsRepository
    attendance: AttendanceRepository
    job_descriptions: JobDescriptionRepository
    users: UserRepository
    maintenance: Maintenance
    audit: AuditRepository
    sanctions: SanctionRepository
    trips: TripRepository
    family: FamilyRepository
    payments: PaymentRepository
    attendance_settings: AttendanceSettingsRepository
    discipline_settings: DisciplineSettingsRepository
    payment_settings: PaymentSettingsRepository
    vacation_schedule: VacationScheduleRepository
    performance_contracts: PerformanceContractRepository
    performance_settings: PerformanceSettingsRepository

    def __init__(
        self,
        session_factory: Callable[[], Session],
        *,
        key: bytes = b"",
        actor: Callable[[], User | None] = lambda: None,
        anchor: Path | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._anchor = anchor
        self._session: Session | None = None
        self._actor = actor
        #: The office's secret key, for keyed hashes and slip signatures.
        self.signing_key = key

    @property
    def actor(self) -> User | None:
        """Who is doing this action: the logged-in user (``None`` for the command line and tests)."""
        return self._actor()

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("a unit of work cannot be entered twice; make a new one per action")
        session = self._session = self._session_factory()
        self.employees = SqlEmployeeRepository(session)
        self.departments = SqlDepartmentRepository(session)
        self.positions = SqlPositionRepository(session)
        self.events = SqlEventRepository(session)
        self.acting = SqlActingRepository(session)
        self.settings = SqlSettingsRepository(session)
        self.onboarding = SqlOnboardingRepository(session)
        self.leave_slips = SqlLeaveSlipRepository(session)
        self.slip_counters = SqlSlipCounterRepository(session)
        self.slip_prints = SqlSlipPrintRepository(session)
        self.calendar = SqlCalendarRepository(session)
        self.leave_settings = SqlLeaveSettingsRepository(session)
        self.vacation_settings = SqlVacationSettingsRepository(session)
        self.attendance = SqlAttendanceRepository(session)
        self.job_descriptions = SqlJobDescriptionRepository(session)
        self.users = SqlUserRepository(session)
        self.maintenance = SqlMaintenance(session)
        self.sanctions = SqlSanctionRepository(session)
        self.trips = SqlTripRepository(session)
        self.family = SqlFamilyRepository(session)
        self.payments = SqlPaymentRepository(session)
        self.attendance_settings = SqlAttendanceSettingsRepository(session)
        self.discipline_settings = SqlDisciplineSettingsRepository(session)
        self.payment_settings = SqlPaymentSettingsRepository(session)
        self.vacation_schedule = SqlVacationScheduleRepository(session)
        self.performance_contracts = SqlPerformanceContractRepository(session)
        self.performance_settings = SqlPerformanceSettingsRepository(session)
        # Every save in this session is audited (data/audit.py), whoever forgets to ask.
        session.info[INFO_KEY] = AuditContext(self.signing_key, self._actor, self._anchor)
        self.audit = SqlAuditRepository(session, key=self.signing_key, anchor_path=self._anchor)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            session.rollback()  # a no-op after commit(); undoes everything otherwise
        finally:
            session.close()

    def commit(self) -> None:
        """Make everything done in this unit of work permanent."""
        self._active().commit()

    def rollback(self) -> None:
        """Undo everything since the last commit; the unit of work stays usable."""
        self._active().rollback()

    def _active(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its with block")
        return self._session


def make_uow_factory(
    engine: Engine, *, key: bytes = b"", actor: Callable[[], User | None] = lambda: None, anchor: Path | None = None
) -> Callable[[], SqlAlchemyUnitOfWork]:
    """A factory making one fresh unit of work per user action, all sharing *engine*'s pool.

    *actor* is asked at each action who is logged in, so a login or logout needs no new factory.

    ``expire_on_commit=False`` is irrelevant to callers (they get dataclasses), but spares a
    reload of records a repository still converts after ``commit()``.
    """
    session_factory = sessionmaker(engine, expire_on_commit=False)
    install_audit(session_factory)  # *anchor*: the audit log's head is written there after each commit
    return lambda: SqlAlchemyUnitOfWork(session_factory, key=key, actor=actor, anchor=anchor)


def acting_for(
    factory: Callable[[], SqlAlchemyUnitOfWork], actor: Callable[[], User | None]
) -> Callable[[], SqlAlchemyUnitOfWork]:
    """*factory*'s units of work, acting for whoever *actor* names at each action (the GUI's login).

    The database is opened (and checked, migrated, backed up) before anyone logs in, so the
    logged-in user is attached to the factory afterwards rather than passed through every opener.
    """

    def make() -> SqlAlchemyUnitOfWork:
        uow = factory()
        uow._actor = actor
        return uow

    return make


if TYPE_CHECKING:

    def _conforms(uow: SqlAlchemyUnitOfWork) -> UnitOfWork:
        """mypy proves here that the class satisfies the core protocol."""
        return uow
