"""Sanctions, the breaches they answer and the office's discipline policy (regulation 11.1, 12.10, 13).

The breach pick list and the periods are data: the defaults are this office's internal
regulation (seed 004); another office replaces :class:`DisciplinePolicy`, not the rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

#: The code of a breach typed in free text instead of picked from the regulation's list.
OTHER_BREACH = "other"


#: Civil Service Law art. 48: the law's ceiling on a salary cut, which no office's regulation may raise.
LAW_MAX_CUT_PERCENT = 20
LAW_MAX_CUT_MONTHS = 6


class SanctionKind(enum.StrEnum):
    WARNING = "warning"  # сануулах
    SALARY_CUT = "salary_cut"  # албан тушаалын цалинг бууруулах
    DISMISSAL = "dismissal"  # албанаас халах


class SanctionStatus(enum.StrEnum):
    """Where a sanction stands: only a decided one was imposed by an order and counts."""

    PROPOSED = "proposed"  # a draft the chief has not decided on (e.g. from an attendance flag)
    DECIDED = "decided"  # imposed by the chief's order
    REJECTED = "rejected"  # the chief declined the proposal; kept with the reason


@dataclass(frozen=True, slots=True)
class BreachClause:
    """One breach of the pick list: its clause number and the regulation's wording."""

    code: str
    text: str


#: The regulation's breaches, in its own words. 13.1 lists its serious breaches as unnumbered
#: dashes; they are numbered here 13.1-1 … 13.1-6 in the regulation's order.
OFFICE_BREACHES: tuple[BreachClause, ...] = (
    BreachClause("11.1.1", "Төрийн албаны тухай хуулийн 15 дугаар зүйлийг зөрчсөн үйл ажиллагаа явуулах"),
    BreachClause("11.1.2", "Төрийн албан хаагчийн ёс зүйн зөрчил гаргах"),
    BreachClause("11.1.3", "Ажлын байранд согтууруулах ундаа хэрэглэх"),
    BreachClause(
        "11.1.4",
        "Албан хаагчид согтууруулах ундаа хэрэглэсэн үедээ ажлын байранд нэвтэрч төрийн байгууллагын хэвийн "
        "үйл ажиллагааг алдагдуулах",
    ),
    BreachClause("11.1.5", "Ажлын байранд тамхи татах"),
    BreachClause("11.1.6", "Хүндэтгэн үзэх шалтгаангүйгээр ажил таслах, чөлөөний хугацаа хэтрүүлэх"),
    BreachClause(
        "11.1.7",
        "Ажлын байранд тэсэрч дэлбэрэх, амьсгал боогдуулах, нулимс асгаруулах, хордуулах, мансууруулах болон "
        "цацраг идэвхит бодис, зэвсэг хэрэгсэл авч орох",
    ),
    BreachClause("11.1.8", "Тус газрын эд хөрөнгө, хүндэтгэлийн зүйлийг эвдэж, гэмтээх, шамшигдуулах"),
    BreachClause("13.1-1", "Ажил үүрэг гүйцэтгэж байхдаа согтууруулах ундаа хэрэглэсэн"),
    BreachClause("13.1-2", "Шалтгаангүйгээр 3 ба түүнээс дээш өдрийн ажил тасалсан"),
    BreachClause("13.1-3", "Байгууллагын эд зүйлд санаатай буюу санамсаргүйгээр их хэмжээний хохирол учруулсан"),
    BreachClause(
        "13.1-4",
        "Албан хаагч хүлээсэн үүргээ хүндэтгэн үзэх шалтгаангүйгээр хангалтгүй биелүүлж “Дутагдалтай” гэсэн "
        "үнэлгээ авсан",
    ),
    BreachClause("13.1-5", "Ёс зүйн дүрэм, Засаг даргын Тамгын Газрын төрийн албаны стандарт зөрчсөн"),
    BreachClause("13.1-6", "Сахилгын зөрчлийг давтан гаргасан"),
    BreachClause(
        "13.3.1.1", "Удирдлагаас өгсөн хууль ёсны үүрэг даалгаврыг хүндэтгэн үзэх шалтгаангүйгээр 3 удаа биелүүлээгүй"
    ),
    BreachClause("13.3.1.2", "Цаг хугацаатай ажлыг хугацаанд нь биелүүлээгүй, ажилдаа хайнга хандсан"),
    BreachClause(
        "13.3.1.3",
        "Хүндэтгэн үзэх шалтгаангүйгээр ажлын цагаас 7 хоногт 3-аас дээш удаа хоцорсон, 18.00 цагаас өмнө явсан, "
        "шалтгаангүйгээр 3 хүртэл өдрийн ажил тасалсан",
    ),
    BreachClause("13.3.1.4", "Дотоод журмын 2.11, 4.4-д заасан заалтуудыг зөрчсөн"),
    BreachClause(
        "13.4.1",
        "Дотоод журамд заасан зөрчлийг давтан гаргасан, албан хаагчийн ёс зүйг зөрчсөн байдал нь ажлаас халах "
        "үндэслэл болохгүй",
    ),
    BreachClause("13.4.2", "Ажлын үнэлгээгээр хангалтгүй үнэлгээ авсан"),
    BreachClause("13.5.1", "Дотоод журамд заасан ноцтой зөрчил гаргасан"),
)


@dataclass(frozen=True, slots=True)
class DisciplinePolicy:
    """The office's discipline rules; the defaults are its regulation and Civil Service Law art. 48.

    A warning carries no period in the regulation: it counts for ``warning_months`` (12, one
    year, by default). A salary cut counts for its own months. A dismissal ends the service; it
    counts for ``dismissal_months`` (12 by default) against someone later re-appointed. These two
    periods are the office's choice, set here as data.
    """

    breaches: tuple[BreachClause, ...] = field(default=OFFICE_BREACHES)
    #: Civil Service Law art. 48: a salary cut of at most 20 percent, for at most 6 months. An
    #: office may set lower ceilings, never higher ones.
    max_cut_percent: int = LAW_MAX_CUT_PERCENT
    max_cut_months: int = LAW_MAX_CUT_MONTHS
    warning_months: int = 12
    dismissal_months: int = 12

    def breach(self, code: str) -> BreachClause | None:
        return next((b for b in self.breaches if b.code == code), None)


@dataclass(frozen=True, slots=True)
class Sanction:
    """A disciplinary sanction imposed by the appointing official's order, or proposed for one.

    Sanctions are never deleted: one entered by mistake is annulled with a reason and kept.
    ``lapses_on`` is the last day the sanction counts (see ``core.discipline.rules.lapse_date``);
    ``repeated`` marks a breach of the same clause while an earlier sanction counted (13.1).
    A proposal (``status`` PROPOSED) has no order yet and counts for nothing until decided;
    ``flag_clause`` and ``flag_period`` name the attendance flag it answers (6.3 and the month,
    or 13.3.1.3 and the week's Monday), so a flag is answered once.
    """

    employee_id: int
    breach_code: str
    breach_text: str
    kind: SanctionKind
    order_number: str
    order_date: date | None
    starts_on: date
    cut_percent: int | None = None
    cut_months: int | None = None
    lapses_on: date | None = None
    repeated: bool = False
    note: str = ""
    annulled_on: date | None = None
    annul_reason: str = ""
    status: SanctionStatus = SanctionStatus.DECIDED
    reject_reason: str = ""
    flag_clause: str | None = None
    flag_period: date | None = None
    id: int | None = None

    @property
    def annulled(self) -> bool:
        return self.annulled_on is not None

    @property
    def is_proposal(self) -> bool:
        return self.status is SanctionStatus.PROPOSED
