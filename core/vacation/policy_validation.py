"""Whether an office's vacation table makes sense before it is stored (issue 7).

The office may give more than the Labour Law (a collective agreement), so only the shape is
checked: no negative days, the service bands ascending, contiguous and without overlap, so
every year of service falls in at most one band and the table reads as the law's does.
"""

from __future__ import annotations

from core.i18n import _
from core.leave.validation import CLAUSE_MAX
from core.vacation.entitlement import ServiceBand, VacationPolicy
from core.validation import ValidationIssue, ValidationReport

#: More than a year of working days is a typing slip, not an agreement.
MAX_DAYS = 260
MAX_YEARS = 80
MAX_MONTHS = 24


def _bounded(field: str, value: int, top: int) -> ValidationIssue | None:
    if 0 <= value <= top:
        return None
    return ValidationIssue(field, "out_of_range", _("Enter a number from 0 to {top}.").format(top=top))


def _scalar_issues(policy: VacationPolicy) -> list[ValidationIssue]:
    checks = (
        _bounded("base_days", policy.base_days, MAX_DAYS),
        _bounded("protected_base_days", policy.protected_base_days, MAX_DAYS),
        _bounded("protected_below_age", policy.protected_below_age, MAX_YEARS),
        _bounded("earned_after_months", policy.earned_after_months, MAX_MONTHS),
        _bounded("least_long_part_days", policy.least_long_part_days, MAX_DAYS),
    )
    issues = [issue for issue in checks if issue is not None]
    if not issues and policy.protected_base_days < policy.base_days:
        issues.append(
            ValidationIssue(
                "protected_base_days",
                "below_base",
                _("The days for under-age and disabled employees cannot be fewer than the base days."),
            )
        )
    if not policy.clause.strip() or len(policy.clause) > CLAUSE_MAX:
        issues.append(ValidationIssue("clause", "clause", _("Give the clause number, e.g. 6.11.")))
    if policy.least_long_part_days == 0:
        issues.append(ValidationIssue("least_long_part_days", "out_of_range", _("A long part needs at least 1 day.")))
    return issues


def _band_issue(index: int, band: ServiceBand, previous: ServiceBand | None, is_last: bool) -> ValidationIssue | None:
    field = f"bands.{index}"
    if band.from_years < 0 or band.extra_days < 0 or band.extra_days > MAX_DAYS:
        return ValidationIssue(field, "negative", _("Years and days of a band cannot be negative or that large."))
    if band.to_years is not None and band.to_years < band.from_years:
        return ValidationIssue(field, "reversed", _("The band ends before it starts."))
    if band.to_years is None and not is_last:
        return ValidationIssue(field, "open_not_last", _("Only the last band can have no end."))
    if previous is None or previous.to_years is None:
        return None
    if band.from_years <= previous.to_years:
        return ValidationIssue(field, "overlap", _("This band overlaps the one above it."))
    if band.from_years != previous.to_years + 1:
        return ValidationIssue(
            field,
            "gap",
            _("This band should start at {years} years, right after the one above it.").format(
                years=previous.to_years + 1
            ),
        )
    return None


def _band_issues(bands: tuple[ServiceBand, ...]) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    for index, band in enumerate(bands):
        previous = bands[index - 1] if index else None
        issue = _band_issue(index, band, previous, index == len(bands) - 1)
        if issue is not None:
            issues.append(issue)
    for index in range(1, len(bands)):
        if not issues and bands[index].extra_days < bands[index - 1].extra_days:
            issues.append(
                ValidationIssue(
                    f"bands.{index}",
                    "descending",
                    _("Longer service cannot give fewer additional days than the band above it."),
                )
            )
    return issues


def validate_vacation_policy(policy: VacationPolicy) -> ValidationReport:
    """Every problem of the table, each on its field (``bands.N`` for the N-th band row)."""
    return ValidationReport(tuple(_scalar_issues(policy) + _band_issues(policy.bands)))
