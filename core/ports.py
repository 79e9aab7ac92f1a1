"""What the use cases need from storage, as protocols; ``data/`` implements them.

A unit of work is one user action: ``with uow_factory() as uow: ...; uow.commit()``.
Leaving the block without ``commit()`` rolls everything back, so a failed action leaves
no half-saved record behind.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from core.attendance.entities import AttendanceEntry
from core.attendance.rules import AttendancePolicy
from core.audit import AuditEntry, AuditFilter, ChainReport
from core.discipline.entities import DisciplinePolicy, Sanction
from core.entities import (
    ActingAssignment,
    DatabaseReport,
    Department,
    Employee,
    EmployeeListItem,
    EmployeeStatus,
    EmploymentEvent,
    OfficeSettings,
    Onboarding,
    Position,
)
from core.job_description.entities import JobDescription, JobDescriptionSummary
from core.leave.entities import (
    CalendarChange,
    LeaveSettings,
    LeaveSlip,
    LeaveSlipListItem,
    SlipFilter,
    SlipNumber,
    SlipPrint,
    SlipStatus,
)
from core.payments.catalogue import PaymentPolicy
from core.payments.due_soon import DuePolicy
from core.payments.entities import Payment
from core.payments.family import FamilyMember
from core.performance.entities import PerformanceContract
from core.performance.policy import PerformancePolicy
from core.trips.entities import BusinessTrip, TripNumber
from core.users import User
from core.vacation.entitlement import VacationPolicy
from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule


class EmployeeRepository(Protocol):
    def get(self, employee_id: int) -> Employee | None: ...

    def find_by_registration(self, number: str) -> Employee | None: ...

    def by_submission(self, submission_id: str) -> Employee | None:
        """The employee a form with this submission id created (see core.services.submissions)."""
        ...

    def list_items(self) -> builtins.list[EmployeeListItem]:
        """Every employee with position title and department name, for the list screen."""
        ...

    def list(self, *, status: EmployeeStatus | None = None) -> builtins.list[Employee]: ...

    def add(self, employee: Employee) -> Employee: ...

    def update(self, employee: Employee) -> Employee: ...

    def count(self) -> int: ...


class DepartmentRepository(Protocol):
    def get(self, department_id: int) -> Department | None: ...

    def list(self) -> builtins.list[Department]: ...

    def add(self, department: Department) -> Department: ...

    def update(self, department: Department) -> Department: ...

    def delete(self, department_id: int) -> None: ...


class PositionRepository(Protocol):
    def get(self, position_id: int) -> Position | None: ...

    def list(self) -> builtins.list[Position]: ...

    def add(self, position: Position) -> Position: ...

    def update(self, position: Position) -> Position: ...

    def delete(self, position_id: int) -> None: ...

    def holders(self, position_id: int) -> int:
        """How many employees currently hold the position."""
        ...


class EventRepository(Protocol):
    def add(self, event: EmploymentEvent) -> EmploymentEvent: ...

    def by_submission(self, submission_id: str) -> EmploymentEvent | None: ...

    def for_employee(self, employee_id: int) -> builtins.list[EmploymentEvent]: ...

    def by_employee(self) -> dict[int, builtins.list[EmploymentEvent]]:
        """Every employee's events, oldest first, read for the whole office at once."""
        ...

    def first_appointments(self) -> dict[int, date]:
        """Each employee's earliest appointment in the history (start of work at the office)."""
        ...


class ActingRepository(Protocol):
    def get(self, assignment_id: int) -> ActingAssignment | None: ...

    def list(self) -> builtins.list[ActingAssignment]: ...

    def covering(self, on: date) -> builtins.list[ActingAssignment]:
        """Assignments whose period includes *on*."""
        ...

    def add(self, assignment: ActingAssignment) -> ActingAssignment: ...

    def update(self, assignment: ActingAssignment) -> ActingAssignment: ...

    def delete(self, assignment_id: int) -> None: ...


class SettingsRepository(Protocol):
    def get(self) -> OfficeSettings: ...

    def save(self, settings: OfficeSettings) -> None: ...


