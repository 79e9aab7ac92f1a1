"""An employee's family members: the relatives 10.7.1, 10.7.4, 10.7.9 and 12.6 pay for."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from core.i18n import N_


class Relation(enum.StrEnum):
    SPOUSE = "spouse"  # эхнэр, нөхөр
    CHILD = "child"  # хүүхэд
    FATHER = "father"  # эцэг
    MOTHER = "mother"  # эх
    FATHER_IN_LAW = "father_in_law"  # хадам эцэг
    MOTHER_IN_LAW = "mother_in_law"  # хадам эх
    GRANDPARENT = "grandparent"  # өвөө, эмээ
    SIBLING = "sibling"  # ах, эгч, дүү
    GRANDCHILD = "grandchild"  # ач, зээ


RELATION_LABELS: dict[Relation, str] = {
    Relation.SPOUSE: N_("Spouse"),
    Relation.CHILD: N_("Child"),
    Relation.FATHER: N_("Father"),
    Relation.MOTHER: N_("Mother"),
    Relation.FATHER_IN_LAW: N_("Father-in-law"),
    Relation.MOTHER_IN_LAW: N_("Mother-in-law"),
    Relation.GRANDPARENT: N_("Grandparent"),
    Relation.SIBLING: N_("Brother or sister"),
    Relation.GRANDCHILD: N_("Grandchild"),
}

#: The relation as printed documents name it (they are Mongolian whatever the UI language).
RELATION_WORDS: dict[Relation, str] = {
    Relation.SPOUSE: "эхнэр, нөхөр",
    Relation.CHILD: "хүүхэд",
    Relation.FATHER: "эцэг",
    Relation.MOTHER: "эх",
    Relation.FATHER_IN_LAW: "хадам эцэг",
    Relation.MOTHER_IN_LAW: "хадам эх",
    Relation.GRANDPARENT: "өвөө, эмээ",
    Relation.SIBLING: "ах, эгч, дүү",
    Relation.GRANDCHILD: "ач, зээ",
}


@dataclass(frozen=True, slots=True)
class FamilyMember:
    """A relative of an employee; the registration number is optional (a newborn may have none yet)."""

    employee_id: int
    relation: Relation
    name: str
    birth_date: date
    registration_number: str = ""
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None
