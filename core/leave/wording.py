"""The Mongolian words leave documents print, whatever the interface language (house style 17).

Case endings are written once here. Where an ending on a free-form word (a person's name)
cannot be derived safely, the sentence is built so the word stays in the nominative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from core.grammar import genitive
from core.leave.entities import LeaveKind, PayDecision, WorkSchedule
from core.official_dates import day_phrase, month_phrase, official_date, official_range, ordinal_suffix

KIND_WORDS: dict[LeaveKind, str] = {
    LeaveKind.PERSONAL: "Хүндэтгэн үзэх шалтгаанаар олгох чөлөө",
    LeaveKind.CHILDCARE: "Хүүхэд асрах чөлөө",
    LeaveKind.VACATION: "Ээлжийн амралт",
}
PAY_WORDS: dict[PayDecision, str] = {PayDecision.PAID: "Цалинтай", PayDecision.UNPAID: "Цалингүй"}
CHILDCARE_LAW = "Хөдөлмөрийн тухай хуулийн 102-106 дугаар зүйл"
VACATION_LAW = "Хөдөлмөрийн тухай хуулийн 99 дүгээр зүйл"


def vacation_words(year: int) -> str:
    """ "2026 оны ээлжийн амралт": a vacation is named by the year it is taken for."""
    return f"{year} оны ээлжийн амралт"

#: Last words of a head's title; what precedes them is the unit's name in the genitive.
_HEAD_WORDS = ("дарга", "эрхлэгч")


def unit_genitive(name: str, head_title: str) -> str:
    """The unit's name in the genitive, read off its head's title when that has the usual shape.

    "Хууль, эрх зүйн хэлтсийн дарга" already holds "Хууль, эрх зүйн хэлтсийн", written by a person,
    which is safer than any rule for irregular stems.
    """
    words = head_title.strip().rsplit(" ", 1)
    if len(words) == 2 and words[1].casefold() in _HEAD_WORDS:
        return words[0]
    return genitive(name)


def last_clause_number(clause: str) -> int:
    """The number spoken last in a clause code: 6.8.1 → 1, an office's "6.6а" → 6, "" → 0.

    Codes are edited by the office (leave settings), so a letter after the number is allowed
    and anything without digits reads as 0 rather than failing while a document is worded.
    """
    last = clause.strip().rsplit(".", 1)[-1]
    digits = re.match(r"\d+", last)
    return int(digits[0]) if digits else 0


def clause_reference(clauses: Sequence[str]) -> str:
    """ "6.5, 6.6 дахь заалт"; the locative ending follows the last spoken number (6.8.1 дэх).

    Vowel harmony as in dates (domain §5): нэг, дөрөв, ес, дөч, ер take the front-vowel form.
    """
    last = last_clause_number(clauses[-1]) if clauses else 0
    ending = "дэх" if ordinal_suffix(last) == "дүгээр" else "дахь"
    return f"{', '.join(clauses)} {ending} заалт"


def _is_whole_day_start(moment: datetime, schedule: WorkSchedule) -> bool:
    return moment.time() <= schedule.day_starts


def _is_whole_day_end(moment: datetime, schedule: WorkSchedule) -> bool:
    return moment.time() >= schedule.day_ends


def _dated_moment(moment: datetime, *, with_year: bool) -> str:
    year = f"{moment.year} оны " if with_year else ""
    return f"{year}{month_phrase(moment.date())} {day_phrase(moment.date())} өдрийн {moment:%H:%M}"


def leave_period(starts_at: datetime, ends_at: datetime, schedule: WorkSchedule) -> str:
    """The leave's period in the official form, with clock times when it does not cover whole days.

    Whole days: "2026 оны 07 дугаар сарын 09-ний өдрөөс 07 дугаар сарын 16-ны өдөр хүртэл".
    Part of one day: "2026 оны 03 дугаар сарын 05-ны өдөр (09:00–13:00)".
    Otherwise: "2026 оны 03 дугаар сарын 05-ны өдрийн 14:00 цагаас 03 дугаар сарын 06-ны өдрийн
    12:00 цаг хүртэл".
    """
    first, last = starts_at.date(), ends_at.date()
    whole = _is_whole_day_start(starts_at, schedule) and _is_whole_day_end(ends_at, schedule)
    if first == last:
        times = "" if whole else f" ({starts_at:%H:%M}–{ends_at:%H:%M})"
        return official_date(first) + times
    if whole:
        return official_range(first, last)
    start = _dated_moment(starts_at, with_year=True)
    end = _dated_moment(ends_at, with_year=last.year != first.year)
    return f"{start} цагаас {end} цаг хүртэл"


def short_period(starts_at: datetime, ends_at: datetime) -> str:
    """ "11.03 09:00 – 11.05 18:00": the compact period a register row shows."""
    return f"{starts_at:%m.%d %H:%M} – {ends_at:%m.%d %H:%M}"


def order_length(minutes: int, minutes_per_day: int, duration: str) -> str:
    """ "6 ажлын өдрийн" for whole days, "5 ажлын өдөр 2 цаг хугацааны" otherwise (before "чөлөө")."""
    days, rest = divmod(minutes, minutes_per_day)
    return f"{days} ажлын өдрийн" if not rest else f"{duration} хугацааны"


def dotted_date(day: date) -> str:
    """ "2026.11.24": the short date beside a recorded recommendation."""
    return f"{day:%Y.%m.%d}"
