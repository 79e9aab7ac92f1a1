"""Job description versions through the services: draft, approve, revise, copy, in force."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from core import services
from core.entities import Onboarding, Position, ServiceCategory
from core.i18n import _
from core.job_description.entities import DescriptionStatus
from core.validation import ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork
from tests.job_descriptions.seed_000 import approvable, seed_description

SAME_DATE_SOURCE = "Version {version} already applies from {day:%Y-%m-%d}; give this one its own date."
KEPT = "The position has job descriptions; they are kept for the record, so it cannot be deleted."


def still_a_draft(version: int) -> str:
    message = "Version {version} of this position's description is still a draft; finish or delete it first."
    return re.escape(_(message).format(version=version))


def same_date(version: int, day: date) -> str:
    return re.escape(_(SAME_DATE_SOURCE).format(version=version, day=day))


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    people = office_with_people(uow)
    people["specialist_post"] = services.save_position(
        uow,
        Position(
            title="Ахлах мэргэжилтэн",
            department_id=people["legal"].id,
            category=ServiceCategory.ADMINISTRATIVE,
            class_number=7,
            rank="ахлах түшмэл",
        ),
    )
    return people


def test_seed_saves_as_a_draft_and_reads_back_equal(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    saved = services.save_job_description(uow, seed_description(office["head_post"].id))
    assert saved.id is not None
    assert saved.version == 1
    assert saved.status is DescriptionStatus.DRAFT
    assert services.get_job_description(uow, saved.id) == replace(seed_description(office["head_post"].id), id=saved.id)


def test_a_draft_may_be_unfinished_but_approval_names_what_is_missing(
    uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    saved = services.save_job_description(uow, seed_description(office["head_post"].id))
    assert saved.id is not None
    with pytest.raises(ValidationError) as refused:
        services.approve_job_description(uow, saved.id)
    assert [i.field for i in refused.value.report.errors] == ["objectives.3.functions.4.participation"]
    assert "4.5" in refused.value.report.errors[0].message
    assert services.get_job_description(uow, saved.id).status is DescriptionStatus.DRAFT


def test_broken_values_are_refused_even_in_a_draft(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    seed = seed_description(office["head_post"].id)
    late_law = replace(seed, general=replace(seed.general, law_date=date(2022, 6, 1)))
    with pytest.raises(ValidationError) as refused:
        services.save_job_description(uow, late_law)
    assert refused.value.report.errors[0].field == "general.effective_on"
    assert services.list_job_descriptions(uow) == []


def test_approved_version_is_frozen_and_revised_as_a_new_draft(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    first = services.save_job_description(uow, approvable(seed_description(office["head_post"].id)))
    assert first.id is not None
    approved = services.approve_job_description(uow, first.id)
    assert approved.status is DescriptionStatus.APPROVED
    with pytest.raises(services.RefusedError):
        services.save_job_description(uow, replace(approved, purpose="Өөр зорилго."))
    with pytest.raises(services.RefusedError):
        services.delete_job_description_draft(uow, first.id)

    second = services.revise_job_description(uow, first.id)
    assert (second.version, second.status, second.based_on_id) == (2, DescriptionStatus.DRAFT, first.id)
    assert second.general.grounds == ()
    assert second.general.effective_on is None
    assert second.endorsement.review.number == ""
    assert second.objectives == approved.objectives
    assert services.get_job_description(uow, first.id) == approved  # the old one stays as it was
    with pytest.raises(
        services.RefusedError,
        match=re.escape(
            _("Version {version} of this position's description is still a draft; finish or delete it first.").format(
                version=2
            )
        ),
    ):
        services.revise_job_description(uow, first.id)


def test_version_in_force_follows_effective_dates(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    post = office["head_post"].id
    first = services.save_job_description(uow, approvable(seed_description(post)))
    assert first.id is not None
    services.approve_job_description(uow, first.id)
    second = services.revise_job_description(uow, first.id)
    assert second.id is not None
    second = services.save_job_description(
        uow,
        replace(
            second,
            general=replace(
                second.general, grounds=("Албан тушаалын чиг үүрэгт өөрчлөлт орсон",), effective_on=date(2025, 3, 1)
            ),
        ),
    )
    assert services.description_in_force(uow, post, date(2025, 2, 28)).id == first.id  # type: ignore[union-attr]
    assert services.description_in_force(uow, post, date(2025, 3, 1)).id == first.id  # type: ignore[union-attr]
    assert second.id is not None
    services.approve_job_description(uow, second.id)
    assert services.description_in_force(uow, post, date(2025, 3, 1)).id == second.id  # type: ignore[union-attr]
    assert services.description_in_force(uow, post, date(2021, 12, 31)) is None
    assert [s.version for s in services.description_versions(uow, post)] == [1, 2]


def test_two_approved_versions_cannot_share_an_effective_date(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    first = services.save_job_description(uow, approvable(seed_description(office["head_post"].id)))
    assert first.id is not None
    services.approve_job_description(uow, first.id)
    second = services.revise_job_description(uow, first.id)
    second = services.save_job_description(
        uow,
        replace(second, general=replace(second.general, grounds=first.general.grounds, effective_on=date(2022, 1, 1))),
    )
    assert second.id is not None
    with pytest.raises(services.RefusedError, match=same_date(1, date(2022, 1, 1))):
        services.approve_job_description(uow, second.id)


def test_starting_from_another_positions_description(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    source = services.save_job_description(uow, seed_description(office["head_post"].id))
    assert source.id is not None
    copy = services.copy_job_description(uow, source.id, office["specialist_post"].id)
    assert copy.position_id == office["specialist_post"].id
    assert (copy.version, copy.based_on_id, copy.status) == (1, source.id, DescriptionStatus.DRAFT)
    assert copy.general.position_title == "Ахлах мэргэжилтэн"
    assert copy.general.unit == "Хууль, эрх зүйн хэлтэс"
    assert copy.general.organisation == "Архангай аймгийн Засаг даргын Тамгын газар"
    assert copy.general.classification == "Ахлах түшмэл, ТЗ-7"
    assert copy.relations.reports_to == "Хууль, эрх зүйн хэлтсийн дарга"
    assert copy.objectives == source.objectives


def test_one_draft_per_position(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_job_description(uow, seed_description(office["head_post"].id))
    with pytest.raises(
        services.RefusedError,
        match=re.escape(
            _("Version {version} of this position's description is still a draft; finish or delete it first.").format(
                version=1
            )
        ),
    ):
        services.save_job_description(uow, seed_description(office["head_post"].id))


def test_new_description_starts_from_the_office_records(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    head = services.new_job_description(uow, office["head_post"].id)
    assert head.general.position_title == "Хэлтсийн дарга"
    assert head.general.working_hours == "Ажлын өдөр 8 цаг"
    assert head.relations.reports_to == "Тамгын газрын дарга"  # the head's own post answers to the chief
    specialist = services.new_job_description(uow, office["specialist_post"].id)
    assert specialist.relations.reports_to == "Хууль, эрх зүйн хэлтсийн дарга"
    assert services.list_job_descriptions(uow) == []  # nothing saved until the user saves


def test_a_position_with_descriptions_is_kept(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_job_description(uow, seed_description(office["specialist_post"].id))
    with pytest.raises(services.RefusedError, match=re.escape(_(KEPT))):
        services.delete_position(uow, office["specialist_post"].id)


def test_onboarding_points_at_the_version_read(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    saved = services.save_job_description(uow, approvable(seed_description(office["head_post"].id)))
    assert saved.id is not None
    services.approve_job_description(uow, saved.id)
    head = office["head"]
    recorded = services.save_onboarding(
        uow, Onboarding(head.id, job_description_on=date(2022, 3, 1)), today=date(2026, 11, 25)
    )
    assert recorded.job_description_id == saved.id
    assert services.get_onboarding(uow, head.id).job_description_id == saved.id
    before = services.save_onboarding(
        uow, Onboarding(head.id, job_description_on=date(2021, 5, 1)), today=date(2026, 11, 25)
    )
    assert before.job_description_id is None  # no version applied yet on that day


def test_approval_dates_section_one_from_the_decision(uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    seed = approvable(seed_description(office["head_post"].id))
    decided = replace(seed.endorsement.approval, decided_on=date(2023, 5, 2), number="А/88")
    saved = services.save_job_description(uow, replace(seed, endorsement=replace(seed.endorsement, approval=decided)))
    assert saved.id is not None and saved.general.approved_on is None
    approved = services.approve_job_description(uow, saved.id)
    assert approved.general.approved_on == date(2023, 5, 2)
    [summary] = services.list_job_descriptions(uow)
    assert summary.approved_on == date(2023, 5, 2)
