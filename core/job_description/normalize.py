"""Tidy a description the way every other record is tidied at the edge (NFC, trimmed spaces).

Blank lines of the line-by-line lists (grounds, skills, other parties, professions) are
dropped: an empty line is no entry. Blank objectives and functions are kept, so validation
can point at them instead of the editor losing a row the user added.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from core.job_description.entities import (
    JobDescription,
    JobFunction,
    Objective,
    Profession,
    Relations,
    Requirements,
    Subordinate,
)
from core.text import clean

T = TypeVar("T")


def _clean_strings(value: T) -> T:
    """Every ``str`` field of a flat dataclass cleaned."""
    assert is_dataclass(value) and not isinstance(value, type)
    changes: dict[str, Any] = {
        f.name: clean(getattr(value, f.name)) for f in fields(value) if isinstance(getattr(value, f.name), str)
    }
    return replace(value, **changes)


def _lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(line for line in (clean(x) for x in lines) if line)


def _requirements(requirements: Requirements) -> Requirements:
    professions = tuple(
        Profession(clean(p.name), tuple(code for code in (clean(c) for c in p.codes) if code))
        for p in requirements.professions
        if clean(p.name) or any(clean(c) for c in p.codes)
    )
    return replace(
        _clean_strings(requirements),
        professions=professions,
        experience=_clean_strings(requirements.experience),
        skills=tuple((area, _lines(lines)) for area, lines in requirements.skills),
    )


def _relations(relations: Relations) -> Relations:
    return replace(
        _clean_strings(relations),
        subordinates=tuple(Subordinate(clean(s.title), s.count) for s in relations.subordinates),
        other_parties=_lines(relations.other_parties),
    )


def normalize_description(description: JobDescription) -> JobDescription:
    endorsement = description.endorsement
    return replace(
        description,
        general=replace(_clean_strings(description.general), grounds=_lines(description.general.grounds)),
        purpose=clean(description.purpose),
        objectives=tuple(
            Objective(
                clean(o.text),
                tuple(JobFunction(clean(f.text), clean(f.criterion), f.participation) for f in o.functions),
            )
            for o in description.objectives
        ),
        requirements=_requirements(description.requirements),
        relations=_relations(description.relations),
        endorsement=replace(
            endorsement,
            drafted_by=_clean_strings(endorsement.drafted_by),
            review=_clean_strings(endorsement.review),
            approval=_clean_strings(endorsement.approval),
        ),
    )
