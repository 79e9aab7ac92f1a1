"""ORM records: how the entities of ``core.entities`` are laid out in SQLite.

Records never leave ``data/``; repositories convert them to the frozen dataclasses. Enums are
stored as their string values behind CHECK constraints, so a row a newer or buggy build wrote
with an unknown value is refused by SQLite instead of crashing the list screen later.
Every constraint is named (Alembic's naming convention) because SQLite's batch migrations can
only drop or recreate constraints they can name.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.attendance.entities import AttendanceKind
from core.discipline.entities import LAW_MAX_CUT_MONTHS, LAW_MAX_CUT_PERCENT, SanctionKind, SanctionStatus
from core.discipline.validation import BREACH_TEXT_MAX
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
from core.job_description.entities import DescriptionStatus
from core.leave.entities import LeaveKind, PayDecision, SlipStatus
from core.leave.validation import CLAUSE_MAX
from core.payments.family import Relation
from core.payments.validation import FAMILY_NAME_MAX
from core.performance.rules import EVALUATOR_MAX
from core.trips.entities import TripChangeKind, TripScope
from core.trips.validation import COUNTRY_MAX, PLACE_MAX, PURPOSE_MAX, REFERENCE_MAX
from core.users import Role
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
#: A form's submission id (a UUID): a form sent twice, e.g. again after a crash, saves once.
SUBMISSION_ID_MAX = 36
#: An argon2id PHC string with its parameters and salt.
PASSWORD_HASH_MAX = 200
#: A table name in the audit trail.
ENTITY_MAX = 60
#: SHA-256 in hex.
HASH_HEX_MAX = 64
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
    has_disability: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    service_kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    contract_kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    contract_ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(ENUM_MAX), index=True)
    # SQLite's LIKE and lower() fold ASCII only, so Ө/Ү searches need a key folded in Python;
    # the repository rewrites it on every add/update.
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_MAX), index=True)
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


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
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


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
    #: The job description version the newcomer was introduced to (regulation 4.10).
    job_description_id: Mapped[int | None] = mapped_column(ForeignKey("job_descriptions.id"), index=True)


class LeaveSlipRecord(Base):
    """A leave (``core.leave.entities.LeaveSlip``) from draft to return.

    The number is (year, sequence), unique together; a draft has none. Numbers come from
    ``slip_counters`` in the printing transaction, never from AUTOINCREMENT, which may leave
    gaps (reliability.md §3.1).
    """

    __tablename__ = "leave_slips"
    __table_args__ = (
        one_of("kind", LeaveKind),
        one_of("status", SlipStatus),
        CheckConstraint(f"pay IS NULL OR pay IN ({', '.join(repr(p.value) for p in PayDecision)})", name="pay"),
        CheckConstraint("ends_at > starts_at", name="period"),
        CheckConstraint("(number_year IS NULL) = (number_seq IS NULL)", name="number_pair"),
        CheckConstraint("status != 'draft' OR number_seq IS NULL", name="draft_unnumbered"),
        CheckConstraint("number_seq IS NULL OR number_seq > 0", name="number_seq"),
        CheckConstraint("working_minutes >= 0 AND overrun_minutes >= 0 AND print_count >= 0", name="counts"),
        UniqueConstraint("number_year", "number_seq", name="uq_leave_slips_number"),
        CheckConstraint("(kind = 'vacation') = (vacation_year IS NOT NULL)", name="vacation_year"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    reason_code: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    reason_text: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    working_minutes: Mapped[int] = mapped_column(Integer)
    pay: Mapped[str | None] = mapped_column(String(ENUM_MAX))
    recommended_by: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    recommended_on: Mapped[date | None] = mapped_column(Date)
    position_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    department_name: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    approver_role: Mapped[str] = mapped_column(String(ENUM_MAX), default="", server_default="")
    approver_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    approver_name: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    recommender_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    recommender_name: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    status: Mapped[str] = mapped_column(String(ENUM_MAX))
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    printed_on: Mapped[date | None] = mapped_column(Date)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    signed_by: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String(ORDER_NUMBER_MAX), default="")
    void_reason: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    overrun_minutes: Mapped[int] = mapped_column(Integer, default=0)
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)
    #: The year a vacation is counted against; set for vacations only.
    vacation_year: Mapped[int | None] = mapped_column(Integer, index=True)


class SlipCounterRecord(Base):
    """The last slip number given in a year; advanced in the same transaction as the print."""

    __tablename__ = "slip_counters"
    __table_args__ = (CheckConstraint("last_seq >= 0", name="last_seq"),)

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)


class SlipPrintRecord(Base):
    """One printing of a numbered slip; all but the first are copies (ХУУЛБАР)."""

    __tablename__ = "slip_prints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("leave_slips.id"), index=True)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    is_copy: Mapped[bool] = mapped_column(Boolean)


class AttendanceRecord(Base):
    """One line of the attendance log (``core.attendance.entities.AttendanceEntry``)."""

    __tablename__ = "attendance_entries"
    __table_args__ = (
        one_of("kind", AttendanceKind),
        CheckConstraint("minutes > 0", name="minutes"),
        UniqueConstraint("employee_id", "day", "kind", name="uq_attendance_entries_employee_day_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    minutes: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    justified: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[str] = mapped_column(String(TITLE_MAX), default="")


class CalendarChangeRecord(Base):
    """A day made working or non-working by a decision (``core.leave.entities.CalendarChange``)."""

    __tablename__ = "calendar_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    decision: Mapped[str] = mapped_column(String(TITLE_MAX), default="")


class LeaveSettingsRecord(Base):
    """The working day (6.1) and section 6's numbers and clauses; a single row like the office's.

    ``reasons_json`` is NULL while the office uses the regulation's 6.8 list as shipped.
    """

    __tablename__ = "leave_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day_starts: Mapped[time] = mapped_column(Time)
    day_ends: Mapped[time] = mapped_column(Time)
    lunch_starts: Mapped[time] = mapped_column(Time)
    lunch_ends: Mapped[time] = mapped_column(Time)
    head_decides_up_to_days: Mapped[float] = mapped_column(Float)
    order_from_days: Mapped[float] = mapped_column(Float)
    paid_up_to_days: Mapped[float] = mapped_column(Float)
    extended_paid_up_to_days: Mapped[float] = mapped_column(Float)
    paid_beyond_limit_needs_listed_reason: Mapped[bool] = mapped_column(Boolean)
    decision_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    pay_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    recommendation_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    reasons_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    childcare_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    overrun_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    register_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    reasons_json: Mapped[str | None] = mapped_column(Text)


class VacationSettingsRecord(Base):
    """The office's vacation table (Labour Law art. 99 by default); a single row.

    ``bands_json`` holds the service bands as ``[[from, to or null, extra days], ...]``.
    """

    __tablename__ = "vacation_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(
            "base_days >= 0 AND protected_base_days >= base_days AND protected_below_age >= 0 "
            "AND earned_after_months >= 0 AND least_long_part_days > 0",
            name="numbers",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_days: Mapped[int] = mapped_column(Integer)
    protected_base_days: Mapped[int] = mapped_column(Integer)
    protected_below_age: Mapped[int] = mapped_column(Integer)
    earned_after_months: Mapped[int] = mapped_column(Integer)
    least_long_part_days: Mapped[int] = mapped_column(Integer)
    clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    bands_json: Mapped[str] = mapped_column(Text)


class JobDescriptionRecord(Base):
    """One version of a position's job description (``core.job_description.entities``).

    The five sections are ``body`` (see ``data.job_description_json``); the columns are what
    lists and rules ask about. A position has one draft at most (the partial unique index)
    and its version numbers never repeat.
    """

    __tablename__ = "job_descriptions"
    __table_args__ = (
        one_of("status", DescriptionStatus),
        CheckConstraint("version > 0", name="version"),
        CheckConstraint("status != 'approved' OR effective_on IS NOT NULL", name="approved_dated"),
        UniqueConstraint("position_id", "version", name="uq_job_descriptions_position_version"),
        Index(
            "uq_job_descriptions_one_draft",
            "position_id",
            unique=True,
            sqlite_where=text("status = 'draft'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(ENUM_MAX))
    effective_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("job_descriptions.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


class UserRecord(Base):
    """A login (``core.users.User``); the login is stored case-folded, so "Saraa" = "saraa"."""

    __tablename__ = "users"
    __table_args__ = (
        one_of("role", Role),
        CheckConstraint("failed_logins >= 0", name="failed_logins"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    full_name: Mapped[str] = mapped_column(String(TITLE_MAX))
    role: Mapped[str] = mapped_column(String(ENUM_MAX))
    password_hash: Mapped[str] = mapped_column(String(PASSWORD_HASH_MAX))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))


class AuditRecord(Base):
    """One audit entry, append-only (triggers refuse UPDATE and DELETE), hash-chained by ``hash``.

    No foreign keys: an entry must outlive the user and the record it names. ``hash`` is the
    keyed hash of the previous entry's hash and this entry's canonical form; the key lives
    outside the database, so a chain recomputed behind Tamga's back does not verify.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    user_login: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    action: Mapped[str] = mapped_column(String(ENUM_MAX))
    entity: Mapped[str] = mapped_column(String(ENTITY_MAX))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(HASH_HEX_MAX))
    hash: Mapped[str] = mapped_column(String(HASH_HEX_MAX), unique=True)


