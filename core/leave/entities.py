"""Leave records: the slip (or order-form leave), calendar changes and the working day."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from core.i18n import N_
from core.leave.policy import LeavePolicy
from core.text import search_key


class LeaveKind(enum.StrEnum):
    PERSONAL = "personal"  # чөлөө for a justified reason, 6.4–6.6, 6.8
    CHILDCARE = "childcare"  # хүүхэд асрах чөлөө, 6.7 (Labour Law 102–106)
    VACATION = "vacation"  # ээлжийн амралт, 6.11 (Labour Law 99), always by the chief's order


LEAVE_KIND_LABELS: dict[LeaveKind, str] = {
    LeaveKind.PERSONAL: N_("Leave for a justified reason"),
    LeaveKind.CHILDCARE: N_("Childcare leave"),
    LeaveKind.VACATION: N_("Annual vacation"),
}


class SlipStatus(enum.StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    SIGNED = "signed"
    CLOSED = "closed"
    VOIDED = "voided"


SLIP_STATUS_LABELS: dict[SlipStatus, str] = {
    SlipStatus.DRAFT: N_("Draft"),
    SlipStatus.PRINTED: N_("Printed"),
    SlipStatus.SIGNED: N_("Signed"),
    SlipStatus.CLOSED: N_("Closed"),
    SlipStatus.VOIDED: N_("Void"),
}


class Approver(enum.StrEnum):
    """Who decides a leave (6.5), before acting officials are taken into account."""

    DEPARTMENT_HEAD = "department_head"
    CHIEF = "chief"
    SUPERIOR = "superior"  # the chief's own leave: the aimag Governor by default


class DocumentForm(enum.StrEnum):
    SLIP = "slip"  # чөлөөний хуудас
    ORDER = "order"  # тушаал


class PayDecision(enum.StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"


PAY_LABELS: dict[PayDecision, str] = {PayDecision.PAID: N_("Paid"), PayDecision.UNPAID: N_("Unpaid")}


def minute_of_day(moment: time) -> int:
    """Minutes since midnight: the unit every working-time sum is counted in."""
    return moment.hour * 60 + moment.minute


@dataclass(frozen=True, slots=True)
class WorkSchedule:
    """The office's working day (6.1); a setting, not a constant."""

    day_starts: time = time(9, 0)
    day_ends: time = time(18, 0)
    lunch_starts: time = time(13, 0)
    lunch_ends: time = time(14, 0)

    @property
    def minutes_per_day(self) -> int:
        return (minute_of_day(self.day_ends) - minute_of_day(self.day_starts)) - (
            minute_of_day(self.lunch_ends) - minute_of_day(self.lunch_starts)
        )


@dataclass(frozen=True, slots=True)
class CalendarChange:
    """A day the government or the Governor made working or non-working, with the decision."""

    day: date
    is_working: bool
    decision: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SlipNumber:
    """A slip's number: the year it was printed and its place in that year, "2026-0042"."""

    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.year}-{self.sequence:04d}"

    @classmethod
    def parse(cls, text: str) -> SlipNumber:
        """ "2026-0042" → SlipNumber(2026, 42).

        Raises:
            ValueError: *text* is not a year, a hyphen and a positive sequence number.
        """
        match = _FULL_NUMBER.match(text.strip())
        if match is None or int(match[2]) == 0:
            raise ValueError(text)
        return cls(int(match[1]), int(match[2]))


