"""The regulation's performance-contract calendar (7.1–7.6) and rating scale (12.2, 12.8, 13.1, 13.4.2) as data.

The defaults are this office's internal regulation (seed 004). Another office replaces
:class:`PerformancePolicy`, not the rules: every date, rating and clause below is read from it.
Deadlines keep the date the regulation names even when it falls on a weekend or a holiday:
the regulation says "… -ны дотор" (by that day) and does not move it, so neither does Tamga;
the screens show the weekday and mark a non-working day so the office can act earlier.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ContractStep(enum.StrEnum):
    """A step of one employee's contract that a deadline expects done."""

    CONCLUDED = "concluded"  # гэрээ байгуулсан (7.1)
    HALF_YEAR_REPORT = "half_year_report"  # хагас жилийн биелэлт (7.3)
    YEAR_REPORT = "year_report"  # бүтэн жилийн биелэлт (7.3)
    HALF_YEAR_EVALUATION = "half_year_evaluation"  # хагас жилээр дүгнэсэн (12.2)
    YEAR_EVALUATION = "year_evaluation"  # бүтэн жилээр дүгнэсэн (7.6, 12.2)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One yearly deadline of section 7, in the regulation's words.

    ``first_day``–``last_day`` is a window (7.2: 25–28 Dec); a single day has them equal.
    ``year_offset`` says which contract year the deadline serves: 7.1 concludes the contracts of
    the *next* year by 20 December (offset 1); the reports serve the current year (offset 0).
    ``step`` is the contract step each employee's contract should have reached by then, or
    ``None`` for the office's own submissions (7.2, 7.4, 7.5), which no contract records.
    """

    clause: str
    month: int
    first_day: int
    last_day: int
    who: str
    what: str
    step: ContractStep | None = None
    year_offset: int = 0


@dataclass(frozen=True, slots=True)
class RatingGrade:
    """One rating of the evaluation scale.

    ``grounds`` are the clauses that make the rating a ground for a sanction (12.8, 13.1, 13.4.2);
    ``bonus`` says whether 12.2's bonus (up to ``bonus_max_percent`` of base salary) may follow.
    """

    code: str
    label: str
    bonus: bool = False
    grounds: tuple[str, ...] = ()

    @property
    def is_poor(self) -> bool:
        return bool(self.grounds)


_HEADS = "Хэлтэс, албадын дарга нар"
_MANAGER = "Ерөнхий менежер"
_CHIEF = "Тамгын газрын дарга"

#: Section 7's deadlines, in the order of the year.
OFFICE_DEADLINES: tuple[Deadline, ...] = (
    Deadline(
        "7.3",
        6,
        20,
        20,
        _HEADS,
        "Төрийн албан хаагчдын үр дүнгийн гэрээний хэрэгжилтийн явц, биелэлтийг гаргаж тайлагнах (хагас жил)",
        ContractStep.HALF_YEAR_REPORT,
    ),
    Deadline("7.4", 6, 20, 20, _MANAGER, "Үр дүнгийн гэрээний биелэлтийг гаргаж тайлагнах (хагас жил)"),
    Deadline(
        "7.5", 6, 25, 25, _MANAGER, "Үр дүнгийн гэрээний биелэлтийг Төсвийн ерөнхийлөн захирагчид хүргүүлэх (хагас жил)"
    ),
    Deadline(
        "7.1",
        12,
        20,
        20,
        _HEADS,
        "Төрийн албан хаагчдын дараа оны үр дүнгийн гэрээг байгуулж дуусгах",
        ContractStep.CONCLUDED,
        year_offset=1,
    ),
    Deadline(
        "7.3",
        12,
        20,
        20,
        _HEADS,
        "Төрийн албан хаагчдын үр дүнгийн гэрээний хэрэгжилтийн явц, биелэлтийг гаргаж тайлагнах (бүтэн жил)",
        ContractStep.YEAR_REPORT,
    ),
    Deadline("7.4", 12, 20, 20, _MANAGER, "Үр дүнгийн гэрээний биелэлтийг гаргаж тайлагнах (бүтэн жил)"),
    Deadline(
        "7.5",
        12,
        25,
        25,
        _MANAGER,
        "Үр дүнгийн гэрээний биелэлтийг Төсвийн ерөнхийлөн захирагчид хүргүүлэх (бүтэн жил)",
    ),
    Deadline("7.6", 12, 25, 25, _CHIEF, "Үр дүнгийн гэрээний биелэлтийг дүгнэх", ContractStep.YEAR_EVALUATION),
    Deadline(
        "7.2",
        12,
        25,
        28,
        _MANAGER,
        "Дараа оны үр дүнгийн гэрээний төслөө төсвийн ерөнхийлөн захирагчид хүргүүлэх",
        year_offset=1,
    ),
)

#: The rating scale in the regulation's own words: 12.8 names "дутагдалтай" and "хангалтгүй" as
#: the two poor ratings; 13.1 counts "дутагдалтай" a serious breach (listed there as its 4th dash,
#: numbered 13.1-4 like the discipline register) and 13.4.2 answers "хангалтгүй" with a salary cut.
#: An office on the newer civil-service scale (… "хангалттай") replaces this tuple.
OFFICE_RATINGS: tuple[RatingGrade, ...] = (
    RatingGrade("very_good", "Маш сайн", bonus=True),
    RatingGrade("good", "Сайн", bonus=True),
    RatingGrade("deficient", "Дутагдалтай", grounds=("12.8", "13.1-4")),
    RatingGrade("unsatisfactory", "Хангалтгүй", grounds=("12.8", "13.4.2")),
)


@dataclass(frozen=True, slots=True)
class PerformancePolicy:
    """The office's section-7 calendar and rating scale; the defaults are its regulation."""

    deadlines: tuple[Deadline, ...] = field(default=OFFICE_DEADLINES)
    ratings: tuple[RatingGrade, ...] = field(default=OFFICE_RATINGS)
    #: 12.2: the bonus on a good evaluation is at most this share of the base salary.
    bonus_max_percent: int = 40
    bonus_clause: str = "12.2"
    #: How far ahead the main window's reminder looks, in days (the regulation names none; two weeks).
    reminder_days: int = 14

    def rating(self, code: str) -> RatingGrade | None:
        return next((r for r in self.ratings if r.code == code), None)
