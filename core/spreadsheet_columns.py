"""The columns of the employee sheet and the words its cells may use, in both languages.

The reader and the writer share this table, so whatever the export writes the import reads
back. Headers are matched case-insensitively; values (gender, service kind, contract,
status) are accepted in Mongolian, in English and as Tamga's own codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from core.entities import (
    CONTRACT_KIND_LABELS,
    GENDER_LABELS,
    SERVICE_KIND_LABELS,
    ContractKind,
    EmployeeStatus,
    Gender,
    ServiceKind,
)
from core.text import search_key

E = TypeVar("E", bound=Enum)

SHEET_TITLE = "Ажилтнууд"
DATE_FORMAT = "yyyy-mm-dd"
#: Text dates offices type: ISO, the dotted Mongolian habit, and day-first.
TEXT_DATE_FORMATS = ("%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: the key rows use, the Mongolian header the export writes, other names read."""

    key: str
    header: str
    english: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    is_date: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.header, self.english, *self.aliases)


COLUMNS: tuple[Column, ...] = (
    Column("surname", "Овог", "Surname", ("Ургийн овог", "Clan name")),
    Column("patronymic", "Эцэг/эхийн нэр", "Patronymic", ("Эцэг, эхийн нэр", "Эцгийн нэр"), required=True),
    Column("given_name", "Нэр", "Given name", ("Өөрийн нэр",), required=True),
    Column("registration_number", "Регистрийн дугаар", "Registration number", ("РД", "Регистр"), required=True),
    Column("birth_date", "Төрсөн огноо", "Birth date", ("Date of birth",), is_date=True),
    Column("gender", "Хүйс", "Gender", ("Sex",)),
    Column("phone", "Утас", "Phone", ("Утасны дугаар",)),
    Column("email", "И-мэйл", "E-mail", ("Имэйл", "Email")),
    Column("address", "Хаяг", "Address", ("Гэрийн хаяг",)),
    Column("unit", "Нэгж", "Unit", ("Хэлтэс", "Department")),
    Column("position", "Албан тушаал", "Position"),
    Column("appointed_on", "Томилогдсон огноо", "Appointed on", is_date=True),
    # The export writes the grammatical "хааж эхэлсэн"; older sheets say "хаасан эхэлсэн".
    Column(
        "career_started_on",
        "Төрийн алба хааж эхэлсэн огноо",
        "Career started on",
        ("Төрийн алба хаасан эхэлсэн огноо", "Төрийн албанд орсон огноо"),
        is_date=True,
    ),
    Column("service_kind", "Албан хаагчийн төрөл", "Service kind"),
    Column("contract_kind", "Гэрээ", "Contract", ("Гэрээний төрөл",)),
    Column("contract_ends_on", "Гэрээ дуусах огноо", "Contract ends on", is_date=True),
    # Labour Law art. 99: the longer base vacation. Written "Тийм" or left empty.
    Column("has_disability", "Хөгжлийн бэрхшээлтэй", "Has a disability", ("Хөгжлийн бэрхшээл", "Disability")),
    # Written for the reader of the list; an import records working employees only, since a
    # release or dismissal needs its order (regulation 4.9), which a sheet does not carry.
    Column("status", "Төлөв", "Status"),
)

#: Exported values are Mongolian whatever the UI language (printed documents, house rule 17).
GENDER_TEXT = {Gender.MALE: "Эрэгтэй", Gender.FEMALE: "Эмэгтэй"}
SERVICE_KIND_TEXT = {
    ServiceKind.CAREER: "Төрийн жинхэнэ албан хаагч",
    ServiceKind.SERVICE: "Төрийн үйлчилгээний албан хаагч",
    ServiceKind.POLITICAL: "Улс төрийн албан тушаалтан",
}
CONTRACT_KIND_TEXT = {
    ContractKind.INDEFINITE: "Хугацаагүй",
    ContractKind.FIXED_TERM: "Хугацаатай",
    ContractKind.PROBATION: "Туршилтын",
}
STATUS_TEXT = {
    EmployeeStatus.ACTIVE: "Ажиллаж байгаа",
    EmployeeStatus.SUSPENDED: "Түр чөлөөлөгдсөн",
    EmployeeStatus.RELEASED: "Чөлөөлөгдсөн",
    EmployeeStatus.DISMISSED: "Халагдсан",
}


def choices(mongolian: dict[E, str], english: dict[E, str], extra: dict[str, E] | None = None) -> dict[str, E]:
    """Every spelling a cell may use for an enum value, keyed by its search key."""
    table: dict[str, E] = {search_key(value.value): value for value in mongolian}
    table.update({search_key(text): value for value, text in english.items()})
    table.update({search_key(text): value for value, text in mongolian.items()})
    table.update({search_key(text): value for text, value in (extra or {}).items()})
    return table


GENDERS = choices(
    GENDER_TEXT, GENDER_LABELS, {"эр": Gender.MALE, "эм": Gender.FEMALE, "m": Gender.MALE, "f": Gender.FEMALE}
)
SERVICE_KINDS = choices(SERVICE_KIND_TEXT, SERVICE_KIND_LABELS, {"ТҮ": ServiceKind.SERVICE})
CONTRACT_KINDS = choices(
    CONTRACT_KIND_TEXT, CONTRACT_KIND_LABELS, {"Туршилт": ContractKind.PROBATION, "Fixed term": ContractKind.FIXED_TERM}
)
STATUSES = choices(STATUS_TEXT, {})

YES_TEXT = "Тийм"
#: A yes/no cell: an empty cell is "no", like an unticked box.
YES_NO: dict[str, bool] = {
    search_key(text): answer
    for texts, answer in ((("Тийм", "Yes", "1", "x", "true"), True), (("Үгүй", "No", "0", "false"), False))
    for text in texts
}


def header_key(text: str) -> str:
    """Headers match case-insensitively, ignoring a trailing "*" or ":" some templates add."""
    return search_key(text).rstrip("*: ").strip()


BY_HEADER: dict[str, Column] = {header_key(name): column for column in COLUMNS for name in column.names}
