"""The leave settings and the office calendar: editable, checked, defaults = the regulation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest

from core import services
from core.leave.entities import CalendarChange, LeaveSettings, WorkSchedule
from core.leave.policy import DEFAULT_POLICY, LeaveReason
from core.validation import ValidationError
from tests.core.leave.conftest import Office, leave
from tests.fakes import FakeUnitOfWork


def test_the_defaults_are_the_regulation(uow: FakeUnitOfWork) -> None:
    settings = services.get_leave_settings(uow)
    assert settings.schedule.minutes_per_day == 8 * 60  # 6.1
    policy = settings.policy
    assert (policy.head_decides_up_to_days, policy.order_from_days) == (1, 5)  # 6.5
    assert (policy.paid_up_to_days, policy.extended_paid_up_to_days) == (5, 30)  # 6.6
    assert [r.code for r in policy.reasons][:5] == ["6.8.1", "6.8.2", "6.8.3", "6.8.4", "6.8.5"]


def test_a_saved_setting_changes_the_rules(uow: FakeUnitOfWork, office: Office) -> None:
    schedule = WorkSchedule(
        day_starts=time(8, 30), day_ends=time(17, 30), lunch_starts=time(12, 30), lunch_ends=time(13, 30)
    )
    services.save_leave_settings(uow, LeaveSettings(schedule, replace(DEFAULT_POLICY, head_decides_up_to_days=2)))
    preview = services.leave_preview(
        uow, leave(office.specialist, "2026-03-02", "2026-03-03", start_time="08:30", end_time="17:30")
    )
    assert preview.slip.working_minutes == 2 * 480
    assert preview.approving.title == "Хууль, эрх зүйн хэлтсийн дарга"  # two days are now the head's


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"head_decides_up_to_days": 0}, "head_decides_up_to_days"),
        ({"head_decides_up_to_days": 6}, "head_decides_up_to_days"),
        ({"paid_up_to_days": 31}, "paid_up_to_days"),
        ({"extended_paid_up_to_days": -1}, "extended_paid_up_to_days"),
        ({"pay_clause": ""}, "pay_clause"),
        ({"reasons": (LeaveReason("6.8.1", "a", "а"), LeaveReason("6.8.1", "b", "б"))}, "reasons"),
    ],
)
def test_policy_numbers_are_checked(uow: FakeUnitOfWork, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.save_leave_settings(uow, LeaveSettings(policy=replace(DEFAULT_POLICY, **changes)))
    assert field in [issue.field for issue in refused.value.report.errors]


@pytest.mark.parametrize(
    "schedule",
    [
        WorkSchedule(day_starts=time(18, 0), day_ends=time(9, 0)),
        WorkSchedule(lunch_starts=time(14, 0), lunch_ends=time(13, 0)),
        WorkSchedule(lunch_starts=time(8, 0), lunch_ends=time(9, 30)),
    ],
)
def test_the_working_day_must_be_in_order(uow: FakeUnitOfWork, schedule: WorkSchedule) -> None:
    with pytest.raises(ValidationError, match="6.1"):
        services.save_leave_settings(uow, LeaveSettings(schedule=schedule))


def test_one_calendar_change_per_day(uow: FakeUnitOfWork, office: Office) -> None:
    with pytest.raises(ValidationError):
        services.add_calendar_change(uow, CalendarChange(date(2026, 2, 17), True, "давхар"))
    assert [c.day for c in services.list_calendar_changes(uow)] == [date(2026, 2, 28), date(2026, 2, 17)]


def test_deleting_a_change_restores_the_day(uow: FakeUnitOfWork, office: Office) -> None:
    (saturday,) = [c for c in services.list_calendar_changes(uow) if c.is_working]
    assert services.working_calendar(uow).is_working_day(date(2026, 2, 28))
    services.delete_calendar_change(uow, saturday.id or 0)
    assert not services.working_calendar(uow).is_working_day(date(2026, 2, 28))


def test_a_day_closed_by_the_governor_is_not_counted(uow: FakeUnitOfWork, office: Office) -> None:
    services.add_calendar_change(uow, CalendarChange(date(2026, 3, 3), False, "Засаг даргын захирамж А/20"))
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-02", "2026-03-04"))
    assert preview.days == 2
