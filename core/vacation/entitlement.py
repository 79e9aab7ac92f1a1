"""How many working days of annual vacation an employee has (Labour Law 2021, art. 99; domain §8).

The numbers are the law's, but an office may be under a collective agreement that gives more,
so they are a policy value with the law as the default, never constants in the rules.
Civil servants count their civil-service years from the career start date kept per employee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.dates import full_years_between
from core.i18n import _
from core.validation import ValidationIssue, ValidationReport


@dataclass(frozen=True, slots=True)
class ServiceBand:
    """Additional days for years of service from *from_years* up to *to_years* (None: no end)."""

    from_years: int
    to_years: int | None
    extra_days: int

    def covers(self, years: int) -> bool:
        return years >= self.from_years and (self.to_years is None or years <= self.to_years)


#: Art. 99 in normal working conditions: 6–10 years +3, 11–15 +5, 16–20 +7, 21–25 +9, 26–31 +11, 32+ +14.
LABOUR_LAW_BANDS: tuple[ServiceBand, ...] = (
    ServiceBand(6, 10, 3),
    ServiceBand(11, 15, 5),
    ServiceBand(16, 20, 7),
    ServiceBand(21, 25, 9),
    ServiceBand(26, 31, 11),
    ServiceBand(32, None, 14),
)


@dataclass(frozen=True, slots=True)
class VacationPolicy:
    """The office's vacation rules; the defaults are the Labour Law's."""

    base_days: int = 15
    #: For employees under 18 and people with disabilities.
    protected_base_days: int = 20
    protected_below_age: int = 18
    #: Vacation is earned after this many months of work.
    earned_after_months: int = 6
    bands: tuple[ServiceBand, ...] = field(default=LABOUR_LAW_BANDS)
    #: A vacation split into parts needs one part of at least this many working days.
    least_long_part_days: int = 10
    #: The internal regulation's clause on annual vacation (6.11: the March schedule, the chief's approval).
    clause: str = "6.11"


@dataclass(frozen=True, slots=True)
class Entitlement:
    """The working days of vacation one employee has for the year, and why."""

    base_days: int
    extra_days: int
    years_of_service: int
    earned: bool = True
    #: The longer base was given (under the protected age, or a disability).
    protected: bool = False

    @property
    def total_days(self) -> int:
        return self.base_days + self.extra_days if self.earned else 0


def completed_years(start: date, on: date) -> int:
    """Whole years from *start* to *on* (5 years 11 months is 5); none before *start*."""
    return max(0, full_years_between(start, on))


def _months_between(start: date, on: date) -> int:
    months = (on.year - start.year) * 12 + on.month - start.month
    return months if on.day >= start.day else months - 1


def entitlement(
    policy: VacationPolicy,
    *,
    birth_date: date,
    career_started_on: date | None,
    employed_since: date | None,
    on: date,
    has_disability: bool = False,
) -> Entitlement:
    """The entitlement on *on* (the day the vacation year is counted from).

    Args:
        career_started_on: Start of the years of service (civil service for civil servants);
            unknown counts as none, so no additional days are given by guess.
        employed_since: Start of work at the office, for the months before vacation is earned;
            unknown counts as earned (an employee of long standing whose date was never typed).
    """
    protected = has_disability or completed_years(birth_date, on) < policy.protected_below_age
    base = policy.protected_base_days if protected else policy.base_days
    years = completed_years(career_started_on, on) if career_started_on is not None else 0
    extra = next((band.extra_days for band in policy.bands if band.covers(years)), 0)
    earned = employed_since is None or _months_between(employed_since, on) >= policy.earned_after_months
    return Entitlement(base_days=base, extra_days=extra, years_of_service=years, earned=earned, protected=protected)


def check_parts(policy: VacationPolicy, parts: list[int], *, remaining_days: int) -> ValidationReport:
    """Whether a vacation may be taken in these parts (working days each)."""
    issues: list[ValidationIssue] = []
    if any(days <= 0 for days in parts):
        issues.append(ValidationIssue("parts", "empty_part", _("Every part of the vacation needs at least one day.")))
    if len(parts) > 1 and max(parts, default=0) < policy.least_long_part_days:
        issues.append(
            ValidationIssue(
                "parts",
                "no_long_part",
                _("A vacation taken in parts needs one part of at least {days} working days.").format(
                    days=policy.least_long_part_days
                ),
            )
        )
    if sum(parts) > remaining_days:
        issues.append(
            ValidationIssue(
                "parts",
                "too_many_days",
                _("{asked} working days asked, {left} left this year.").format(asked=sum(parts), left=remaining_days),
            )
        )
    return ValidationReport(tuple(issues))


def check_next_part(
    policy: VacationPolicy, *, earlier_parts: list[int], part: int, entitled_days: int, field: str = "parts"
) -> ValidationReport:
    """Whether one more part of *part* working days may be given, after *earlier_parts* of the same year.

    A part is refused when the year's days could no longer hold a part of
    ``least_long_part_days`` (Labour Law art. 99: a split vacation keeps one long part): with
    18 days a first part of 9 is refused (9 + 9), with 24 it is allowed (15 are left for the
    long part). Once a long part exists, short parts are fine.
    """
    remaining = entitled_days - sum(earlier_parts)
    if part <= 0:
        return _report(field, "empty_part", _("Every part of the vacation needs at least one day."))
    if part > remaining:
        message = _("{asked} working days asked, {left} left of this year's vacation (Labour Law, art. 99).")
        return _report(field, "too_many_days", message.format(asked=part, left=max(remaining, 0)))
    left_after = remaining - part
    split = bool(earlier_parts) or left_after > 0
    long_part = max([*earlier_parts, part]) >= policy.least_long_part_days
    if split and not long_part and left_after < policy.least_long_part_days:
        message = _(
            "A vacation taken in parts keeps one part of at least {days} working days (Labour Law, art. 99); "
            "after this part only {left} days would be left. Take a longer part."
        )
        return _report(field, "no_long_part", message.format(days=policy.least_long_part_days, left=left_after))
    return ValidationReport()


def _report(field: str, code: str, message: str) -> ValidationReport:
    return ValidationReport((ValidationIssue(field, code, message),))
