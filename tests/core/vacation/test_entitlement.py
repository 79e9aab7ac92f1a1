"""Labour Law art. 99 as the office applies it: base days, years-of-service bands, split parts."""

from __future__ import annotations

from datetime import date

import pytest

from core.i18n import _
from core.vacation.entitlement import LABOUR_LAW_BANDS, ServiceBand, VacationPolicy, check_parts, entitlement

LAW = VacationPolicy()
ON = date(2026, 3, 1)
ADULT = date(1985, 6, 1)


def career_of(years: int, months: int = 0) -> date:
    """A career start *years* and *months* before ON."""
    month = ON.month - months
    year = ON.year - years
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, ON.day)


@pytest.mark.parametrize(
    ("years", "months", "extra"),
    [
        (0, 7, 0),
        (5, 11, 0),  # 5y11m: not yet 6 years
        (6, 0, 3),
        (10, 0, 3),
        (10, 11, 3),
        (11, 0, 5),
        (15, 6, 5),
        (16, 0, 7),
        (21, 0, 9),
        (26, 0, 11),
        (31, 11, 11),
        (32, 0, 14),
        (40, 0, 14),
    ],
)
def test_additional_days_by_years_of_service(years: int, months: int, extra: int) -> None:
    got = entitlement(LAW, birth_date=ADULT, career_started_on=career_of(years, months), employed_since=None, on=ON)
    assert (got.years_of_service, got.extra_days, got.total_days) == (years, extra, 15 + extra)


def test_under_eighteen_and_disabled_employees_have_twenty_base_days() -> None:
    young = entitlement(LAW, birth_date=date(2008, 3, 2), career_started_on=None, employed_since=None, on=ON)
    assert young.total_days == 20  # 17 the day before the 18th birthday
    adult = entitlement(LAW, birth_date=date(2008, 3, 1), career_started_on=None, employed_since=None, on=ON)
    assert adult.total_days == 15
    disabled = entitlement(LAW, birth_date=ADULT, career_started_on=career_of(6), employed_since=None, on=ON,
                           has_disability=True)
    assert disabled.total_days == 23


def test_vacation_is_earned_after_six_months_of_work() -> None:
    fresh = entitlement(LAW, birth_date=ADULT, career_started_on=None, employed_since=date(2025, 9, 2), on=ON)
    assert not fresh.earned and fresh.total_days == 0
    six_months = entitlement(LAW, birth_date=ADULT, career_started_on=None, employed_since=date(2025, 9, 1), on=ON)
    assert six_months.earned and six_months.total_days == 15


def test_the_bands_are_office_data() -> None:
    generous = VacationPolicy(base_days=18, bands=(ServiceBand(3, None, 2), *LABOUR_LAW_BANDS[1:]))
    got = entitlement(generous, birth_date=ADULT, career_started_on=career_of(4), employed_since=None, on=ON)
    assert got.total_days == 20


def test_a_split_vacation_needs_one_part_of_ten_days() -> None:
    assert check_parts(LAW, [10, 5], remaining_days=18).is_valid
    assert check_parts(LAW, [15], remaining_days=15).is_valid
    refused = check_parts(LAW, [9, 9], remaining_days=18)
    assert [i.code for i in refused.issues] == ["no_long_part"]
    long_part = _("A vacation taken in parts needs one part of at least {days} working days.")
    assert refused.issues[0].message == long_part.format(days=10)


def test_more_days_than_left_are_refused() -> None:
    refused = check_parts(LAW, [12, 6], remaining_days=15)
    assert [i.code for i in refused.issues] == ["too_many_days"]
