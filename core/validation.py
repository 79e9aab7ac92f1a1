"""Validation reports: every problem names its field, so a form can show it beside the widget.

Validators are pure functions over entities; services call them again before writing and
raise :class:`ValidationError`, so no screen can save what a rule refuses.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.civil_service import MAX_CLASS_NUMBER, administrative_rank
from core.dates import add_years
from core.entities import (
    ActingAssignment,
    ContractKind,
    Department,
    Employee,
    OfficeSettings,
    Position,
    ServiceCategory,
    ServiceKind,
    SigningRole,
)
from core.i18n import _
from core.registration import RegistrationNumberError, parse_registration_number

NAME_MAX = 60
TITLE_MAX = 200
ADDRESS_MAX = 300
PHONE_MAX = 30
EMAIL_MAX = 120
ORDER_NUMBER_MAX = 40
NOTE_MAX = 500
MAX_POSTS = 999
MIN_WORKING_AGE = 14

_NAME = re.compile(r"^[А-ЯЁӨҮа-яёөү]+(?:[ -][А-ЯЁӨҮа-яёөү]+)*$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,28}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR


@dataclass(frozen=True, slots=True)
class ValidationReport:
    issues: tuple[ValidationIssue, ...] = ()

    @property
    def is_valid(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    def for_field(self, name: str) -> tuple[ValidationIssue, ...]:
        return tuple(i for i in self.issues if i.field == name)

    def summary(self) -> str:
        return "\n".join(i.message for i in self.issues)

    def __add__(self, other: ValidationReport) -> ValidationReport:
        return ValidationReport(self.issues + other.issues)


class ValidationError(Exception):
    """Raised by services when a record breaks a rule; carries the whole report."""

    def __init__(self, report: ValidationReport) -> None:
        super().__init__(report.summary())
        self.report = report


@dataclass
class _Collector:
    issues: list[ValidationIssue] = field(default_factory=list)

    def error(self, field_name: str, code: str, message: str) -> None:
        self.issues.append(ValidationIssue(field_name, code, message))

    def warning(self, field_name: str, code: str, message: str) -> None:
        self.issues.append(ValidationIssue(field_name, code, message, Severity.WARNING))

    def report(self) -> ValidationReport:
        return ValidationReport(tuple(self.issues))

    def required_text(self, field_name: str, value: str, limit: int) -> bool:
        if not value.strip():
            self.error(field_name, "required", _("This field is required."))
            return False
        return self.max_length(field_name, value, limit)

    def max_length(self, field_name: str, value: str, limit: int) -> bool:
        if len(value) > limit:
            self.error(
                field_name,
                "too_long",
                _("At most {limit} characters ({length} typed).").format(limit=limit, length=len(value)),
            )
            return False
        return True


def _check_name(c: _Collector, field_name: str, value: str, *, required: bool) -> None:
    if not value and not required:
        return
    if c.required_text(field_name, value, NAME_MAX) and not _NAME.match(value):
        c.error(field_name, "not_cyrillic", _("Write the name in Mongolian Cyrillic letters."))


def _check_registration(c: _Collector, employee: Employee) -> None:
    if not employee.registration_number:
        c.error("registration_number", "required", _("This field is required."))
        return
    try:
        info = parse_registration_number(employee.registration_number)
    except RegistrationNumberError as exc:
        if exc.code == "shape":
            message = _("A registration number is two Cyrillic letters and eight digits, e.g. УБ99112345.")
        else:
            message = _("The digits of this registration number do not make a real birth date.")
        c.error("registration_number", exc.code, message)
        return
    if info.birth_date != employee.birth_date:
        c.error(
            "birth_date",
            "registration_mismatch",
            _("The registration number gives the birth date {date}.").format(date=info.birth_date.isoformat()),
        )
    if info.gender_hint != employee.gender:
        c.warning(
            "gender",
            "registration_gender",
            _("The registration number usually means the other gender; check it."),
        )


def _check_dates(c: _Collector, employee: Employee, today: date) -> None:
    born = employee.birth_date
    if born > today:
        c.error("birth_date", "future", _("The birth date cannot be in the future."))
        return
    earliest_work = add_years(born, MIN_WORKING_AGE)
    for name, value in (("appointed_on", employee.appointed_on), ("career_started_on", employee.career_started_on)):
        if value is not None and value < earliest_work:
            c.error(
                name, "before_working_age", _("This date is before the employee was {age}.").format(age=MIN_WORKING_AGE)
            )
    if employee.career_started_on is not None and employee.career_started_on > today:
        c.error("career_started_on", "future", _("The career start cannot be in the future."))
    if employee.position_id is not None and employee.appointed_on is None:
        c.error("appointed_on", "required", _("Give the date of appointment to the position."))


def _check_contract(c: _Collector, employee: Employee) -> None:
    kind, ends = employee.contract_kind, employee.contract_ends_on
    if kind is ContractKind.INDEFINITE:
        if ends is not None:
            c.error("contract_ends_on", "indefinite_has_end", _("An indefinite contract has no end date (4.6)."))
        return
    if ends is None:
        c.error("contract_ends_on", "required", _("A fixed-term or probation contract needs an end date (4.6–4.7)."))
    elif employee.appointed_on is not None and ends <= employee.appointed_on:
        c.error("contract_ends_on", "before_start", _("The contract must end after the appointment date."))
    if kind is ContractKind.PROBATION and employee.service_kind is not ServiceKind.SERVICE:
        c.error(
            "contract_kind", "probation_career", _("A probation period applies to public service employees only (4.7).")
        )


def validate_employee(employee: Employee, *, today: date, duplicate_of: Employee | None = None) -> ValidationReport:
    """Check an employee record; *duplicate_of* is another employee with the same РД, if any."""
    c = _Collector()
    _check_name(c, "patronymic", employee.patronymic, required=True)
    _check_name(c, "given_name", employee.given_name, required=True)
    _check_name(c, "surname", employee.surname, required=False)
    _check_registration(c, employee)
    if duplicate_of is not None:
        c.error(
            "registration_number",
            "duplicate",
            _("{name} already has this registration number.").format(
                name=f"{duplicate_of.patronymic} {duplicate_of.given_name}"
            ),
        )
    _check_dates(c, employee, today)
    if employee.phone and (c.max_length("phone", employee.phone, PHONE_MAX) and not _PHONE.match(employee.phone)):
        c.error("phone", "format", _("A phone number has digits only, e.g. 99112233 or +976 99112233."))
    if employee.email and c.max_length("email", employee.email, EMAIL_MAX) and not _EMAIL.match(employee.email):
        c.error("email", "format", _("This is not an e-mail address."))
    c.max_length("address", employee.address, ADDRESS_MAX)
    _check_contract(c, employee)
    return c.report()


def validate_department(
    department: Department, *, siblings: Iterable[Department] = (), ancestors_of_parent: Sequence[int] = ()
) -> ValidationReport:
    """*siblings* share the parent; *ancestors_of_parent* is the parent's chain up to the top."""
    c = _Collector()
    if c.required_text("name", department.name, TITLE_MAX):
        folded = department.name.casefold()
        if any(s.name.casefold() == folded and s.id != department.id for s in siblings):
            c.error("name", "duplicate", _("A unit with this name already exists here."))
    c.max_length("head_title", department.head_title, TITLE_MAX)
    if department.id is not None and (department.parent_id == department.id or department.id in ancestors_of_parent):
        c.error("parent_id", "cycle", _("A unit cannot be placed inside itself."))
    return c.report()


