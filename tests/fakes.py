"""An in-memory unit of work, so core and GUI tests run without a database file."""

from __future__ import annotations

import builtins
import copy
import threading
from dataclasses import replace
from datetime import date, datetime
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

from core.attendance.entities import AttendanceEntry
from core.attendance.rules import AttendancePolicy
from core.audit import AuditEntry, AuditFilter, ChainReport, utc_range
from core.discipline.entities import DisciplinePolicy, Sanction
from core.entities import (
    ActingAssignment,
    DatabaseReport,
    Department,
    Employee,
    EmployeeListItem,
    EmployeeStatus,
    EmploymentEvent,
    EventKind,
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
from core.services.submissions import DuplicateSubmissionError
from core.text import search_key
from core.trips.entities import BusinessTrip, TripNumber
from core.users import User
from core.vacation.entitlement import VacationPolicy
from core.vacation.schedule import DepartmentAgreement, ScheduleChange, ScheduleEntry, VacationSchedule

T = TypeVar("T")


class _Table(Generic[T]):
    def __init__(self) -> None:
        self.rows: dict[int, T] = {}
        self.next_id = 1

    def get(self, item_id: int) -> T | None:
        return self.rows.get(item_id)

    def list(self) -> builtins.list[T]:
        return builtins.list(self.rows.values())

    def by_submission(self, submission_id: str) -> T | None:
        return next((r for r in self.rows.values() if getattr(r, "submission_id", None) == submission_id), None)

    def add(self, item: Any) -> Any:
        submission_id = getattr(item, "submission_id", None)
        if submission_id is not None and self.by_submission(submission_id) is not None:
            raise DuplicateSubmissionError(submission_id)  # the UNIQUE index of the real tables
        saved = replace(item, id=self.next_id)
        self.rows[self.next_id] = saved
        self.next_id += 1
        return saved

    def update(self, item: Any) -> Any:
        if item.id not in self.rows:
            raise KeyError(item.id)
        self.rows[item.id] = item
        return item

    def delete(self, item_id: int) -> None:
        self.rows.pop(item_id, None)


class FakeEmployees(_Table[Employee]):
    def __init__(self, store: FakeStore) -> None:
        super().__init__()
        self.store = store

    def find_by_registration(self, number: str) -> Employee | None:
        return next((e for e in self.rows.values() if e.registration_number == number), None)

    def list(self, *, status: EmployeeStatus | None = None) -> builtins.list[Employee]:  # type: ignore[override]
        return [e for e in self.rows.values() if status is None or e.status is status]

    def list_items(self) -> builtins.list[EmployeeListItem]:
        items = []
        for employee in self.rows.values():
            position = self.store.positions.get(employee.position_id) if employee.position_id else None
            department = (
                self.store.departments.get(position.department_id) if position and position.department_id else None
            )
            items.append(
                EmployeeListItem(
                    employee=employee,
                    position_title=position.title if position else "",
                    department_id=department.id if department else None,
                    department_name=department.name if department else "",
                )
            )
        return items

    def count(self) -> int:
        return len(self.rows)


class FakePositions(_Table[Position]):
    def __init__(self, store: FakeStore) -> None:
        super().__init__()
        self.store = store

    def holders(self, position_id: int) -> int:
        return sum(1 for e in self.store.employees.rows.values() if e.position_id == position_id)


class FakeEvents(_Table[EmploymentEvent]):
    def for_employee(self, employee_id: int) -> builtins.list[EmploymentEvent]:
        return [e for e in self.rows.values() if e.employee_id == employee_id]

    def by_employee(self) -> dict[int, builtins.list[EmploymentEvent]]:
        grouped: dict[int, builtins.list[EmploymentEvent]] = {}
        for event in self.rows.values():
            grouped.setdefault(event.employee_id, []).append(event)
        return grouped

    def first_appointments(self) -> dict[int, date]:
        firsts: dict[int, date] = {}
        for e in self.rows.values():
            if e.kind is EventKind.APPOINTED and e.effective_on < firsts.get(e.employee_id, date.max):
                firsts[e.employee_id] = e.effective_on
        return firsts


class FakeActing(_Table[ActingAssignment]):
    def covering(self, on: date) -> builtins.list[ActingAssignment]:
        return [a for a in self.rows.values() if a.starts_on <= on <= a.ends_on]


class FakeSanctions(_Table[Sanction]):
    def list(self, *, employee_id: int | None = None) -> builtins.list[Sanction]:  # type: ignore[override]
        rows = [s for s in self.rows.values() if employee_id in (None, s.employee_id)]
        return sorted(rows, key=lambda s: (s.starts_on, s.id or 0), reverse=True)


class FakeFamily(_Table[FamilyMember]):
    def list(self, *, employee_id: int | None = None) -> builtins.list[FamilyMember]:  # type: ignore[override]
        rows = [m for m in self.rows.values() if employee_id in (None, m.employee_id)]
        return sorted(rows, key=lambda m: (m.birth_date, m.id or 0))


class FakePayments(_Table[Payment]):
    def list(  # type: ignore[override]
        self, *, employee_id: int | None = None, year: int | None = None
    ) -> builtins.list[Payment]:
        rows = [p for p in self.rows.values() if employee_id in (None, p.employee_id)
                and year in (None, p.order_date.year if p.order_date else None)]
        return sorted(rows, key=lambda p: (p.order_date or date.min, p.id or 0), reverse=True)


class FakePerformanceContracts(_Table[PerformanceContract]):
    def list(  # type: ignore[override]
        self, *, year: int | None = None, employee_id: int | None = None
    ) -> builtins.list[PerformanceContract]:
        rows = [c for c in self.rows.values() if year in (None, c.year) and employee_id in (None, c.employee_id)]
        return sorted(rows, key=lambda c: (-c.year, c.id or 0))

    def add(self, item: Any) -> Any:
        if any(c.employee_id == item.employee_id and c.year == item.year for c in self.rows.values()):
            raise ValueError("one contract per employee and year")  # the UNIQUE constraint of the real table
        return super().add(item)


class FakeVacationSchedule:
    """The yearly schedules (6.11) as four in-memory tables, like the SQL repository's."""

    def __init__(self) -> None:
        self.schedules: _Table[VacationSchedule] = _Table()
        self.entry_rows: _Table[ScheduleEntry] = _Table()
        self.agreement_rows: _Table[DepartmentAgreement] = _Table()
        self.change_rows: _Table[ScheduleChange] = _Table()

    def get(self, year: int) -> VacationSchedule | None:
        return next((s for s in self.schedules.list() if s.year == year), None)

    def by_id(self, schedule_id: int) -> VacationSchedule | None:
        return self.schedules.get(schedule_id)

    def years(self) -> builtins.list[int]:
        return sorted(s.year for s in self.schedules.list())

    def add(self, schedule: VacationSchedule) -> VacationSchedule:
        if self.get(schedule.year) is not None:
            raise ValueError(f"a schedule for {schedule.year} exists")  # the UNIQUE year of the real table
        return self.schedules.add(schedule)  # type: ignore[no-any-return]

    def update(self, schedule: VacationSchedule) -> VacationSchedule:
        return self.schedules.update(schedule)  # type: ignore[no-any-return]

    def entries(self, schedule_id: int) -> builtins.list[ScheduleEntry]:
        return [e for e in self.entry_rows.list() if e.schedule_id == schedule_id]

    def get_entry(self, entry_id: int) -> ScheduleEntry | None:
        return self.entry_rows.get(entry_id)

    def entry_by_submission(self, submission_id: str) -> ScheduleEntry | None:
        return self.entry_rows.by_submission(submission_id)

    def add_entry(self, entry: ScheduleEntry) -> ScheduleEntry:
        return self.entry_rows.add(entry)  # type: ignore[no-any-return]

    def update_entry(self, entry: ScheduleEntry) -> ScheduleEntry:
        return self.entry_rows.update(entry)  # type: ignore[no-any-return]

    def agreements(self, schedule_id: int) -> builtins.list[DepartmentAgreement]:
        return [a for a in self.agreement_rows.list() if a.schedule_id == schedule_id]

    def save_agreement(self, agreement: DepartmentAgreement) -> DepartmentAgreement:
        mine = self.agreements(agreement.schedule_id)
        earlier = next((a for a in mine if a.department_id == agreement.department_id), None)
        if earlier is None:
            return self.agreement_rows.add(agreement)  # type: ignore[no-any-return]
        return self.agreement_rows.update(replace(agreement, id=earlier.id))  # type: ignore[no-any-return]

    def changes(self, schedule_id: int) -> builtins.list[ScheduleChange]:
        mine = {e.id for e in self.entries(schedule_id)}
        return [c for c in self.change_rows.list() if c.entry_id in mine]

    def add_change(self, change: ScheduleChange) -> ScheduleChange:
        return self.change_rows.add(change)  # type: ignore[no-any-return]

    def names_department(self, department_id: int) -> bool:
        rows = [*self.entry_rows.list(), *self.agreement_rows.list()]
        return any(row.department_id == department_id for row in rows)


class FakeSettings:
    def __init__(self) -> None:
        self.value = OfficeSettings()

    def get(self) -> OfficeSettings:
        return self.value

    def save(self, settings: OfficeSettings) -> None:
        self.value = settings


class FakeOnboarding:
    def __init__(self) -> None:
        self.rows: dict[int, Onboarding] = {}

    def get(self, employee_id: int) -> Onboarding | None:
        return self.rows.get(employee_id)

    def save(self, onboarding: Onboarding) -> None:
        self.rows[onboarding.employee_id] = onboarding


class FakeLeaveSlips(_Table[LeaveSlip]):
    """Mimics the SQL repository's filters in Python, so core tests exercise the same contract."""

    def __init__(self, store: FakeStore) -> None:
        super().__init__()
        self.store = store

    def by_number(self, number: SlipNumber) -> LeaveSlip | None:
        return next((s for s in self.rows.values() if s.number == number), None)

    def for_employee(self, employee_id: int) -> builtins.list[LeaveSlip]:
        return sorted((s for s in self.rows.values() if s.employee_id == employee_id), key=lambda s: s.starts_at)

    def overlapping(
        self, employee_id: int, starts_at: datetime, ends_at: datetime, *, exclude_id: int | None = None
    ) -> builtins.list[LeaveSlip]:
        return [
            s
            for s in self.for_employee(employee_id)
            if s.status is not SlipStatus.VOIDED
            and s.starts_at < ends_at
            and s.ends_at > starts_at
            and s.id != exclude_id
        ]

    def vacations(self, year: int, *, employee_id: int | None = None) -> builtins.list[LeaveSlip]:
        return [
            s
            for s in sorted(self.rows.values(), key=lambda s: s.starts_at)
            if s.vacation_year == year and s.status is not SlipStatus.VOIDED and employee_id in (None, s.employee_id)
        ]

    def in_period(
        self, start: datetime, end: datetime, *, statuses: tuple[SlipStatus, ...]
    ) -> builtins.list[LeaveSlip]:
        return sorted(
            (
                s
                for s in self.rows.values()
                if s.status in statuses
                and s.starts_at < end
                and (s.ends_at > start or (s.returned_at is not None and s.returned_at > start))
            ),
            key=lambda s: (s.starts_at, s.id),
        )

    def _department(self, employee: Employee) -> Department | None:
        position = self.store.positions.get(employee.position_id) if employee.position_id else None
        return self.store.departments.get(position.department_id) if position and position.department_id else None

    def _matches(self, slip: LeaveSlip, filters: SlipFilter) -> bool:
        employee = self.store.employees.rows[slip.employee_id]
        period, search = filters.period(), filters.search_terms()
        department = self._department(employee)
        key = search_key(
            f"{employee.patronymic} {employee.given_name} {employee.surname} {employee.registration_number}"
        )
        return all(
            (
                period is None or (slip.starts_at < period[1] and slip.ends_at > period[0]),
                filters.status is None or slip.status is filters.status,
                filters.kind is None or slip.kind is filters.kind,
                filters.employee_id is None or slip.employee_id == filters.employee_id,
                not filters.department_ids or (department is not None and department.id in filters.department_ids),
                search.sequence is None
                or (
                    slip.number is not None
                    and slip.number.sequence == search.sequence
                    and search.year in (None, slip.number.year)
                ),
                search.name_key in key,
            )
        )

    def _item(self, slip: LeaveSlip) -> LeaveSlipListItem:
        employee = self.store.employees.rows[slip.employee_id]
        department = self._department(employee)
        assert slip.id is not None
        return LeaveSlipListItem(
            slip.id,
            slip.number,
            slip.employee_id,
            f"{employee.patronymic} {employee.given_name}",
            department.name if department else "",
            slip.kind,
            slip.status,
            slip.starts_at,
            slip.ends_at,
            slip.working_minutes,
            slip.pay,
            slip.order_number,
        )

    def list_items(
        self, filters: SlipFilter, *, limit: int | None, offset: int = 0
    ) -> builtins.list[LeaveSlipListItem]:
        found = sorted(
            (s for s in self.rows.values() if self._matches(s, filters)),
            key=lambda s: (s.starts_at, s.id),
            reverse=True,
        )
        end = None if limit is None else offset + limit
        return [self._item(s) for s in found[offset:end]]

    def count(self, filters: SlipFilter) -> int:
        return sum(1 for s in self.rows.values() if self._matches(s, filters))


class FakeSlipCounters:
    def __init__(self) -> None:
        self.last: dict[int, int] = {}

    def next_number(self, year: int) -> SlipNumber:
        self.last[year] = self.last.get(year, 0) + 1
        return SlipNumber(year, self.last[year])


class FakeSlipPrints(_Table[SlipPrint]):
    def for_slip(self, slip_id: int) -> builtins.list[SlipPrint]:
        return [p for p in self.rows.values() if p.slip_id == slip_id]


class FakeCalendar(_Table[CalendarChange]):
    def list(self) -> builtins.list[CalendarChange]:
        return sorted(self.rows.values(), key=lambda c: c.day)

    def changes_between(self, start: date, end: date) -> builtins.list[CalendarChange]:
        return [c for c in self.list() if start <= c.day <= end]

    def add(self, item: Any) -> Any:
        if any(c.day == item.day for c in self.rows.values()):
            raise ValueError("UNIQUE constraint failed: calendar_changes.day")
        return super().add(item)


class FakeAttendance(_Table[AttendanceEntry]):
    def add(self, item: Any) -> Any:
        if any((e.employee_id, e.day, e.kind) == (item.employee_id, item.day, item.kind) for e in self.rows.values()):
            raise ValueError("UNIQUE constraint failed: attendance_entries")
        return super().add(item)

    def between(self, start: date, end: date, *, employee_id: int | None = None) -> builtins.list[AttendanceEntry]:
        return sorted(
            (e for e in self.rows.values() if start <= e.day <= end and employee_id in (None, e.employee_id)),
            key=lambda e: (e.day, e.id or 0),
        )


class FakeAttendanceSettings:
    def __init__(self) -> None:
        self.value = AttendancePolicy()

    def get(self) -> AttendancePolicy:
        return self.value

    def save(self, policy: AttendancePolicy) -> None:
        self.value = policy


class FakePerformanceSettings:
    def __init__(self) -> None:
        self.performance_value = PerformancePolicy()
        self.due_value = DuePolicy()

    def performance(self) -> PerformancePolicy:
        return self.performance_value

    def save_performance(self, policy: PerformancePolicy) -> None:
        self.performance_value = policy

    def due(self) -> DuePolicy:
        return self.due_value

    def save_due(self, policy: DuePolicy) -> None:
        self.due_value = policy


class FakeDisciplineSettings:
    def __init__(self) -> None:
        self.value = DisciplinePolicy()

    def get(self) -> DisciplinePolicy:
        return self.value

    def save(self, policy: DisciplinePolicy) -> None:
        self.value = policy


class FakePaymentSettings:
    def __init__(self) -> None:
        self.value = PaymentPolicy()

    def get(self) -> PaymentPolicy:
        return self.value

    def save(self, policy: PaymentPolicy) -> None:
        self.value = policy


class FakeLeaveSettings:
    def __init__(self) -> None:
        self.value = LeaveSettings()

    def get(self) -> LeaveSettings:
        return self.value

    def save(self, settings: LeaveSettings) -> None:
        self.value = settings


class FakeVacationSettings:
    def __init__(self) -> None:
        self.value = VacationPolicy()

    def get(self) -> VacationPolicy:
        return self.value

    def save(self, policy: VacationPolicy) -> None:
        self.value = policy


class FakeJobDescriptions(_Table[JobDescription]):
    def __init__(self, store: FakeStore) -> None:
        super().__init__()
        self._store = store

    def summaries(self, *, position_id: int | None = None) -> builtins.list[JobDescriptionSummary]:
        rows = []
        for description in self.rows.values():
            if position_id is not None and description.position_id != position_id:
                continue
            assert description.id is not None and description.position_id is not None
            position = self._store.positions.get(description.position_id)
            department = (
                self._store.departments.get(position.department_id)
                if position is not None and position.department_id is not None
                else None
            )
            rows.append(
                JobDescriptionSummary(
                    id=description.id,
                    position_id=description.position_id,
                    version=description.version,
                    status=description.status,
                    position_title=position.title if position is not None else "",
                    department_name=department.name if department is not None else "",
                    effective_on=description.general.effective_on,
                    approved_on=description.general.approved_on,
                    based_on_id=description.based_on_id,
                )
            )
        return rows


class FakeTrips(_Table[BusinessTrip]):
    def __init__(self) -> None:
        super().__init__()
        self.counters: dict[int, int] = {}

    def list(  # type: ignore[override]
        self, *, start: date | None = None, end: date | None = None, employee_id: int | None = None
    ) -> builtins.list[BusinessTrip]:
        rows = [
            t for t in self.rows.values()
            if employee_id in (None, t.employee_id)
            and (end is None or t.starts_on <= end) and (start is None or t.current_end >= start)
        ]
        return sorted(rows, key=lambda t: (t.starts_on, t.id or 0), reverse=True)

    def next_number(self, year: int) -> TripNumber:
        self.counters[year] = self.counters.get(year, 0) + 1
        return TripNumber(year, self.counters[year])


class FakeUsers(_Table[User]):
    def by_login(self, login: str) -> User | None:
        return next((u for u in self.rows.values() if u.login == login), None)

    def count(self) -> int:
        return len(self.rows)


class FakeAudit:
    """Entries a test puts in ``entries``, filtered like the real log; ``report`` is what verify says."""

    def __init__(self) -> None:
        self.entries: builtins.list[AuditEntry] = []
        self.report = ChainReport(entries=0)

    def _matching(self, filters: AuditFilter) -> builtins.list[AuditEntry]:
        start, end = utc_range(filters.since, filters.until)
        return [
            e for e in sorted(self.entries, key=lambda e: -e.id)
            if filters.entity in (None, e.entity) and filters.entity_id in (None, e.entity_id)
            and filters.user_login in (None, e.user_login)
            and (start is None or e.at >= start) and (end is None or e.at < end)
        ]

    def list(self, filters: AuditFilter, *, limit: int | None, offset: int = 0) -> builtins.list[AuditEntry]:
        rows = self._matching(filters)[offset:]
        return rows if limit is None else rows[:limit]

    def count(self, filters: AuditFilter) -> int:
        return len(self._matching(filters))

    def logins(self) -> builtins.list[str]:
        return sorted({e.user_login for e in self.entries})

    def verify(self) -> ChainReport:
        return self.report


class FakeMaintenance:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def report(self) -> DatabaseReport:
        return DatabaseReport(True, True, "fake", {"employees": len(self.store.employees.rows)})


class FakeStore:
    """The committed state; each unit of work works on a deep copy and swaps it in on commit."""

    def __init__(self) -> None:
        self.employees = FakeEmployees(self)
        self.departments: _Table[Department] = _Table()
        self.positions = FakePositions(self)
        self.events = FakeEvents()
        self.acting = FakeActing()
        self.settings = FakeSettings()
        self.onboarding = FakeOnboarding()
        self.leave_slips = FakeLeaveSlips(self)
        self.slip_counters = FakeSlipCounters()
        self.slip_prints = FakeSlipPrints()
        self.calendar = FakeCalendar()
        self.leave_settings = FakeLeaveSettings()
        self.vacation_settings = FakeVacationSettings()
        self.attendance = FakeAttendance()
        self.job_descriptions = FakeJobDescriptions(self)
        self.users = FakeUsers()
        self.maintenance = FakeMaintenance(self)
        self.audit = FakeAudit()
        self.sanctions = FakeSanctions()
        self.family = FakeFamily()
        self.payments = FakePayments()
        self.vacation_schedule = FakeVacationSchedule()
        self.attendance_settings = FakeAttendanceSettings()
        self.discipline_settings = FakeDisciplineSettings()
        self.payment_settings = FakePaymentSettings()
        self.performance_contracts = FakePerformanceContracts()
        self.performance_settings = FakePerformanceSettings()
        self.trips = FakeTrips()


class FakeUnitOfWork:
    #: A fixed key, so signatures in tests are reproducible.
    signing_key = bytes(range(32))

    def __init__(self, store: FakeStore | None = None, *, actor: User | None = None) -> None:
        self.committed_store = store or FakeStore()
        self.commits = 0
        self._lock = threading.RLock()
        self.actor = actor
        self._bind(self.committed_store)

    def _bind(self, store: FakeStore) -> None:
        self.store = store
        self.employees = store.employees
        self.departments = store.departments
        self.positions = store.positions
        self.events = store.events
        self.acting = store.acting
        self.settings = store.settings
        self.onboarding = store.onboarding
        self.leave_slips = store.leave_slips
        self.slip_counters = store.slip_counters
        self.slip_prints = store.slip_prints
        self.calendar = store.calendar
        self.leave_settings = store.leave_settings
        self.vacation_settings = store.vacation_settings
        self.attendance = store.attendance
        self.job_descriptions = store.job_descriptions
        self.users = store.users
        self.maintenance = store.maintenance
        self.audit = store.audit
        self.sanctions = store.sanctions
        self.family = store.family
        self.payments = store.payments
        self.vacation_schedule = store.vacation_schedule
        self.attendance_settings = store.attendance_settings
        self.discipline_settings = store.discipline_settings
        self.payment_settings = store.payment_settings
        self.performance_contracts = store.performance_contracts
        self.performance_settings = store.performance_settings
        self.trips = store.trips

    def __enter__(self) -> Self:
        # One action at a time, like SQLite's write lock: the GUI runs some work on a pool thread
        # (the audit check at start, previews) and this fake is shared by every "new" unit of work.
        self._lock.acquire()
        try:
            self._bind(copy.deepcopy(self.committed_store))
        except BaseException:
            self._lock.release()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self._bind(self.committed_store)
        finally:
            self._lock.release()

    def commit(self) -> None:
        self.committed_store = self.store
        self.commits += 1

    def rollback(self) -> None:
        self._bind(self.committed_store)

    def __call__(self) -> FakeUnitOfWork:
        """Act as its own factory, so GUI code can be handed ``uow_factory=fake``."""
        return self
