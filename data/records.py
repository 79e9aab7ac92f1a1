"""ORM records: how the entities of ``core.entities`` are laid out in SQLite.

Records never leave ``data/``; repositories convert them to the frozen dataclasses. Enums are
stored as their string values behind CHECK constraints, so a row a newer or buggy build wrote
with an unknown value is refused by SQLite instead of crashing the list screen later.
Every constraint is named (Alembic's naming convention) because SQLite's batch migrations can
only drop or recreate constraints they can name.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.entities import (
    ContractKind,
    EmployeeStatus,
    EventKind,
    Gender,
    ServiceCategory,
    ServiceKind,
    SigningRole,
    UnitKind,
)
from core.validation import (
    ADDRESS_MAX,
    EMAIL_MAX,
    NAME_MAX,
    NOTE_MAX,
    ORDER_NUMBER_MAX,
    PHONE_MAX,
    TITLE_MAX,
)

#: An РД is two letters and eight digits.
REGISTRATION_MAX = 10
#: Longest enum value we store ("department_head") with room to grow.
ENUM_MAX = 20
#: ``search_key`` folds patronymic, given name, surname and РД into one string.
SEARCH_KEY_MAX = 3 * NAME_MAX + REGISTRATION_MAX + 3

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """The declarative base; its metadata names every constraint by Alembic's convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(column: str, values: type[enum.StrEnum]) -> CheckConstraint:
    """A CHECK constraint named after *column* that admits only the values of *values*."""
    listed = ", ".join(f"'{member.value}'" for member in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)


class OfficeSettingsRecord(Base):
    """The office's single settings row; ``id = 1`` is enforced so a second row cannot appear."""

    __tablename__ = "office_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    official_name: Mapped[str] = mapped_column(String(TITLE_MAX))
    short_name: Mapped[str] = mapped_column(String(NAME_MAX))
    city: Mapped[str] = mapped_column(String(NAME_MAX))
    chief_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    chief_title: Mapped[str] = mapped_column(String(TITLE_MAX))
    superior_title: Mapped[str] = mapped_column(String(TITLE_MAX))
    superior_name: Mapped[str] = mapped_column(String(TITLE_MAX), default="")


class DepartmentRecord(Base):
    """A unit of the office (``core.entities.Department``), nested through ``parent_id``."""

    __tablename__ = "departments"
    __table_args__ = (one_of("kind", UnitKind),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(TITLE_MAX))
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    # departments -> employees -> positions -> departments is a cycle; use_alter breaks it
    # for table ordering (SQLite still writes the constraint inline in CREATE TABLE).
    head_employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id", use_alter=True))
    head_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PositionRecord(Base):
    """A position (``core.entities.Position``) with its civil-service category and class."""

    __tablename__ = "positions"
    __table_args__ = (
        one_of("category", ServiceCategory),
        CheckConstraint("posts >= 0", name="posts"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    category: Mapped[str] = mapped_column(String(ENUM_MAX))
    class_number: Mapped[int | None] = mapped_column(Integer)
    rank: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    posts: Mapped[int] = mapped_column(Integer, default=1)


class EmployeeRecord(Base):
    """An employee (``core.entities.Employee``); the РД is unique across the office."""

    __tablename__ = "employees"
    __table_args__ = (
        one_of("gender", Gender),
        one_of("service_kind", ServiceKind),
        one_of("contract_kind", ContractKind),
        one_of("status", EmployeeStatus),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patronymic: Mapped[str] = mapped_column(String(NAME_MAX))
    given_name: Mapped[str] = mapped_column(String(NAME_MAX))
    surname: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    registration_number: Mapped[str] = mapped_column(String(REGISTRATION_MAX), unique=True)
    birth_date: Mapped[date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(ENUM_MAX))
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="")
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id"), index=True)
    appointed_on: Mapped[date | None] = mapped_column(Date)
    career_started_on: Mapped[date | None] = mapped_column(Date)
    service_kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    contract_kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    contract_ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(ENUM_MAX), index=True)
    # SQLite's LIKE and lower() fold ASCII only, so Ө/Ү searches need a key folded in Python;
    # the repository rewrites it on every add/update.
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_MAX), index=True)


class EmploymentEventRecord(Base):
    """One dated career step (``core.entities.EmploymentEvent``), never rewritten."""

    __tablename__ = "employment_events"
    __table_args__ = (one_of("kind", EventKind),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    effective_on: Mapped[date] = mapped_column(Date)
    position_id: Mapped[int | None] = mapped_column(ForeignKey("positions.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(ORDER_NUMBER_MAX), default="")
    order_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")


class ActingAssignmentRecord(Base):
    """Someone acting for the chief or a head (``core.entities.ActingAssignment``)."""

    __tablename__ = "acting_assignments"
    __table_args__ = (
        one_of("role", SigningRole),
        CheckConstraint("ends_on >= starts_on", name="period"),
        Index("ix_acting_assignments_period", "starts_on", "ends_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(ENUM_MAX))
    acting_employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    order_number: Mapped[str] = mapped_column(String(ORDER_NUMBER_MAX), default="")
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")


class OnboardingRecord(Base):
    """Onboarding dates (``core.entities.Onboarding``), at most one row per employee."""

    __tablename__ = "onboarding"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    job_description_on: Mapped[date | None] = mapped_column(Date)
    salary_on: Mapped[date | None] = mapped_column(Date)
    ethics_code_on: Mapped[date | None] = mapped_column(Date)
    internal_regulation_on: Mapped[date | None] = mapped_column(Date)


#: Tables counted by the maintenance report, in the order it prints them.
MAIN_TABLES: tuple[str, ...] = (
    EmployeeRecord.__tablename__,
    DepartmentRecord.__tablename__,
    PositionRecord.__tablename__,
    EmploymentEventRecord.__tablename__,
    ActingAssignmentRecord.__tablename__,
    OnboardingRecord.__tablename__,
)
