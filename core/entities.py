"""The office's records as plain values.

Entities are frozen: a change is a new value handed to a service, so a form can never
half-modify a record that another screen is showing. ``id`` is ``None`` until saved.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from core.i18n import N_


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


GENDER_LABELS: dict[Gender, str] = {Gender.MALE: N_("Male"), Gender.FEMALE: N_("Female")}


class ServiceKind(enum.StrEnum):
    """Kind of appointment (Civil Service Law; regulation 4.1–4.5)."""

    CAREER = "career"  # төрийн жинхэнэ албан хаагч
    SERVICE = "service"  # төрийн үйлчилгээний албан хаагч (Labour Law)
    POLITICAL = "political"  # улс төрийн албан тушаалтан


SERVICE_KIND_LABELS: dict[ServiceKind, str] = {
    ServiceKind.CAREER: N_("Career civil servant"),
    ServiceKind.SERVICE: N_("Public service employee"),
    ServiceKind.POLITICAL: N_("Political appointee"),
}


class ContractKind(enum.StrEnum):
    """Regulation 4.6–4.7."""

    INDEFINITE = "indefinite"
    FIXED_TERM = "fixed_term"
    PROBATION = "probation"


CONTRACT_KIND_LABELS: dict[ContractKind, str] = {
    ContractKind.INDEFINITE: N_("Indefinite"),
    ContractKind.FIXED_TERM: N_("Fixed-term"),
    ContractKind.PROBATION: N_("Probation"),
}


class EmployeeStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # түр чөлөөлөгдсөн
    RELEASED = "released"  # чөлөөлөгдсөн
    DISMISSED = "dismissed"  # халагдсан


EMPLOYEE_STATUS_LABELS: dict[EmployeeStatus, str] = {
    EmployeeStatus.ACTIVE: N_("Working"),
    EmployeeStatus.SUSPENDED: N_("Temporarily released"),
    EmployeeStatus.RELEASED: N_("Released"),
    EmployeeStatus.DISMISSED: N_("Dismissed"),
}


class UnitKind(enum.StrEnum):
    DEPARTMENT = "department"  # хэлтэс
    SECTION = "section"  # тасаг
    AGENCY = "agency"  # газар
    STAFF = "staff"  # штаб


UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.DEPARTMENT: N_("Department"),
    UnitKind.SECTION: N_("Section"),
    UnitKind.AGENCY: N_("Agency"),
    UnitKind.STAFF: N_("Staff"),
}


class ServiceCategory(enum.StrEnum):
    """Civil-service category codes printed before the class number (domain §2)."""

    ADMINISTRATIVE = "ТЗ"
    SPECIAL = "ТТ"
    SERVICE = "ТҮ"
    POLITICAL = "УТ"


class EventKind(enum.StrEnum):
    """What happened to an employee's appointment; the history is never rewritten."""

    APPOINTED = "appointed"
    TRANSFERRED = "transferred"
    PROMOTED = "promoted"  # албан тушаал дэвшсэн: refused while a sanction is in force (12.10)
    SUSPENDED = "suspended"
    REINSTATED = "reinstated"
    RELEASED = "released"
    DISMISSED = "dismissed"


EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.APPOINTED: N_("Appointed"),
    EventKind.TRANSFERRED: N_("Transferred"),
    EventKind.PROMOTED: N_("Promoted"),
    EventKind.SUSPENDED: N_("Temporarily released"),
    EventKind.REINSTATED: N_("Reinstated"),
    EventKind.RELEASED: N_("Released"),
    EventKind.DISMISSED: N_("Dismissed"),
}

