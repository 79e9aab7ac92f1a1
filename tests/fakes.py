"""An in-memory unit of work, so core and GUI tests run without a database file."""

from __future__ import annotations

import builtins
import copy
from dataclasses import replace
from datetime import date
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

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

T = TypeVar("T")


class _Table(Generic[T]):
    def __init__(self) -> None:
        self.rows: dict[int, T] = {}
        self.next_id = 1

    def get(self, item_id: int) -> T | None:
        return self.rows.get(item_id)

    def list(self) -> builtins.list[T]:
        return builtins.list(self.rows.values())

    def add(self, item: Any) -> Any:
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


class FakeActing(_Table[ActingAssignment]):
    def covering(self, on: date) -> builtins.list[ActingAssignment]:
        return [a for a in self.rows.values() if a.starts_on <= on <= a.ends_on]


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
        self.maintenance = FakeMaintenance(self)


class FakeUnitOfWork:
    def __init__(self, store: FakeStore | None = None) -> None:
        self.committed_store = store or FakeStore()
        self.commits = 0
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
        self.maintenance = store.maintenance

    def __enter__(self) -> Self:
        self._bind(copy.deepcopy(self.committed_store))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bind(self.committed_store)

    def commit(self) -> None:
        self.committed_store = self.store
        self.commits += 1

    def rollback(self) -> None:
        self._bind(self.committed_store)

    def __call__(self) -> FakeUnitOfWork:
        """Act as its own factory, so GUI code can be handed ``uow_factory=fake``."""
        return self