def validate_position(position: Position) -> ValidationReport:
    c = _Collector()
    c.required_text("title", position.title, TITLE_MAX)
    c.max_length("rank", position.rank, NAME_MAX)
    number = position.class_number
    limit = MAX_CLASS_NUMBER[position.category]
    if number is None:
        if position.category is ServiceCategory.ADMINISTRATIVE:
            c.error("class_number", "required", _("An administrative (ТЗ) position needs a class from 1 to 13."))
    elif not 1 <= number <= limit:
        c.error("class_number", "range", _("The class must be from 1 to {limit}.").format(limit=limit))
    elif position.category is ServiceCategory.ADMINISTRATIVE and position.rank:
        expected = administrative_rank(number)
        if expected is not None and position.rank.casefold() != expected:
            c.error(
                "rank",
                "class_mismatch",
                _("Class ТЗ-{number} goes with the rank “{rank}”.").format(number=number, rank=expected),
            )
    if not 1 <= position.posts <= MAX_POSTS:
        c.error("posts", "range", _("The number of posts must be from 1 to {limit}.").format(limit=MAX_POSTS))
    return c.report()


def validate_acting(
    assignment: ActingAssignment, *, others: Iterable[ActingAssignment] = (), titular_employee_id: int | None = None
) -> ValidationReport:
    """*others* are the existing assignments; one role cannot have two acting officials at once."""
    c = _Collector()
    if assignment.ends_on < assignment.starts_on:
        c.error("ends_on", "before_start", _("The end date is before the start date."))
    if assignment.role is SigningRole.DEPARTMENT_HEAD and assignment.department_id is None:
        c.error("department_id", "required", _("Choose the department whose head is away."))
    if titular_employee_id is not None and assignment.acting_employee_id == titular_employee_id:
        c.error("acting_employee_id", "is_titular", _("The official cannot act for themselves."))
    c.max_length("order_number", assignment.order_number, ORDER_NUMBER_MAX)
    c.max_length("note", assignment.note, NOTE_MAX)
    for other in others:
        same_role = other.role is assignment.role and other.department_id == assignment.department_id
        overlaps = other.starts_on <= assignment.ends_on and assignment.starts_on <= other.ends_on
        if other.id != assignment.id and same_role and overlaps:
            c.error(
                "starts_on",
                "overlap",
                _("Another acting official is recorded from {start} to {end}.").format(
                    start=other.starts_on.isoformat(), end=other.ends_on.isoformat()
                ),
            )
            break
    return c.report()


def validate_settings(settings: OfficeSettings) -> ValidationReport:
    c = _Collector()
    c.required_text("official_name", settings.official_name, TITLE_MAX)
    c.required_text("short_name", settings.short_name, NAME_MAX)
    c.required_text("city", settings.city, NAME_MAX)
    c.required_text("chief_title", settings.chief_title, TITLE_MAX)
    c.required_text("superior_title", settings.superior_title, TITLE_MAX)
    c.max_length("superior_name", settings.superior_name, TITLE_MAX)
    return c.report()


def validate_order(order_number: str, order_date: date | None, effective_on: date) -> ValidationReport:
    """An employment event needs the order that made it (regulation 4.9)."""
    c = _Collector()
    c.required_text("order_number", order_number, ORDER_NUMBER_MAX)
    if order_date is None:
        c.error("order_date", "required", _("Give the date of the order."))
    elif effective_on.year < date.max.year and order_date > add_years(effective_on, 1):  # no year 10000
        c.error("order_date", "too_late", _("The order date is more than a year after the event."))
    return c.report()