@dataclass(frozen=True, slots=True)
class LeaveSlip:
    """One leave of one employee, from the draft to its return.

    ``working_minutes`` is counted by the calendar when the slip is saved and kept, so a later
    change of the calendar does not silently rewrite a printed slip.
    """

    employee_id: int
    starts_at: datetime
    ends_at: datetime
    kind: LeaveKind = LeaveKind.PERSONAL
    reason_code: str = "6.8.1"
    reason_text: str = ""
    working_minutes: int = 0
    pay: PayDecision | None = None
    recommended_by: str = ""  # 6.4: the head's name as printed
    recommended_on: date | None = None
    #: The post and unit printed on the slip, taken when it is first printed, so a copy made
    #: after a transfer still says what the original said.
    position_title: str = ""
    department_name: str = ""
    #: The officials printed on the slip, taken with the post and unit when it is first printed
    #: (or its order recorded), so a copy names the approver and the recommending head of the
    #: original even after the chief, a head or an acting official changed. An empty
    #: ``approver_title`` means not taken yet (a draft); an empty ``recommender_title`` then
    #: means the approver decided alone (6.4).
    approver_role: str = ""  # an Approver value
    approver_title: str = ""
    approver_name: str = ""
    recommender_title: str = ""
    recommender_name: str = ""
    status: SlipStatus = SlipStatus.DRAFT
    number: SlipNumber | None = None
    printed_on: date | None = None
    print_count: int = 0
    signed_by: str = ""
    signed_on: date | None = None
    order_number: str = ""  # the chief's order, for leaves of the order form
    void_reason: str = ""
    returned_at: datetime | None = None
    overrun_minutes: int = 0  # 6.9: time beyond the end, counted as absence
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None
    #: The year a vacation is taken for (a part of last year's may fall in January); None for
    #: other kinds, and a vacation without one is counted in the year it starts.
    vacation_year: int | None = None

    @property
    def counted_vacation_year(self) -> int:
        return self.vacation_year if self.vacation_year is not None else self.starts_at.year


@dataclass(frozen=True, slots=True)
class LeaveSettings:
    """The office's working day (6.1) and its reading of section 6, stored in the database."""

    schedule: WorkSchedule = field(default_factory=WorkSchedule)
    policy: LeavePolicy = field(default_factory=LeavePolicy)


@dataclass(frozen=True, slots=True)
class SlipPrint:
    """One printing of a numbered slip; every print after the first is a copy (ХУУЛБАР)."""

    slip_id: int
    printed_at: datetime
    is_copy: bool
    id: int | None = None


@dataclass(frozen=True, slots=True)
class SlipFilter:
    """What the slip list shows: all fields are optional and combine with AND.

    ``year`` and ``month`` select leaves overlapping that month (``month`` needs ``year``);
    ``department_ids`` lists units whose current staff are shown; ``search`` matches a
    slip number ("2026-0042", "42") or part of a name, case-insensitively for Cyrillic.
    """

    year: int | None = None
    month: int | None = None
    department_ids: tuple[int, ...] = ()
    status: SlipStatus | None = None
    kind: LeaveKind | None = None
    employee_id: int | None = None
    search: str = ""

    def period(self) -> tuple[datetime, datetime] | None:
        """The chosen month (or year, without a month) as [start, end), or None."""
        if self.year is None:
            return None
        if self.month is None:
            return datetime(self.year, 1, 1), datetime(self.year + 1, 1, 1)
        return month_bounds(self.year, self.month)

    def search_terms(self) -> SlipSearch:
        """What ``search`` asks for: a number ("2026-0042", "0042") or a piece of a name."""
        text = self.search.strip()
        if match := _FULL_NUMBER.match(text):
            return SlipSearch(int(match[1]), int(match[2]), "")
        if text.isdigit() and len(text) <= _SEQUENCE_DIGITS:
            return SlipSearch(None, int(text), "")
        return SlipSearch(None, None, search_key(text))


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The month as [its first midnight, the next month's first midnight)."""
    return datetime(year, month, 1), datetime(year + month // 12, month % 12 + 1, 1)


_FULL_NUMBER = re.compile(r"^(\d{4})\s*-\s*(\d{1,6})$")
_SEQUENCE_DIGITS = 6


@dataclass(frozen=True, slots=True)
class SlipSearch:
    """A parsed search: the number's parts, or the folded text matched against names."""

    year: int | None
    sequence: int | None
    name_key: str


@dataclass(frozen=True, slots=True)
class LeaveSlipListItem:
    """One row of the slip list: only what the list shows, read without loading whole slips."""

    id: int
    number: SlipNumber | None
    employee_id: int
    employee_name: str  # patronymic and given name, as lists show it
    department_name: str  # the employee's current unit
    kind: LeaveKind
    status: SlipStatus
    starts_at: datetime
    ends_at: datetime
    working_minutes: int
    pay: PayDecision | None
    order_number: str = ""  # for a leave given by order (6.5), which has no slip number
