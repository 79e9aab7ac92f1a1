"""The official date grammar (domain §5), month by month and day by day."""

from __future__ import annotations

from datetime import date

import pytest

from core.official_dates import article_reference, genitive_suffix, official_date, official_range, ordinal_suffix

MONTHS = {1: "дүгээр", 2: "дугаар", 3: "дугаар", 4: "дүгээр", 5: "дугаар", 6: "дугаар", 7: "дугаар",
          8: "дугаар", 9: "дүгээр", 10: "дугаар", 11: "дүгээр", 12: "дугаар"}
FRONT_DAYS = {1, 4, 9, 11, 14, 19, 21, 24, 29, 31}


@pytest.mark.parametrize(("month", "suffix"), sorted(MONTHS.items()))
def test_month_ordinals(month: int, suffix: str) -> None:
    assert ordinal_suffix(month) == suffix


@pytest.mark.parametrize("day", range(1, 32))
def test_day_genitives(day: int) -> None:
    assert genitive_suffix(day) == ("ний" if day in FRONT_DAYS else "ны")


@pytest.mark.parametrize(("number", "suffix"), [(40, "дүгээр"), (90, "дүгээр"), (99, "дүгээр"), (100, "дугаар"),
                                                (20, "дугаар"), (102, "дугаар"), (104, "дүгээр")])
def test_tens_follow_the_last_spoken_word(number: int, suffix: str) -> None:
    assert ordinal_suffix(number) == suffix


def test_the_seed_date_in_correct_form() -> None:
    assert official_date(date(2023, 4, 11)) == "2023 оны 04 дүгээр сарын 11-ний өдөр"


def test_a_range_within_a_year() -> None:
    assert official_range(date(2026, 7, 9), date(2026, 7, 16)) == (
        "2026 оны 07 дугаар сарын 09-ний өдрөөс 07 дугаар сарын 16-ны өдөр хүртэл")


def test_a_range_across_the_new_year_repeats_the_year() -> None:
    assert official_range(date(2026, 12, 30), date(2027, 1, 4)) == (
        "2026 оны 12 дугаар сарын 30-ны өдрөөс 2027 оны 01 дүгээр сарын 04-ний өдөр хүртэл")


def test_article_of_a_law() -> None:
    assert article_reference(99) == "99 дүгээр зүйл"
