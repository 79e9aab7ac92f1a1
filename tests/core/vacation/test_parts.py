"""A vacation split into parts keeps one part of at least 10 working days (Labour Law art. 99)."""

from __future__ import annotations

import pytest

from core.vacation.entitlement import VacationPolicy, check_next_part

POLICY = VacationPolicy()


@pytest.mark.parametrize(
    ("entitled", "earlier", "part", "code"),
    [
        (18, [], 9, "no_long_part"),  # 9 + 9: no part could reach 10
        (18, [], 8, None),  # 10 are left for the long part
        (24, [], 9, None),  # the remaining 15 can still be one long part
        (18, [], 18, None),  # all at once
        (15, [], 15, None),
        (18, [10], 3, None),  # once a long part exists, short parts are fine
        (18, [10], 8, None),
        (18, [10], 9, "too_many_days"),  # 8 are left
        (18, [5], 5, "no_long_part"),  # 8 left after it, and neither 5 reaches 10
        (18, [5], 13, None),
        (20, [5, 5], 10, None),
        (18, [], 19, "too_many_days"),
        (18, [], 0, "empty_part"),
        (8, [], 8, None),  # an entitlement under 10 taken whole is one part, not a split
        (8, [], 4, "no_long_part"),
    ],
)
def test_the_next_part(entitled: int, earlier: list[int], part: int, code: str | None) -> None:
    report = check_next_part(POLICY, earlier_parts=earlier, part=part, entitled_days=entitled)
    assert [issue.code for issue in report.issues] == ([code] if code else [])


def test_the_refusal_names_the_law_and_the_field() -> None:
    report = check_next_part(POLICY, earlier_parts=[], part=9, entitled_days=18, field="ends_at")
    (issue,) = report.issues
    assert issue.field == "ends_at"
    assert "99" in issue.message and "10" in issue.message


def test_an_office_with_a_shorter_long_part() -> None:
    policy = VacationPolicy(least_long_part_days=7)
    assert check_next_part(policy, earlier_parts=[], part=9, entitled_days=18).is_valid
