"""The old-age pension age by gender and birth year, as data.

domain.md gives no pension rule, so the defaults follow the Law on Pensions and Benefits from
the Social Insurance Fund as amended in 2017: 60 for men and 55 for women, rising for later
birth years by 3 months (men) and 6 months (women) a year until both reach 65. An office that
counts another schedule (or a new amendment) replaces :data:`OFFICE_PENSION_AGES`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from core.entities import Gender


@dataclass(frozen=True, slots=True)
class PensionAgeRule:
    """``base_years`` for people born up to ``last_base_year``; each later year adds ``step_months``."""

    base_years: int
    last_base_year: int
    step_months: int
    max_years: int = 65

    def age_months(self, birth_year: int) -> int:
        """The pension age of someone born in *birth_year*, in months."""
        later = max(0, birth_year - self.last_base_year)
        return min(self.base_years * 12 + later * self.step_months, self.max_years * 12)


OFFICE_PENSION_AGES: dict[Gender, PensionAgeRule] = {
    Gender.MALE: PensionAgeRule(base_years=60, last_base_year=1957, step_months=3),
    Gender.FEMALE: PensionAgeRule(base_years=55, last_base_year=1962, step_months=6),
}


def add_months_clamped(day: date, months: int) -> date:
    """*day* moved by *months*; a day the month lacks (29 February, 31st) becomes the month's last."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def pension_date(birth_date: date, gender: Gender, rules: dict[Gender, PensionAgeRule]) -> date:
    """The day someone born on *birth_date* reaches the pension age."""
    return add_months_clamped(birth_date, rules[gender].age_months(birth_date.year))
