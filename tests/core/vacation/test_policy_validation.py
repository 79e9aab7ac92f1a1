"""The office's vacation table is checked before it is stored: each problem on its field."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core import services
from core.i18n import _
from core.vacation.entitlement import LABOUR_LAW_BANDS, ServiceBand, VacationPolicy
from core.vacation.policy_validation import validate_vacation_policy
from core.validation import ValidationError
from tests.fakes import FakeUnitOfWork

B = ServiceBand


def test_the_labour_law_is_valid() -> None:
    assert validate_vacation_policy(VacationPolicy()).is_valid


@pytest.mark.parametrize(
    ("bands", "field", "code"),
    [
        ((B(6, 10, 3), B(10, 15, 5)), "bands.1", "overlap"),
        ((B(6, 10, 3), B(12, 15, 5)), "bands.1", "gap"),
        ((B(6, 10, 3), B(11, None, 5), B(16, None, 7)), "bands.1", "open_not_last"),
        ((B(6, 4, 3),), "bands.0", "reversed"),
        ((B(6, 10, -1),), "bands.0", "negative"),
        ((B(-1, 10, 3),), "bands.0", "negative"),
        ((B(6, 10, 5), B(11, None, 3)), "bands.1", "descending"),
    ],
)
def test_bands_out_of_shape(bands: tuple[ServiceBand, ...], field: str, code: str) -> None:
    report = validate_vacation_policy(VacationPolicy(bands=bands))
    assert [(i.field, i.code) for i in report.issues] == [(field, code)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"base_days": -1}, "base_days"),
        ({"protected_base_days": 10}, "protected_base_days"),  # fewer than the base
        ({"earned_after_months": 30}, "earned_after_months"),
        ({"least_long_part_days": 0}, "least_long_part_days"),
        ({"clause": ""}, "clause"),
    ],
)
def test_numbers_out_of_range(changes: dict[str, object], field: str) -> None:
    report = validate_vacation_policy(replace(VacationPolicy(), **changes))  # type: ignore[arg-type]
    assert [i.field for i in report.issues] == [field]


def test_no_bands_at_all_is_an_office_without_additional_days() -> None:
    assert validate_vacation_policy(VacationPolicy(bands=())).is_valid


def test_saved_and_read_back(uow: FakeUnitOfWork) -> None:
    assert services.get_vacation_policy(uow) == VacationPolicy()
    mine = VacationPolicy(base_days=16, bands=(*LABOUR_LAW_BANDS[:-1], B(32, None, 15)))
    services.save_vacation_policy(uow, mine)
    assert services.get_vacation_policy(uow) == mine


def test_a_refused_table_is_not_saved(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError) as refused:
        services.save_vacation_policy(uow, VacationPolicy(bands=(B(6, 10, 3), B(10, None, 5))))
    assert refused.value.report.issues[0].message == _("This band overlaps the one above it.")
    assert services.get_vacation_policy(uow) == VacationPolicy()