Index("ix_audit_log_entity", AuditRecord.entity, AuditRecord.entity_id)


class SanctionRecord(Base):
    """A disciplinary sanction (``core.discipline.entities.Sanction``); never deleted, annulled instead."""

    __tablename__ = "sanctions"
    __table_args__ = (
        one_of("kind", SanctionKind),
        # Civil Service Law art. 48: a salary cut is at most 20 percent for at most 6 months.
        CheckConstraint(
            "(kind = 'salary_cut') = (cut_percent IS NOT NULL AND cut_months IS NOT NULL)", name="cut_pair"
        ),
        CheckConstraint("cut_percent IS NULL OR cut_percent BETWEEN 1 AND 20", name="cut_percent"),
        CheckConstraint("cut_months IS NULL OR cut_months BETWEEN 1 AND 6", name="cut_months"),
        CheckConstraint("order_date <= starts_on AND lapses_on >= starts_on", name="period"),
        CheckConstraint("(annulled_on IS NULL) = (annul_reason = '')", name="annulled"),
        one_of("status", SanctionStatus),
        # Only a decided sanction has its order and lapse date; a proposal waits for the chief.
        CheckConstraint(
            "status != 'decided' OR (order_date IS NOT NULL AND lapses_on IS NOT NULL)", name="decided_order"
        ),
        CheckConstraint("(status = 'rejected') = (reject_reason != '')", name="rejected"),
        CheckConstraint("(flag_clause IS NULL) = (flag_period IS NULL)", name="flag"),
        # An attendance flag is answered once (an annulled answer leaves it open again).
        Index(
            "uq_sanctions_flag",
            "employee_id",
            "flag_clause",
            "flag_period",
            unique=True,
            sqlite_where=text("flag_clause IS NOT NULL AND annulled_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    breach_code: Mapped[str] = mapped_column(String(ENUM_MAX))
    breach_text: Mapped[str] = mapped_column(String(BREACH_TEXT_MAX))
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    cut_percent: Mapped[int | None] = mapped_column(Integer)
    cut_months: Mapped[int | None] = mapped_column(Integer)
    order_number: Mapped[str] = mapped_column(String(ORDER_NUMBER_MAX))
    order_date: Mapped[date | None] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    lapses_on: Mapped[date | None] = mapped_column(Date)
    repeated: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    annulled_on: Mapped[date | None] = mapped_column(Date)
    annul_reason: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    status: Mapped[str] = mapped_column(String(ENUM_MAX), server_default=SanctionStatus.DECIDED.value)
    reject_reason: Mapped[str] = mapped_column(String(NOTE_MAX), server_default="")
    flag_clause: Mapped[str | None] = mapped_column(String(CLAUSE_MAX))
    flag_period: Mapped[date | None] = mapped_column(Date)


class AttendanceSettingsRecord(Base):
    """The office's attendance rules (``core.attendance.rules.AttendancePolicy``); a single row.

    The kinds of time each rule counts are stored as comma-separated values ("late,absent").
    """

    __tablename__ = "attendance_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("absence_after_days >= 1", name="absence_after_days"),
        CheckConstraint("lateness_per_week >= 1", name="lateness_per_week"),
        CheckConstraint("accumulated_kinds != '' AND warning_kinds != ''", name="kinds"),
        one_of("absence_sanction", SanctionKind),
        one_of("warning_sanction", SanctionKind),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    absence_after_days: Mapped[int] = mapped_column(Integer)
    absence_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    accumulated_kinds: Mapped[str] = mapped_column(String(TITLE_MAX))
    lateness_per_week: Mapped[int] = mapped_column(Integer)
    warning_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    warning_kinds: Mapped[str] = mapped_column(String(TITLE_MAX))
    overrun_clause: Mapped[str] = mapped_column(String(CLAUSE_MAX))
    absence_breach: Mapped[str] = mapped_column(String(ENUM_MAX))
    absence_sanction: Mapped[str] = mapped_column(String(ENUM_MAX))
    warning_breach: Mapped[str] = mapped_column(String(ENUM_MAX))
    warning_sanction: Mapped[str] = mapped_column(String(ENUM_MAX))


class DisciplineSettingsRecord(Base):
    """The office's discipline rules (``core.discipline.entities.DisciplinePolicy``); a single row.

    ``breaches_json`` is NULL while the office uses the regulation's breach list as shipped.
    The cut ceilings can be lowered, never raised above Civil Service Law art. 48.
    """

    __tablename__ = "discipline_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint(f"max_cut_percent BETWEEN 1 AND {LAW_MAX_CUT_PERCENT}", name="max_cut_percent"),
        CheckConstraint(f"max_cut_months BETWEEN 1 AND {LAW_MAX_CUT_MONTHS}", name="max_cut_months"),
        CheckConstraint("warning_months >= 1 AND dismissal_months >= 1", name="periods"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    max_cut_percent: Mapped[int] = mapped_column(Integer)
    max_cut_months: Mapped[int] = mapped_column(Integer)
    warning_months: Mapped[int] = mapped_column(Integer)
    dismissal_months: Mapped[int] = mapped_column(Integer)
    breaches_json: Mapped[str | None] = mapped_column(Text)


class PaymentSettingsRecord(Base):
    """The office's catalogue of payment and award kinds (``core.payments.catalogue.PaymentPolicy``); one row.

    ``kinds_json`` holds only what the office changed, per kind code; NULL is the regulation's
    catalogue as shipped.
    """

    __tablename__ = "payment_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("kinds_json IS NULL OR json_valid(kinds_json)", name="kinds_json"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kinds_json: Mapped[str | None] = mapped_column(Text)


class PerformanceSettingsRecord(Base):
    """The section-7 calendar (``PerformancePolicy``) and the "due soon" numbers (``DuePolicy``); a single row.

    ``deadlines_json`` is NULL while the office keeps the regulation's deadlines as shipped.
    """

    __tablename__ = "performance_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("reminder_days BETWEEN 1 AND 366", name="reminder_days"),
        CheckConstraint("due_horizon_days BETWEEN 1 AND 366", name="due_horizon_days"),
        CheckConstraint("service_years BETWEEN 1 AND 60", name="service_years"),
        CheckConstraint("child_max_age BETWEEN 1 AND 18", name="child_max_age"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deadlines_json: Mapped[str | None] = mapped_column(Text)
    reminder_days: Mapped[int] = mapped_column(Integer)
    due_horizon_days: Mapped[int] = mapped_column(Integer)
    jubilee_ages_json: Mapped[str] = mapped_column(Text)
    service_years: Mapped[int] = mapped_column(Integer)
    gift_days_json: Mapped[str] = mapped_column(Text)
    child_max_age: Mapped[int] = mapped_column(Integer)


class VacationScheduleRecord(Base):
    """One year's vacation schedule (``core.vacation.schedule.VacationSchedule``, regulation 6.11)."""

    __tablename__ = "vacation_schedules"
    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
        CheckConstraint("(approved_on IS NULL) = (approved_by = '')", name="approved"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(2 * NAME_MAX), default="")
    approver_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")


class ScheduleEntryRecord(Base):
    """An employee's planned vacation in a year's schedule (``core.vacation.schedule.ScheduleEntry``)."""

    __tablename__ = "vacation_schedule_entries"
    __table_args__ = (
        CheckConstraint("(starts_on IS NULL) = (ends_on IS NULL)", name="dates_pair"),
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("working_days >= 0", name="working_days"),
        CheckConstraint("wish_month IS NULL OR wish_month BETWEEN 1 AND 12", name="wish_month"),
        CheckConstraint("wish_days IS NULL OR wish_days > 0", name="wish_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("vacation_schedules.id"), index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    wish_starts_on: Mapped[date | None] = mapped_column(Date)
    wish_month: Mapped[int | None] = mapped_column(Integer)
    wish_days: Mapped[int | None] = mapped_column(Integer)
    wish_note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    working_days: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


class ScheduleAgreementRecord(Base):
    """A department head's agreement to the department's part of a schedule (6.11)."""

    __tablename__ = "vacation_schedule_agreements"
    __table_args__ = (UniqueConstraint("schedule_id", "department_id", name="uq_vacation_schedule_agreements_unit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("vacation_schedules.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    agreed_on: Mapped[date] = mapped_column(Date)
    head_name: Mapped[str] = mapped_column(String(2 * NAME_MAX))


class ScheduleChangeRecord(Base):
    """A change to an approved schedule entry, with the dates it replaced and the reason (6.11)."""

    __tablename__ = "vacation_schedule_changes"
    __table_args__ = (CheckConstraint("reason <> ''", name="reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("vacation_schedule_entries.id"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(NOTE_MAX))
    old_starts_on: Mapped[date | None] = mapped_column(Date)
    old_ends_on: Mapped[date | None] = mapped_column(Date)
    old_working_days: Mapped[int] = mapped_column(Integer, default=0)
    new_starts_on: Mapped[date | None] = mapped_column(Date)
    new_ends_on: Mapped[date | None] = mapped_column(Date)
    new_working_days: Mapped[int] = mapped_column(Integer, default=0)


class PerformanceContractRecord(Base):
    """A performance contract (``core.performance.entities.PerformanceContract``), one per employee and year."""

    __tablename__ = "performance_contracts"
    __table_args__ = (
        UniqueConstraint("employee_id", "year", name="uq_performance_contracts_employee_year"),
        CheckConstraint("year BETWEEN 2000 AND 2200", name="year"),
        # A report or an evaluation comes only after the contract is concluded (7.1), and not before it.
        CheckConstraint(
            "concluded_on IS NOT NULL OR (half_year_report_on IS NULL AND year_report_on IS NULL "
            "AND half_year_rating IS NULL AND year_rating IS NULL)",
            name="concluded_first",
        ),
        CheckConstraint(
            "half_year_report_on IS NULL OR half_year_report_on >= concluded_on", name="half_year_report_after"
        ),
        CheckConstraint("year_report_on IS NULL OR year_report_on >= concluded_on", name="year_report_after"),
        CheckConstraint(
            "(half_year_rating IS NULL) = (half_year_evaluated_on IS NULL) "
            "AND (half_year_rating IS NULL) = (half_year_evaluator IS NULL)",
            name="half_year_evaluation",
        ),
        CheckConstraint(
            "(year_rating IS NULL) = (year_evaluated_on IS NULL) AND (year_rating IS NULL) = (year_evaluator IS NULL)",
            name="year_evaluation",
        ),
        CheckConstraint(
            "half_year_evaluated_on IS NULL OR half_year_evaluated_on >= concluded_on", name="half_year_evaluated_after"
        ),
        CheckConstraint("year_evaluated_on IS NULL OR year_evaluated_on >= concluded_on", name="year_evaluated_after"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    concluded_on: Mapped[date | None] = mapped_column(Date)
    half_year_report_on: Mapped[date | None] = mapped_column(Date)
    year_report_on: Mapped[date | None] = mapped_column(Date)
    half_year_rating: Mapped[str | None] = mapped_column(String(ENUM_MAX))
    half_year_evaluated_on: Mapped[date | None] = mapped_column(Date)
    half_year_evaluator: Mapped[str | None] = mapped_column(String(EVALUATOR_MAX))
    year_rating: Mapped[str | None] = mapped_column(String(ENUM_MAX))
    year_evaluated_on: Mapped[date | None] = mapped_column(Date)
    year_evaluator: Mapped[str | None] = mapped_column(String(EVALUATOR_MAX))
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")


class FamilyMemberRecord(Base):
    """A relative of an employee (``core.payments.family.FamilyMember``)."""

    __tablename__ = "family_members"
    __table_args__ = (one_of("relation", Relation),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    relation: Mapped[str] = mapped_column(String(ENUM_MAX))
    name: Mapped[str] = mapped_column(String(FAMILY_NAME_MAX))
    birth_date: Mapped[date] = mapped_column(Date)
    registration_number: Mapped[str] = mapped_column(String(REGISTRATION_MAX), default="")
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


class PaymentRecord(Base):
    """A support payment or award (``core.payments.entities.Payment``); never deleted, annulled instead."""

    __tablename__ = "payments"
    __table_args__ = (
        one_of("relation", Relation),
        CheckConstraint("amount IS NULL OR amount > 0", name="amount"),
        CheckConstraint("base_salary IS NULL OR base_salary > 0", name="base_salary"),
        CheckConstraint("(family_member_id IS NULL) = (relation IS NULL)", name="relative"),
        CheckConstraint("(annulled_on IS NULL) = (annul_reason = '')", name="annulled"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind_code: Mapped[str] = mapped_column(String(ENUM_MAX), index=True)
    clause: Mapped[str] = mapped_column(String(ENUM_MAX))
    kind_text: Mapped[str] = mapped_column(String(NOTE_MAX))
    amount: Mapped[int | None] = mapped_column(Integer)
    base_salary: Mapped[int | None] = mapped_column(Integer)
    family_member_id: Mapped[int | None] = mapped_column(ForeignKey("family_members.id"), index=True)
    relation: Mapped[str | None] = mapped_column(String(ENUM_MAX))
    order_number: Mapped[str] = mapped_column(String(ORDER_NUMBER_MAX))
    order_date: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    annulled_on: Mapped[date | None] = mapped_column(Date)
    annul_reason: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


class BusinessTripRecord(Base):
    """A business trip (``core.trips.entities.BusinessTrip``); cancelled, never deleted.

    The number is set once, with the issue date, when the chief signs (9.1); the original
    dates stay as entered, extensions and recalls (9.2) are rows of ``business_trip_changes``.
    """

    __tablename__ = "business_trips"
    __table_args__ = (
        one_of("scope", TripScope),
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("advance_amount IS NULL OR advance_amount > 0", name="advance"),
        CheckConstraint("(scope = 'abroad') = (country != '')", name="country"),
        CheckConstraint(
            "(number_year IS NULL) = (number_seq IS NULL) AND (number_year IS NULL) = (issued_on IS NULL)",
            name="issued",
        ),
        CheckConstraint("number_seq IS NULL OR number_seq > 0", name="number_seq"),
        CheckConstraint("(cancelled_on IS NULL) = (cancel_reason = '')", name="cancelled"),
        CheckConstraint("report_submitted_on IS NULL OR issued_on IS NOT NULL", name="report_after_issue"),
        UniqueConstraint("number_year", "number_seq", name="uq_business_trips_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    scope: Mapped[str] = mapped_column(String(ENUM_MAX))
    country: Mapped[str] = mapped_column(String(COUNTRY_MAX), default="")
    place: Mapped[str] = mapped_column(String(PLACE_MAX))
    purpose: Mapped[str] = mapped_column(String(PURPOSE_MAX))
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date] = mapped_column(Date)
    governor_agreed_on: Mapped[date | None] = mapped_column(Date)
    governor_reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")
    advance_amount: Mapped[int | None] = mapped_column(Integer)
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    issued_on: Mapped[date | None] = mapped_column(Date)
    signed_by_title: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    signed_by_name: Mapped[str] = mapped_column(String(TITLE_MAX), default="")
    report_submitted_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    submission_id: Mapped[str | None] = mapped_column(String(SUBMISSION_ID_MAX), unique=True, index=True)


class TripChangeRecord(Base):
    """An extension or a recall of a trip (9.2), in the order decided; only ever added."""

    __tablename__ = "business_trip_changes"
    __table_args__ = (
        one_of("kind", TripChangeKind),
        CheckConstraint("seq >= 1", name="seq"),
        UniqueConstraint("trip_id", "seq", name="uq_business_trip_changes_trip_seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("business_trips.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(ENUM_MAX))
    new_end: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")


class TripCounterRecord(Base):
    """The last trip certificate number given in a year; advanced in the same transaction as the issue."""

    __tablename__ = "trip_counters"
    __table_args__ = (CheckConstraint("last_seq >= 0", name="last_seq"),)

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)


#: Tables counted by the maintenance report, in the order it prints them.
MAIN_TABLES: tuple[str, ...] = (
    EmployeeRecord.__tablename__,
    DepartmentRecord.__tablename__,
    PositionRecord.__tablename__,
    EmploymentEventRecord.__tablename__,
    ActingAssignmentRecord.__tablename__,
    OnboardingRecord.__tablename__,
    LeaveSlipRecord.__tablename__,
    SlipPrintRecord.__tablename__,
    CalendarChangeRecord.__tablename__,
    JobDescriptionRecord.__tablename__,
    UserRecord.__tablename__,
    AuditRecord.__tablename__,
    AttendanceRecord.__tablename__,
    SanctionRecord.__tablename__,
    BusinessTripRecord.__tablename__,
    FamilyMemberRecord.__tablename__,
    PaymentRecord.__tablename__,
    VacationScheduleRecord.__tablename__,
    ScheduleEntryRecord.__tablename__,
    ScheduleChangeRecord.__tablename__,
    PerformanceContractRecord.__tablename__,
)
