"""12.10: no promotion (албан тушаал дэвшүүлэх) while a disciplinary sanction is in force."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from core import services
from core.discipline.entities import Sanction, SanctionKind
from core.discipline.rules import AWARD_CLAUSE
from core.entities import EmploymentEvent, EventKind
from core.i18n import _
from core.validation import ValidationError
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork

#: A warning from 15 January 2026 counts to 14 January 2027 (12 months).
WARNING_START, LAST_DAY = date(2026, 1, 15), date(2027, 1, 14)


@pytest.fixture
def people() -> tuple[FakeUnitOfWork, dict[str, Any]]:
    uow = FakeUnitOfWork()
    found = office_with_people(uow)
    specialist = found["specialist"]
    services.record_sanction(
        uow, Sanction(specialist.id, "11.1.5", "", SanctionKind.WARNING, "А/12", WARNING_START, WARNING_START)
    )
    return uow, found


def promotion(employee_id: int, position_id: int, on: date) -> EmploymentEvent:
    return EmploymentEvent(
        employee_id=employee_id,
        kind=EventKind.PROMOTED,
        effective_on=on,
        position_id=position_id,
        order_number="А/200",
        order_date=on,
    )


@pytest.mark.parametrize(("on", "refused"), [(WARNING_START, True), (LAST_DAY, True), (date(2027, 1, 15), False)])
def test_a_promotion_is_refused_while_the_sanction_counts_and_allowed_the_day_after(
    people: tuple[FakeUnitOfWork, dict[str, Any]], on: date, refused: bool
) -> None:
    uow, found = people
    specialist, post = found["specialist"], found["head_post"]
    event = promotion(specialist.id, post.id, on)
    if refused:
        with pytest.raises(ValidationError) as caught:
            services.record_event(uow, event)
        [issue] = caught.value.report.errors
        assert issue.field == "effective_on" and AWARD_CLAUSE in issue.message
        assert issue.message == _(
            "Regulation {clause}: no award, bonus or promotion while a disciplinary sanction is in force "
            "(order {order}, in force until {until})."
        ).format(clause="12.10", order="А/12", until="2027-01-14")
        assert [e.kind for e in services.employee_history(uow, specialist.id)] == []
        return
    promoted = services.record_event(uow, event)
    assert promoted.position_id == post.id and promoted.appointed_on == on
    assert services.employee_history(uow, specialist.id)[-1].kind is EventKind.PROMOTED


def test_a_transfer_is_not_a_promotion_and_is_not_refused(people: tuple[FakeUnitOfWork, dict[str, Any]]) -> None:
    uow, found = people
    event = promotion(found["specialist"].id, found["head_post"].id, date(2026, 3, 1))
    moved = services.record_event(uow, replace(event, kind=EventKind.TRANSFERRED))
    assert moved.position_id == found["head_post"].id
