"""Checks on a job description, naming the field (or the tree row) each problem belongs to.

Two strictnesses: a draft may be saved unfinished (the completeness rules are warnings, so
a half-typed description is never lost), while approving it turns them into errors. Broken
values (a date order that cannot be, a code that is not ISCED-F, text over the limit) are
errors either way.

Field names are paths the editor understands: ``general.effective_on``,
``objectives.2`` (the third objective), ``objectives.2.functions.0.criterion``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from core.i18n import _
from core.job_description.entities import JobDescription, Profession, Subordinate
from core.validation import NOTE_MAX, TITLE_MAX, Severity, ValidationIssue, ValidationReport

#: A function, an objective or a skill line is a sentence or a short paragraph.
ENTRY_MAX = 2000
#: The purpose is a paragraph.
PURPOSE_MAX = 4000
MAX_YEARS = 50
MAX_SUBORDINATES = 9999
#: ISCED-F 2013 codes are 4 (narrow field) to 6 (Mongolian detailed list) digits.
_ISCED = re.compile(r"^\d{4,6}$")


def function_field(objective: int, function: int, part: str = "") -> str:
    """The field path of a function, or of one of its parts ("criterion", "participation")."""
    path = f"objectives.{objective}.functions.{function}"
    return f"{path}.{part}" if part else path


class _Issues:
    def __init__(self, *, strict: bool) -> None:
        self.items: list[ValidationIssue] = []
        self._strict = strict

    def error(self, field: str, code: str, message: str) -> None:
        self.items.append(ValidationIssue(field, code, message))

    def incomplete(self, field: str, code: str, message: str) -> None:
        """A missing part: a warning while drafting, an error when approving."""
        severity = Severity.ERROR if self._strict else Severity.WARNING
        self.items.append(ValidationIssue(field, code, message, severity))

    def limit(self, field: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.error(
                field,
                "too_long",
                _("At most {limit} characters ({length} typed).").format(limit=limit, length=len(value)),
            )


def _general(jd: JobDescription, issues: _Issues) -> None:
    general = jd.general
    if not general.position_title.strip():
        issues.error("general.position_title", "required", _("Write the position's title."))
    for name in ("organisation", "unit", "position_title", "classification", "working_hours", "law_name"):
        issues.limit(f"general.{name}", getattr(general, name), TITLE_MAX)
    for name in ("workplace_address", "working_conditions", "special_conditions"):
        issues.limit(f"general.{name}", getattr(general, name), NOTE_MAX)
    for index, ground in enumerate(general.grounds):
        issues.limit(f"general.grounds.{index}", ground, NOTE_MAX)
    if not general.organisation.strip():
        issues.incomplete("general.organisation", "required", _("Write the organisation's name."))
    if general.effective_on is None:
        issues.incomplete("general.effective_on", "required", _("Give the date the description applies from."))
    if not general.grounds:
        issues.incomplete("general.grounds", "required", _("Tick at least one ground for drafting the description."))
    if general.law_date is not None and general.effective_on is not None and general.law_date > general.effective_on:
        issues.error(
            "general.effective_on",
            "before_law",
            _("The description cannot apply before the law it follows ({law:%Y-%m-%d}).").format(law=general.law_date),
        )


def _objectives(jd: JobDescription, issues: _Issues) -> None:
    issues.limit("purpose", jd.purpose, PURPOSE_MAX)
    if not jd.purpose.strip():
        issues.incomplete("purpose", "required", _("Write the position's purpose."))
    if not jd.objectives:
        issues.incomplete("objectives", "required", _("Add at least one objective."))
    for o, objective in enumerate(jd.objectives):
        field = f"objectives.{o}"
        issues.limit(field, objective.text, ENTRY_MAX)
        if not objective.text.strip():
            issues.incomplete(field, "required", _("Objective {number} has no text.").format(number=o + 1))
        if not objective.functions:
            issues.incomplete(
                field, "no_functions", _("Objective {number} has no functions; add at least one.").format(number=o + 1)
            )
        for f, function in enumerate(objective.functions):
            label = f"{o + 1}.{f + 1}"
            issues.limit(function_field(o, f), function.text, ENTRY_MAX)
            issues.limit(function_field(o, f, "criterion"), function.criterion, ENTRY_MAX)
            if not function.text.strip():
                issues.incomplete(
                    function_field(o, f), "required", _("Function {label} has no text.").format(label=label)
                )
            if not function.criterion.strip():
                issues.incomplete(
                    function_field(o, f, "criterion"),
                    "no_criterion",
                    _("Function {label} has no performance criterion.").format(label=label),
                )
            if not function.participation:
                issues.incomplete(
                    function_field(o, f, "participation"),
                    "no_participation",
                    _("Function {label} has no participation code (Т, Г, Х, Ш).").format(label=label),
                )


def _professions(professions: tuple[Profession, ...], issues: _Issues) -> None:
    for index, profession in enumerate(professions):
        field = f"requirements.professions.{index}"
        issues.limit(field, profession.name, TITLE_MAX)
        if not profession.name.strip():
            issues.error(field, "required", _("Profession {number} has no name.").format(number=index + 1))
        for code in profession.codes:
            if not _ISCED.match(code):
                issues.error(
                    field,
                    "isced",
                    _("“{code}” is not an ISCED-F field code: write 4 to 6 digits, such as 0613 or 041303.").format(
                        code=code
                    ),
                )


def _requirements(jd: JobDescription, issues: _Issues) -> None:
    requirements = jd.requirements
    issues.limit("requirements.education", requirements.education, NOTE_MAX)
    issues.limit("requirements.qualification", requirements.qualification, NOTE_MAX)
    if not requirements.education.strip():
        issues.incomplete("requirements.education", "required", _("Write the education the position requires."))
    _professions(requirements.professions, issues)
    experience = requirements.experience
    for name, years in (("civil_service_years", experience.civil_service_years), ("rank_years", experience.rank_years)):
        if years is not None and not 0 <= years <= MAX_YEARS:
            issues.error(
                f"requirements.experience.{name}",
                "range",
                _("Write a number of years from 0 to {most}.").format(most=MAX_YEARS),
            )
    if (
        experience.civil_service_years is not None
        and experience.rank_years is not None
        and experience.rank_years > experience.civil_service_years
    ):
        issues.error(
            "requirements.experience.rank_years",
            "more_than_service",
            _("Years at a rank are part of the years in civil service and cannot exceed them."),
        )
    issues.limit("requirements.experience.rank_phrase", experience.rank_phrase, TITLE_MAX)
    issues.limit("requirements.experience.other", experience.other, NOTE_MAX)
    for area, lines in requirements.skills:
        for index, line in enumerate(lines):
            issues.limit(f"requirements.skills.{area.value}.{index}", line, ENTRY_MAX)


def _subordinates(subordinates: tuple[Subordinate, ...], issues: _Issues) -> None:
    for index, subordinate in enumerate(subordinates):
        field = f"relations.subordinates.{index}"
        issues.limit(field, subordinate.title, TITLE_MAX)
        if not subordinate.title.strip():
            issues.error(field, "required", _("Subordinate position {number} has no title.").format(number=index + 1))
        if not 1 <= subordinate.count <= MAX_SUBORDINATES:
            issues.error(field, "count", _("Write how many posts, from 1 to {most}.").format(most=MAX_SUBORDINATES))


def _relations(jd: JobDescription, issues: _Issues) -> None:
    issues.limit("relations.reports_to", jd.relations.reports_to, TITLE_MAX)
    _subordinates(jd.relations.subordinates, issues)
    for index, party in enumerate(jd.relations.other_parties):
        issues.limit(f"relations.other_parties.{index}", party, NOTE_MAX)


def _not_after(issues: _Issues, field: str, earlier: date | None, later: date | None, message: str) -> None:
    if earlier is not None and later is not None and earlier > later:
        issues.error(field, "date_order", message)


def _endorsement(jd: JobDescription, issues: _Issues) -> None:
    endorsement = jd.endorsement
    for prefix, value in (
        ("drafted_by.title", endorsement.drafted_by.title),
        ("drafted_by.name", endorsement.drafted_by.name),
        ("review.organisation", endorsement.review.organisation),
        ("review.number", endorsement.review.number),
        ("approval.organisation", endorsement.approval.organisation),
        ("approval.number", endorsement.approval.number),
        ("approval.official_title", endorsement.approval.official_title),
        ("approval.official_name", endorsement.approval.official_name),
    ):
        issues.limit(f"endorsement.{prefix}", value, TITLE_MAX)
    approved = endorsement.approval.decided_on
    _not_after(
        issues,
        "endorsement.approval.decided_on",
        endorsement.review.decided_on,
        approved,
        _("The approval cannot come before the reviewing body's decision."),
    )
    _not_after(
        issues,
        "endorsement.approval.decided_on",
        endorsement.drafted_by.signed_on,
        approved,
        _("The description cannot be approved before it was drafted."),
    )
    if approved is not None and jd.general.approved_on is not None and approved != jd.general.approved_on:
        issues.items.append(
            ValidationIssue(
                "general.approved_on",
                "differs",
                _("The approval date in section I differs from the approving decision's date in section V."),
                Severity.WARNING,
            )
        )


_CHECKS: tuple[Callable[[JobDescription, _Issues], None], ...] = (
    _general,
    _objectives,
    _requirements,
    _relations,
    _endorsement,
)


def validate_description(jd: JobDescription, *, for_approval: bool = False) -> ValidationReport:
    """Problems of *jd*; with *for_approval* a missing part is an error rather than a warning."""
    issues = _Issues(strict=for_approval)
    for check in _CHECKS:
        check(jd, issues)
    return ValidationReport(tuple(issues.items))
