"""Step dates, the rating scale and what a poor rating leads to (12.2, 12.8, 13.1, 13.4.2)."""

from __future__ import annotations

from datetime import date

import pytest

from core.i18n import _
from core.performance.calendar import deadlines_for_year
from core.performance.entities import ContractStatus, Evaluation, PerformanceContract
from core.performance.policy import ContractStep, PerformancePolicy
from core.performance.rules import allowed_dates, missing_count, sanction_grounds, validate_step

POLICY = PerformancePolicy()
TODAY = date(2027, 3, 1)
CONCLUDED = PerformanceContract(employee_id=1, year=2026, concluded_on=date(2025, 12, 18))


def test_the_scale_is_the_regulations_words_with_the_poor_ratings_tied_to_their_clauses() -> None:
    assert [r.label for r in POLICY.ratings] == ["Маш сайн", "Сайн", "Дутагдалтай", "Хангалтгүй"]
    assert [r.code for r in POLICY.ratings if r.is_poor] == ["deficient", "unsatisfactory"]
    assert POLICY.bonus_max_percent == 40 and POLICY.bonus_clause == "12.2"


@pytest.mark.parametrize(
    ("half", "year_end", "grounds"),
    [
        (None, None, ()),
        ("very_good", "good", ()),
        ("deficient", None, ("12.8", "13.1-4")),
        ("good", "unsatisfactory", ("12.8", "13.4.2")),
        ("deficient", "unsatisfactory", ("12.8", "13.1-4", "13.4.2")),
    ],
)
def test_a_poor_rating_is_marked_with_its_clauses(
    half: str | None, year_end: str | None, grounds: tuple[str, ...]
) -> None:
    def evaluation(code: str | None) -> Evaluation | None:
        return Evaluation(code, date(2026, 6, 30), "Б.Болд") if code else None

    contract = PerformanceContract(
        employee_id=1,
        year=2026,
        concluded_on=date(2025, 12, 18),
        half_year=evaluation(half),
        year_end=evaluation(year_end),
    )
    assert sanction_grounds(contract, POLICY) == grounds


@pytest.mark.parametrize(
    ("contract", "status"),
    [
        (PerformanceContract(employee_id=1, year=2026), ContractStatus.DRAFT),
        (CONCLUDED, ContractStatus.CONCLUDED),
        (
            PerformanceContract(
                employee_id=1, year=2026, concluded_on=date(2025, 12, 18), half_year_report_on=date(2026, 6, 19)
            ),
            ContractStatus.HALF_YEAR_REPORTED,
        ),
        (
            PerformanceContract(
                employee_id=1, year=2026, concluded_on=date(2025, 12, 18), year_report_on=date(2026, 12, 19)
            ),
            ContractStatus.YEAR_REPORTED,
        ),
        (
            PerformanceContract(
                employee_id=1,
                year=2026,
                concluded_on=date(2025, 12, 18),
                year_end=Evaluation("good", date(2026, 12, 24), "Б.Болд"),
            ),
            ContractStatus.EVALUATED,
        ),
    ],
)
def test_the_status_follows_the_dates(contract: PerformanceContract, status: ContractStatus) -> None:
    assert contract.status is status


@pytest.mark.parametrize(
    ("step", "first", "last"),
    [
        (ContractStep.CONCLUDED, date(2025, 1, 1), date(2026, 12, 31)),
        (ContractStep.HALF_YEAR_REPORT, date(2026, 1, 1), date(2026, 12, 31)),
        (ContractStep.YEAR_REPORT, date(2026, 7, 1), date(2027, 12, 31)),
        (ContractStep.HALF_YEAR_EVALUATION, date(2026, 1, 1), date(2027, 12, 31)),
        (ContractStep.YEAR_EVALUATION, date(2026, 7, 1), date(2027, 12, 31)),
    ],
)
def test_each_step_has_its_range(step: ContractStep, first: date, last: date) -> None:
    assert allowed_dates(CONCLUDED, step) == (first, last)


def test_no_step_goes_before_the_one_before_it() -> None:
    late = PerformanceContract(employee_id=1, year=2026, concluded_on=date(2026, 2, 10))
    assert allowed_dates(late, ContractStep.HALF_YEAR_REPORT)[0] == date(2026, 2, 10)


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(2026, 6, 19), None),
        (date(2026, 1, 1), None),
        (date(2025, 12, 31), "out_of_range"),
        (date(2027, 1, 1), "out_of_range"),
        (date(2027, 3, 2), "future"),
    ],
)
def test_half_year_report_dates(on: date, code: str | None) -> None:
    report = validate_step(CONCLUDED, ContractStep.HALF_YEAR_REPORT, on, today=TODAY, policy=POLICY)
    assert [i.code for i in report.for_field("on")] == ([code] if code else [])


def test_an_out_of_range_date_says_the_range() -> None:
    report = validate_step(CONCLUDED, ContractStep.HALF_YEAR_REPORT, date(2025, 12, 31), today=TODAY, policy=POLICY)
    expected = _("The date must be from {first} to {last}.").format(first="2026-01-01", last="2026-12-31")
    assert report.for_field("on")[0].message == expected


def test_an_evaluation_needs_a_rating_of_the_scale_and_the_evaluator() -> None:
    report = validate_step(
        CONCLUDED,
        ContractStep.YEAR_EVALUATION,
        date(2026, 12, 24),
        today=TODAY,
        rating="excellent",
        evaluator=" ",
        policy=POLICY,
    )
    assert [(i.field, i.code) for i in report.issues] == [("rating", "required"), ("evaluator", "required")]
    ok = validate_step(
        CONCLUDED,
        ContractStep.YEAR_EVALUATION,
        date(2026, 12, 24),
        today=TODAY,
        rating="good",
        evaluator="Б.Болд",
        policy=POLICY,
    )
    assert ok.is_valid


def test_missing_counts_employees_without_the_step_including_those_without_a_contract() -> None:
    by_clause = {d.clause: d for d in deadlines_for_year(2025, POLICY) if d.due_on.month == 12}
    contracts = [
        CONCLUDED,
        PerformanceContract(employee_id=2, year=2026),
        PerformanceContract(employee_id=3, year=2025, concluded_on=date(2024, 12, 20)),
    ]
    assert missing_count(by_clause["7.1"], contracts, [1, 2, 3, 4]) == 3  # 2 is a draft; 3 and 4 have none
    assert missing_count(by_clause["7.3"], contracts, [1, 2, 3, 4]) == 4  # nobody reported 2025's year
    assert missing_count(by_clause["7.4"], contracts, [1, 2, 3, 4]) == 0  # the manager's own report