class OnboardingRepository(Protocol):
    def get(self, employee_id: int) -> Onboarding | None: ...

    def save(self, onboarding: Onboarding) -> None: ...


class LeaveSlipRepository(Protocol):
    """Leave slips (and order-form leaves); numbered ones are never deleted."""

    def get(self, slip_id: int) -> LeaveSlip | None: ...

    def by_number(self, number: SlipNumber) -> LeaveSlip | None: ...

    def by_submission(self, submission_id: str) -> LeaveSlip | None: ...

    def add(self, slip: LeaveSlip) -> LeaveSlip: ...

    def update(self, slip: LeaveSlip) -> LeaveSlip: ...

    def delete(self, slip_id: int) -> None: ...

    def for_employee(self, employee_id: int) -> builtins.list[LeaveSlip]: ...

    def overlapping(
        self, employee_id: int, starts_at: datetime, ends_at: datetime, *, exclude_id: int | None = None
    ) -> builtins.list[LeaveSlip]:
        """The employee's non-void leaves sharing time with the period (touching ends do not)."""
        ...

    def vacations(self, year: int, *, employee_id: int | None = None) -> builtins.list[LeaveSlip]:
        """Non-void vacation leaves counted against *year* (its ``vacation_year``), for one or all."""
        ...

    def in_period(
        self, start: datetime, end: datetime, *, statuses: tuple[SlipStatus, ...]
    ) -> builtins.list[LeaveSlip]:
        """Leaves with *statuses* whose period or late return meets [start, end)."""
        ...

    def list_items(
        self, filters: SlipFilter, *, limit: int | None, offset: int = 0
    ) -> builtins.list[LeaveSlipListItem]:
        """A page of the slip list, newest start first; ``limit=None`` reads to the end."""
        ...

    def count(self, filters: SlipFilter) -> int: ...


class SlipCounterRepository(Protocol):
    def next_number(self, year: int) -> SlipNumber:
        """Advance the year's counter inside the open transaction: a rollback gives the number back."""
        ...


class SlipPrintRepository(Protocol):
    def add(self, record: SlipPrint) -> SlipPrint: ...

    def for_slip(self, slip_id: int) -> builtins.list[SlipPrint]: ...


class CalendarRepository(Protocol):
    def get(self, change_id: int) -> CalendarChange | None: ...

    def list(self) -> builtins.list[CalendarChange]: ...

    def changes_between(self, start: date, end: date) -> builtins.list[CalendarChange]:
        """Changes on days from *start* to *end*, both included."""
        ...

    def add(self, change: CalendarChange) -> CalendarChange: ...

    def delete(self, change_id: int) -> None: ...


class AttendanceRepository(Protocol):
    """The attendance log (6.1–6.3); leave overruns (6.9) are read from the slips, not stored here."""

    def get(self, entry_id: int) -> AttendanceEntry | None: ...

    def add(self, entry: AttendanceEntry) -> AttendanceEntry: ...

    def update(self, entry: AttendanceEntry) -> AttendanceEntry: ...

    def between(
        self, start: date, end: date, *, employee_id: int | None = None
    ) -> builtins.list[AttendanceEntry]:
        """Entries from *start* to *end* (both included), of one person if given, by day."""
        ...


class LeaveSettingsRepository(Protocol):
    def get(self) -> LeaveSettings:
        """The stored schedule and policy; the built-in defaults until first saved."""
        ...

    def save(self, settings: LeaveSettings) -> None: ...


class VacationSettingsRepository(Protocol):
    def get(self) -> VacationPolicy:
        """The stored vacation table; the Labour Law's (art. 99) until first saved."""
        ...

    def save(self, policy: VacationPolicy) -> None: ...


class JobDescriptionRepository(Protocol):
    """Job description versions; an approved one is never changed or deleted."""

    def get(self, description_id: int) -> JobDescription | None: ...

    def by_submission(self, submission_id: str) -> JobDescription | None: ...

    def summaries(self, *, position_id: int | None = None) -> builtins.list[JobDescriptionSummary]:
        """Every version (of one position, if given) with the position's current title and unit."""
        ...

    def add(self, description: JobDescription) -> JobDescription: ...

    def update(self, description: JobDescription) -> JobDescription: ...

    def delete(self, description_id: int) -> None: ...