#: The status an employee has after each kind of event.
STATUS_AFTER_EVENT: dict[EventKind, EmployeeStatus] = {
    EventKind.APPOINTED: EmployeeStatus.ACTIVE,
    EventKind.TRANSFERRED: EmployeeStatus.ACTIVE,
    EventKind.PROMOTED: EmployeeStatus.ACTIVE,
    EventKind.SUSPENDED: EmployeeStatus.SUSPENDED,
    EventKind.REINSTATED: EmployeeStatus.ACTIVE,
    EventKind.RELEASED: EmployeeStatus.RELEASED,
    EventKind.DISMISSED: EmployeeStatus.DISMISSED,
}


class SigningRole(enum.StrEnum):
    """Roles whose holder signs documents (regulation 2.1, 2.3, 6.5)."""

    CHIEF = "chief"  # Тамгын газрын дарга
    DEPARTMENT_HEAD = "department_head"


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    """What printed documents say about the office; business settings live in the database."""

    official_name: str = "Архангай аймгийн Засаг даргын Тамгын газар"
    short_name: str = "ЗДТГ"
    city: str = "Цэцэрлэг"
    chief_employee_id: int | None = None
    chief_title: str = "Тамгын газрын дарга"
    superior_title: str = "Аймгийн Засаг дарга"
    superior_name: str = ""


@dataclass(frozen=True, slots=True)
class Department:
    name: str
    kind: UnitKind = UnitKind.DEPARTMENT
    parent_id: int | None = None
    head_employee_id: int | None = None
    #: The head's printed title, e.g. "Хууль, эрх зүйн хэлтсийн дарга" (Mongolian genitives
    #: are irregular, so the title is written once by a person rather than generated).
    head_title: str = ""
    sort_order: int = 0
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Position:
    title: str
    department_id: int | None
    category: ServiceCategory = ServiceCategory.ADMINISTRATIVE
    class_number: int | None = None
    rank: str = ""
    posts: int = 1
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Employee:
    patronymic: str  # эцэг/эхийн нэр
    given_name: str  # өөрийн нэр
    registration_number: str
    birth_date: date
    gender: Gender
    surname: str = ""  # ургийн овог
    phone: str = ""
    email: str = ""
    address: str = ""
    position_id: int | None = None
    appointed_on: date | None = None
    career_started_on: date | None = None
    service_kind: ServiceKind = ServiceKind.CAREER
    contract_kind: ContractKind = ContractKind.INDEFINITE
    contract_ends_on: date | None = None
    status: EmployeeStatus = EmployeeStatus.ACTIVE
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None
    #: Gives the longer base vacation (Labour Law art. 99: 20 working days instead of 15).
    has_disability: bool = False


@dataclass(frozen=True, slots=True)
class EmploymentEvent:
    """A dated step in an employee's career, made by an order (regulation 4.1–4.9)."""

    employee_id: int
    kind: EventKind
    effective_on: date
    position_id: int | None = None
    order_number: str = ""
    order_date: date | None = None
    note: str = ""
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None


@dataclass(frozen=True, slots=True)
class ActingAssignment:
    """Regulation 2.3: someone acts for the chief or a department head from–to, inclusive."""

    role: SigningRole
    acting_employee_id: int
    starts_on: date
    ends_on: date
    department_id: int | None = None
    order_number: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Onboarding:
    """Regulation 4.10: the dates a newcomer was introduced to each document."""

    employee_id: int
    job_description_on: date | None = None
    salary_on: date | None = None
    ethics_code_on: date | None = None
    internal_regulation_on: date | None = None
    #: The job description version the newcomer read; set with ``job_description_on``.
    job_description_id: int | None = None


@dataclass(frozen=True, slots=True)
class EmployeeListItem:
    """One row of the employee list: the employee with the names the list shows beside it."""

    employee: Employee
    position_title: str = ""
    department_id: int | None = None
    department_name: str = ""


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs for a role on a date, and the title printed under the signature line."""

    employee: Employee | None
    title: str
    is_acting: bool = False


@dataclass(frozen=True, slots=True)
class DatabaseReport:
    """What ``check`` prints: is the file sound, and what does it hold."""

    integrity_ok: bool
    foreign_keys_ok: bool
    schema_version: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
