"""A job description's body as JSON: the storage format of ``job_descriptions.body``.

A version is written and read whole and its nested lists are never queried, so the five
sections are one JSON document rather than six child tables: saving a version is one row,
the printed order is the stored order, and an approved version cannot be half-changed.
The columns the lists and the rules query (position, version, status, dates) stay real
columns beside it. ``FORMAT`` is bumped, with a reader for the old one, if the shape changes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from core.job_description.entities import PARTICIPATION_ORDER as _ORDER
from core.job_description.entities import (
    Decision,
    Endorsement,
    Experience,
    GeneralInfo,
    JobDescription,
    JobFunction,
    Objective,
    Participation,
    Profession,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    Subordinate,
)

FORMAT = 1


class BodyFormatError(ValueError):
    """The stored body is not a job description this build can read."""


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_day(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BodyFormatError(f"a date is stored as {type(value).__name__}")
    return date.fromisoformat(value)


def _general(general: GeneralInfo) -> dict[str, Any]:
    return {
        "grounds": list(general.grounds),
        "law_name": general.law_name,
        "law_date": _day(general.law_date),
        "effective_on": _day(general.effective_on),
        "approved_on": _day(general.approved_on),
        "organisation": general.organisation,
        "unit": general.unit,
        "position_title": general.position_title,
        "classification": general.classification,
        "working_hours": general.working_hours,
        "workplace_address": general.workplace_address,
        "working_conditions": general.working_conditions,
        "special_conditions": general.special_conditions,
    }


def _decision(decision: Decision) -> dict[str, Any]:
    return {
        "organisation": decision.organisation,
        "decided_on": _day(decision.decided_on),
        "number": decision.number,
        "official_title": decision.official_title,
        "official_name": decision.official_name,
    }


def encode_body(description: JobDescription) -> str:
    """The five sections as compact JSON (Cyrillic kept readable for anyone opening the file)."""
    requirements = description.requirements
    experience = requirements.experience
    drafted = description.endorsement.drafted_by
    body = {
        "format": FORMAT,
        "general": _general(description.general),
        "purpose": description.purpose,
        "objectives": [
            {
                "text": objective.text,
                "functions": [
                    {
                        "text": function.text,
                        "criterion": function.criterion,
                        "participation": [code.value for code in _ORDER if code in function.participation],
                    }
                    for function in objective.functions
                ],
            }
            for objective in description.objectives
        ],
        "requirements": {
            "education": requirements.education,
            "professions": [{"name": p.name, "codes": list(p.codes)} for p in requirements.professions],
            "qualification": requirements.qualification,
            "experience": {
                "civil_service_years": experience.civil_service_years,
                "rank_years": experience.rank_years,
                "rank_phrase": experience.rank_phrase,
                "other": experience.other,
            },
            "skills": [{"area": area.value, "lines": list(lines)} for area, lines in requirements.skills],
        },
        "relations": {
            "reports_to": description.relations.reports_to,
            "subordinates": [{"title": s.title, "count": s.count} for s in description.relations.subordinates],
            "other_parties": list(description.relations.other_parties),
        },
        "endorsement": {
            "drafted_by": {"title": drafted.title, "name": drafted.name, "signed_on": _day(drafted.signed_on)},
            "review": _decision(description.endorsement.review),
            "approval": _decision(description.endorsement.approval),
        },
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _str(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise BodyFormatError(f"{key} is stored as {type(value).__name__}")
    return value


def _int_or_none(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise BodyFormatError(f"{key} is stored as {type(value).__name__}")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BodyFormatError("a list of lines is not a list of strings")
    return tuple(value)


def _decode_general(data: dict[str, Any]) -> GeneralInfo:
    return GeneralInfo(
        grounds=_strings(data.get("grounds", [])),
        law_name=_str(data, "law_name"),
        law_date=_parse_day(data.get("law_date")),
        effective_on=_parse_day(data.get("effective_on")),
        approved_on=_parse_day(data.get("approved_on")),
        organisation=_str(data, "organisation"),
        unit=_str(data, "unit"),
        position_title=_str(data, "position_title"),
        classification=_str(data, "classification"),
        working_hours=_str(data, "working_hours"),
        workplace_address=_str(data, "workplace_address"),
        working_conditions=_str(data, "working_conditions"),
        special_conditions=_str(data, "special_conditions"),
    )


def _decode_objectives(data: list[dict[str, Any]]) -> tuple[Objective, ...]:
    return tuple(
        Objective(
            _str(objective, "text"),
            tuple(
                JobFunction(
                    _str(function, "text"),
                    _str(function, "criterion"),
                    frozenset(Participation(code) for code in _strings(function.get("participation", []))),
                )
                for function in objective.get("functions", [])
            ),
        )
        for objective in data
    )


def _decode_requirements(data: dict[str, Any]) -> Requirements:
    experience = data.get("experience", {})
    return Requirements(
        education=_str(data, "education"),
        professions=tuple(
            Profession(_str(p, "name"), _strings(p.get("codes", []))) for p in data.get("professions", [])
        ),
        qualification=_str(data, "qualification"),
        experience=Experience(
            civil_service_years=_int_or_none(experience, "civil_service_years"),
            rank_years=_int_or_none(experience, "rank_years"),
            rank_phrase=_str(experience, "rank_phrase"),
            other=_str(experience, "other"),
        ),
        skills=tuple((SkillArea(s["area"]), _strings(s.get("lines", []))) for s in data.get("skills", [])),
    )


def _decode_relations(data: dict[str, Any]) -> Relations:
    return Relations(
        reports_to=_str(data, "reports_to"),
        subordinates=tuple(
            Subordinate(_str(s, "title"), _int_or_none(s, "count") or 0) for s in data.get("subordinates", [])
        ),
        other_parties=_strings(data.get("other_parties", [])),
    )


def _decode_decision(data: dict[str, Any]) -> Decision:
    return Decision(
        organisation=_str(data, "organisation"),
        decided_on=_parse_day(data.get("decided_on")),
        number=_str(data, "number"),
        official_title=_str(data, "official_title"),
        official_name=_str(data, "official_name"),
    )


def decode_body(text: str) -> dict[str, Any]:
    """The sections of a stored body as keyword arguments of :class:`JobDescription`.

    Raises:
        BodyFormatError: the text is not JSON of a format this build reads.
    """
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise BodyFormatError(f"unknown job description format {data.get('format')!r}")
        endorsement = data.get("endorsement", {})
        drafted = endorsement.get("drafted_by", {})
        return {
            "general": _decode_general(data.get("general", {})),
            "purpose": _str(data, "purpose"),
            "objectives": _decode_objectives(data.get("objectives", [])),
            "requirements": _decode_requirements(data.get("requirements", {})),
            "relations": _decode_relations(data.get("relations", {})),
            "endorsement": Endorsement(
                drafted_by=Signer(_str(drafted, "title"), _str(drafted, "name"), _parse_day(drafted.get("signed_on"))),
                review=_decode_decision(endorsement.get("review", {})),
                approval=_decode_decision(endorsement.get("approval", {})),
            ),
        }
    except BodyFormatError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise BodyFormatError(str(error)) from error
