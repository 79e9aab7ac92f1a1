"""A job description as the five sections of the official template (domain §11).

The description is a document, not a view of the position: it keeps the organisation, unit,
title and class *as printed* on the day it was approved, so an old version still reads as it
was signed after the position was renamed. Lists are tuples in their printed order; the order
is part of the record (objectives and functions are numbered by their place).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from core.i18n import N_


class Participation(enum.StrEnum):
    """How the position takes part in a function (template column 4)."""

    ASSIST = "Т"  # туслах
    PERFORM = "Г"  # гүйцэтгэх
    CONTROL = "Х"  # хянах
    DECIDE = "Ш"  # шийдвэрлэх


#: The template's fixed printing order, whatever order a drafter ticked them in.
PARTICIPATION_ORDER: tuple[Participation, ...] = (
    Participation.ASSIST,
    Participation.PERFORM,
    Participation.CONTROL,
    Participation.DECIDE,
)

#: The printed word behind each code, as in the template's column heading.
PARTICIPATION_WORDS: dict[Participation, str] = {
    Participation.ASSIST: "Туслах",
    Participation.PERFORM: "Гүйцэтгэх",
    Participation.CONTROL: "Хянах",
    Participation.DECIDE: "Шийдвэрлэх",
}

PARTICIPATION_LABELS: dict[Participation, str] = {
    Participation.ASSIST: N_("Assist"),
    Participation.PERFORM: N_("Perform"),
    Participation.CONTROL: N_("Control"),
    Participation.DECIDE: N_("Decide"),
}


def participation_codes(codes: frozenset[Participation]) -> str:
    """ "Г, Х, Ш": the codes in the template's order, however they were ticked."""
    return ", ".join(code.value for code in PARTICIPATION_ORDER if code in codes)


class SkillArea(enum.StrEnum):
    """The template's five skill headings (section III, "Ур чадвар")."""

    ORGANISING = "organising"
    ANALYSIS = "analysis"
    PROBLEM_SOLVING = "problem_solving"
    LEADERSHIP = "leadership"
    OTHER = "other"


#: Printed headings, in the template's order.
SKILL_AREA_TITLES: dict[SkillArea, str] = {
    SkillArea.ORGANISING: "Удирдан зохион байгуулах",
    SkillArea.ANALYSIS: "Дүн шинжилгээ хийх",
    SkillArea.PROBLEM_SOLVING: "Асуудал шийдвэрлэх",
    SkillArea.LEADERSHIP: "Манлайлах",
    SkillArea.OTHER: "Бусад",
}


class DescriptionStatus(enum.StrEnum):
    """A draft is edited; an approved version is frozen and revised by a new version."""

    DRAFT = "draft"
    APPROVED = "approved"


DESCRIPTION_STATUS_LABELS: dict[DescriptionStatus, str] = {
    DescriptionStatus.DRAFT: N_("Draft"),
    DescriptionStatus.APPROVED: N_("Approved"),
}

#: The grounds the template lets a drafter tick (section I), offered as checkboxes. A ground
#: not in this list (an office's own wording, or one read from Word) is kept as written.
TEMPLATE_GROUNDS: tuple[str, ...] = (
    "Төрийн албаны тухай хууль хэрэгжиж эхэлсэнтэй холбогдуулан шинэчлэн боловсруулсан",
    "Хууль тогтоомжоор байгууллагын чиг үүрэгт өөрчлөлт орсон",
    "Байгууллагын бүтэц, зохион байгуулалтад өөрчлөлт орсон",
    "Албан тушаалын чиг үүрэгт өөрчлөлт орсон",
    "Шинээр албан тушаал бий болсон",
)


@dataclass(frozen=True, slots=True)
class GeneralInfo:
    """Section I, "Ерөнхий мэдээлэл"."""

    grounds: tuple[str, ...] = ()
    law_name: str = ""
    law_date: date | None = None
    effective_on: date | None = None
    approved_on: date | None = None
    organisation: str = ""
    unit: str = ""
    position_title: str = ""
    #: Category, class and rank as printed: "Ахлах түшмэл, ТТ-3".
    classification: str = ""
    working_hours: str = ""
    workplace_address: str = ""
    working_conditions: str = ""
    special_conditions: str = ""