class TripRepository(Protocol):
    """Business trips (section 9) and their yearly certificate numbers; a trip is cancelled, never deleted."""

    def get(self, trip_id: int) -> BusinessTrip | None: ...

    def by_submission(self, submission_id: str) -> BusinessTrip | None: ...

    def add(self, trip: BusinessTrip) -> BusinessTrip: ...

    def update(self, trip: BusinessTrip) -> BusinessTrip:
        """Save the trip's fields and its changes (extensions and recalls are only ever appended)."""
        ...

    def list(
        self, *, start: date | None = None, end: date | None = None, employee_id: int | None = None
    ) -> builtins.list[BusinessTrip]:
        """Trips whose current period meets [start, end] (of one employee if given), newest start first."""
        ...

    def next_number(self, year: int) -> TripNumber:
        """Advance the year's certificate counter inside the open transaction; a rollback gives it back."""
        ...


class SanctionRepository(Protocol):
    """The sanctions register; a sanction is never deleted (a mistaken one is annulled and kept)."""

    def get(self, sanction_id: int) -> Sanction | None: ...

    def list(self, *, employee_id: int | None = None) -> builtins.list[Sanction]:
        """Sanctions (of one employee, if given), newest start first."""
        ...

    def add(self, sanction: Sanction) -> Sanction: ...

    def update(self, sanction: Sanction) -> Sanction: ...


class AttendanceSettingsRepository(Protocol):
    def get(self) -> AttendancePolicy:
        """The stored attendance rules (6.3, 13.3.1.3); the regulation's defaults until first saved."""
        ...

    def save(self, policy: AttendancePolicy) -> None: ...


class DisciplineSettingsRepository(Protocol):
    def get(self) -> DisciplinePolicy:
        """The stored breach list, cut ceilings and periods; the regulation's defaults until first saved."""
        ...

    def save(self, policy: DisciplinePolicy) -> None: ...


class PerformanceSettingsRepository(Protocol):
    """The section-7 calendar with its reminder horizon, and the "due soon" numbers; one stored row."""

    def performance(self) -> PerformancePolicy:
        """The stored deadlines and reminder horizon; the regulation's until first saved."""
        ...

    def save_performance(self, policy: PerformancePolicy) -> None: ...

    def due(self) -> DuePolicy:
        """The stored horizon, jubilee ages, years of service and gift days; the regulation's until first saved."""
        ...

    def save_due(self, policy: DuePolicy) -> None: ...


class PaymentSettingsRepository(Protocol):
    def get(self) -> PaymentPolicy:
        """The office's catalogue of payment and award kinds; the regulation's until first saved."""
        ...

    def save(self, policy: PaymentPolicy) -> None: ...


class VacationScheduleRepository(Protocol):
    """The yearly vacation schedules (6.11): entries, the heads' agreements and the changes kept."""

    def get(self, year: int) -> VacationSchedule | None: ...

    def by_id(self, schedule_id: int) -> VacationSchedule | None: ...

    def years(self) -> builtins.list[int]: ...

    def add(self, schedule: VacationSchedule) -> VacationSchedule: ...

    def update(self, schedule: VacationSchedule) -> VacationSchedule: ...

    def entries(self, schedule_id: int) -> builtins.list[ScheduleEntry]: ...

    def get_entry(self, entry_id: int) -> ScheduleEntry | None: ...

    def entry_by_submission(self, submission_id: str) -> ScheduleEntry | None: ...

    def add_entry(self, entry: ScheduleEntry) -> ScheduleEntry: ...

    def update_entry(self, entry: ScheduleEntry) -> ScheduleEntry: ...

    def agreements(self, schedule_id: int) -> builtins.list[DepartmentAgreement]: ...

    def save_agreement(self, agreement: DepartmentAgreement) -> DepartmentAgreement:
        """Add the department's agreement, or replace the one it already has in the schedule."""
        ...

    def changes(self, schedule_id: int) -> builtins.list[ScheduleChange]:
        """Changes to the schedule's entries, oldest first."""
        ...

    def add_change(self, change: ScheduleChange) -> ScheduleChange: ...

    def names_department(self, department_id: int) -> bool:
        """Whether any schedule's entry or agreement names the unit (it then stays, for the history)."""
        ...