@dataclass(frozen=True, slots=True)
class JobFunction:
    """One numbered function (чиг үүрэг) with its criterion and participation codes."""

    text: str
    criterion: str = ""
    participation: frozenset[Participation] = frozenset()


@dataclass(frozen=True, slots=True)
class Objective:
    """An objective (зорилт) and the functions done "within" it."""

    text: str
    functions: tuple[JobFunction, ...] = ()


@dataclass(frozen=True, slots=True)
class Profession:
    """A profession with its ISCED-F 2013 field codes: "програм хангамж … (0613)"."""

    name: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Experience:
    """ "Төрийн албанд 6-аас доошгүй жил, үүнээс дэс түшмэлийн албан тушаалд 3-аас доошгүй жил"."""

    civil_service_years: int | None = None
    rank_years: int | None = None
    #: Where the rank years are served, as printed: "дэс түшмэлийн албан тушаалд".
    rank_phrase: str = ""
    #: Anything further the drafter wrote, printed after the years.
    other: str = ""


@dataclass(frozen=True, slots=True)
class Requirements:
    """Section III, "Албан тушаалд тавигдах тусгай шаардлага"."""

    education: str = ""
    professions: tuple[Profession, ...] = ()
    qualification: str = ""
    experience: Experience = field(default_factory=Experience)
    #: Skill lines under each of the template's headings; a heading may stay empty.
    skills: tuple[tuple[SkillArea, tuple[str, ...]], ...] = ()

    def skills_in(self, area: SkillArea) -> tuple[str, ...]:
        for heading, lines in self.skills:
            if heading is area:
                return lines
        return ()


@dataclass(frozen=True, slots=True)
class Subordinate:
    """A position this one directly manages, and how many posts of it."""

    title: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class Relations:
    """Section IV, "Албан тушаалтны харилцах субъект"."""

    reports_to: str = ""
    subordinates: tuple[Subordinate, ...] = ()
    other_parties: tuple[str, ...] = ()

    @property
    def subordinate_total(self) -> int:
        """The "Нийт" line: computed, never typed, so it cannot disagree with the rows."""
        return sum(s.count for s in self.subordinates)


@dataclass(frozen=True, slots=True)
class Signer:
    """Who drafted the description: title, name and date."""

    title: str = ""
    name: str = ""
    signed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A body's decision: the reviewer's permission or the approving organisation's decision."""

    organisation: str = ""
    decided_on: date | None = None
    number: str = ""
    #: For the approval: the official who signs it ("ДАРГА", "Р.ОТГОНЖАРГАЛ").
    official_title: str = ""
    official_name: str = ""


@dataclass(frozen=True, slots=True)
class Endorsement:
    """Section V, "Албан тушаалын тодорхойлолтын баталгаажуулалт"."""

    drafted_by: Signer = field(default_factory=Signer)
    review: Decision = field(default_factory=Decision)
    approval: Decision = field(default_factory=Decision)


@dataclass(frozen=True, slots=True)
class JobDescription:
    """One version of one position's job description."""

    position_id: int | None
    general: GeneralInfo = field(default_factory=GeneralInfo)
    purpose: str = ""
    objectives: tuple[Objective, ...] = ()
    requirements: Requirements = field(default_factory=Requirements)
    relations: Relations = field(default_factory=Relations)
    endorsement: Endorsement = field(default_factory=Endorsement)
    version: int = 1
    status: DescriptionStatus = DescriptionStatus.DRAFT
    #: The version (of this or another position) it was copied from.
    based_on_id: int | None = None
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None

    @property
    def is_editable(self) -> bool:
        return self.status is DescriptionStatus.DRAFT

    @property
    def function_count(self) -> int:
        return sum(len(o.functions) for o in self.objectives)


@dataclass(frozen=True, slots=True)
class JobDescriptionSummary:
    """One row of the description list and of a position's version history."""

    id: int
    position_id: int
    version: int
    status: DescriptionStatus
    position_title: str
    department_name: str = ""
    effective_on: date | None = None
    approved_on: date | None = None
    based_on_id: int | None = None


@dataclass(frozen=True, slots=True)
class DescriptionReading:
    """What an import recognised in a file, and every piece of text it could not place."""

    description: JobDescription
    unplaced: tuple[str, ...] = ()