class FamilyRepository(Protocol):
    """Employees' family members (10.7.1, 10.7.9, 12.6)."""

    def get(self, member_id: int) -> FamilyMember | None: ...

    def by_submission(self, submission_id: str) -> FamilyMember | None: ...

    def list(self, *, employee_id: int | None = None) -> builtins.list[FamilyMember]:
        """Family members (of one employee, if given), oldest first."""
        ...

    def add(self, member: FamilyMember) -> FamilyMember: ...

    def update(self, member: FamilyMember) -> FamilyMember: ...


class PaymentRepository(Protocol):
    """The payments and awards register; a payment is never deleted (a mistaken one is annulled and kept)."""

    def get(self, payment_id: int) -> Payment | None: ...

    def by_submission(self, submission_id: str) -> Payment | None: ...

    def list(self, *, employee_id: int | None = None, year: int | None = None) -> builtins.list[Payment]:
        """Payments (of one employee, of one year by the order date, if given), newest order first."""
        ...

    def add(self, payment: Payment) -> Payment: ...

    def update(self, payment: Payment) -> Payment: ...


class PerformanceContractRepository(Protocol):
    """Performance contracts (section 7): one per employee and year, moved forward step by step."""

    def get(self, contract_id: int) -> PerformanceContract | None: ...

    def list(self, *, year: int | None = None, employee_id: int | None = None) -> builtins.list[PerformanceContract]:
        """Contracts of a year and/or an employee, newest year first."""
        ...

    def add(self, contract: PerformanceContract) -> PerformanceContract: ...

    def update(self, contract: PerformanceContract) -> PerformanceContract: ...


class UserRepository(Protocol):
    """Login accounts; never deleted (an account that leaves is switched off), so the audit names stay."""

    def get(self, user_id: int) -> User | None: ...

    def by_login(self, login: str) -> User | None:
        """The account with *login* (already normalised by ``core.accounts.normalize_login``)."""
        ...

    def list(self) -> builtins.list[User]: ...

    def add(self, user: User) -> User: ...

    def update(self, user: User) -> User: ...

    def count(self) -> int: ...


class AuditRepository(Protocol):
    """The append-only audit log (written by the storage layer itself on every save)."""

    def list(self, filters: AuditFilter, *, limit: int | None, offset: int = 0) -> builtins.list[AuditEntry]:
        """A page of matching entries, newest first; ``limit=None`` reads to the end."""
        ...

    def count(self, filters: AuditFilter) -> int: ...

    def logins(self) -> builtins.list[str]:
        """The logins found in the log ("" for entries made with nobody logged in)."""
        ...

    def verify(self) -> ChainReport:
        """Check the keyed hash chain and its anchor; the first broken entry is named."""
        ...


class Maintenance(Protocol):
    def report(self) -> DatabaseReport:
        """Integrity and foreign-key checks, schema version and row counts."""
        ...


class UnitOfWork(Protocol):
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
    family: FamilyRepository
    payments: PaymentRepository
    trips: TripRepository
    attendance_settings: AttendanceSettingsRepository
    discipline_settings: DisciplineSettingsRepository
    payment_settings: PaymentSettingsRepository
    vacation_schedule: VacationScheduleRepository
    performance_contracts: PerformanceContractRepository
    performance_settings: PerformanceSettingsRepository
    #: The office's secret key (kept outside the database), for keyed hashes and signatures.
    signing_key: bytes

    @property
    def actor(self) -> User | None:
        """The logged-in user doing this action; ``None`` where nobody logs in (command line)."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]


def ids(items: Sequence[Department | Position | Employee]) -> set[int]:
    """The saved ids among *items*."""
    return {item.id for item in items if item.id is not None}
