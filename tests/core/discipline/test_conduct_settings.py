"""The attendance and discipline rules as stored settings: checks, the law's ceilings, and their effect."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core import services
from core.access import PermissionDeniedError
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, DisciplinePolicy, Sanction, SanctionKind
from core.i18n import _
from core.users import Role, User
from core.validation import ValidationError
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

ADMIN = User(login="admin", full_name="Админ", role=Role.ADMINISTRATOR, id=1)
HR = User(login="hr", full_name="Нярав Б.", role=Role.HR, id=2)
DAY = 480


@pytest.fixture
def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork()
    with fake:
        fake.employees.add(employee())
        fake.commit()
    return fake


def issues(call: object) -> set[tuple[str, str]]:
    assert isinstance(call, ValidationError)
    return {(i.field, i.code) for i in call.report.errors}


def refused_discipline(uow: FakeUnitOfWork, **changes: object) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        services.save_discipline_policy(uow, replace(DisciplinePolicy(), **changes))
    return issues(caught.value)


def refused_attendance(uow: FakeUnitOfWork, **changes: object) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        services.save_attendance_policy(uow, replace(AttendancePolicy(), **changes))
    return issues(caught.value)


def test_a_new_office_reads_the_regulations_rules(uow: FakeUnitOfWork) -> None:
    assert services.get_attendance_policy(uow) == AttendancePolicy()
    assert services.get_discipline_policy(uow) == DisciplinePolicy()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"max_cut_percent": 25}, {("max_cut_percent", "law")}),  # the law's 20 % cannot be raised
        ({"max_cut_percent": 21}, {("max_cut_percent", "law")}),
        ({"max_cut_percent": 0}, {("max_cut_percent", "law")}),
        ({"max_cut_months": 7}, {("max_cut_months", "law")}),
        ({"warning_months": 0}, {("warning_months", "range")}),
        ({"dismissal_months": -1}, {("dismissal_months", "range")}),
        ({"breaches": ()}, {("breaches", "empty")}),
        ({"breaches": (BreachClause("1.1", "a"), BreachClause("1.1", "b"))}, {("breaches", "breach")}),
        ({"breaches": (BreachClause("other", "a"),)}, {("breaches", "breach")}),
        ({"breaches": (BreachClause("1.1", " "),)}, {("breaches", "breach")}),
    ],
)
def test_discipline_settings_outside_the_law_or_incomplete_are_refused(
    uow: FakeUnitOfWork, changes: dict[str, object], expected: set[tuple[str, str]]
) -> None:
    assert refused_discipline(uow, **changes) == expected
    assert services.get_discipline_policy(uow) == DisciplinePolicy()


def test_the_cut_message_names_the_laws_ceiling(uow: FakeUnitOfWork) -> None:
    with pytest.raises(ValidationError) as caught:
        services.save_discipline_policy(uow, DisciplinePolicy(max_cut_percent=25))
    expected = _("The law allows a salary cut of 1 to {limit} percent; an office cannot raise it.").format(limit=20)
    assert caught.value.report.errors[0].message == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"absence_after_days": 0}, {("absence_after_days", "range")}),
        ({"absence_after_days": 32}, {("absence_after_days", "range")}),
        ({"lateness_per_week": 0}, {("lateness_per_week", "range")}),
        ({"lateness_per_week": 7}, {("lateness_per_week", "range")}),
        ({"accumulated_kinds": ()}, {("accumulated_kinds", "empty")}),
        ({"warning_kinds": ()}, {("warning_kinds", "empty")}),
        ({"absence_clause": " "}, {("absence_clause", "clause")}),
        ({"warning_clause": "13.3.1.x"}, {("warning_clause", "clause")}),
        ({"absence_breach": "99.9"}, {("absence_breach", "unknown")}),
    ],
)
def test_attendance_settings_out_of_range_are_refused(
    uow: FakeUnitOfWork, changes: dict[str, object], expected: set[tuple[str, str]]
) -> None:
    assert refused_attendance(uow, **changes) == expected


def test_a_lower_ceiling_and_a_reworded_list_are_stored_and_applied(uow: FakeUnitOfWork) -> None:
    breaches = (BreachClause(" 11.1.5 ", " Ажлын  байранд тамхи татсан "), BreachClause("13.1-2", "Тасалсан"))
    saved = services.save_discipline_policy(uow, DisciplinePolicy(breaches=breaches, max_cut_percent=10))
    assert saved.breaches[0] == BreachClause("11.1.5", "Ажлын байранд тамхи татсан")
    assert services.get_discipline_policy(uow) == saved
    cut = Sanction(1, "11.1.5", "", SanctionKind.SALARY_CUT, "А/1", date(2026, 3, 2), date(2026, 3, 2), 15, 2)
    with pytest.raises(ValidationError) as caught:
        services.record_sanction(uow, cut)
    assert issues(caught.value) == {("cut_percent", "range")}
    recorded = services.record_sanction(uow, replace(cut, cut_percent=10))
    assert recorded.breach_text == "Ажлын байранд тамхи татсан"


def test_a_longer_warning_period_moves_the_lapse_date(uow: FakeUnitOfWork) -> None:
    services.save_discipline_policy(uow, DisciplinePolicy(warning_months=6))
    warning = Sanction(1, "11.1.5", "", SanctionKind.WARNING, "А/1", date(2026, 3, 2), date(2026, 3, 2))
    assert services.record_sanction(uow, warning).lapses_on == date(2026, 9, 1)


@pytest.mark.parametrize(("threshold", "flagged_on"), [(3, date(2026, 11, 4)), (2, date(2026, 11, 3))])
def test_an_edited_6_3_threshold_changes_which_day_becomes_absence(
    uow: FakeUnitOfWork, threshold: int, flagged_on: date
) -> None:
    services.save_attendance_policy(uow, AttendancePolicy(absence_after_days=threshold))
    for day in (2, 3, 4):
        services.record_attendance(uow, AttendanceEntry(1, date(2026, 11, day), AttendanceKind.LATE, DAY))
    flags = services.attendance_flags(uow, year=2026, month=11)
    assert flags.deductions[0].entry.day == flagged_on
    assert len(flags.deductions) == 4 - threshold  # the day that reaches the threshold and every later one


@pytest.mark.parametrize(("per_week", "warned"), [(3, True), (4, False)])
def test_an_edited_13_3_1_3_threshold_changes_the_warning(uow: FakeUnitOfWork, per_week: int, warned: bool) -> None:
    services.save_attendance_policy(uow, AttendancePolicy(lateness_per_week=per_week))
    for day in (2, 3, 4, 5):
        services.record_attendance(uow, AttendanceEntry(1, date(2026, 11, day), AttendanceKind.LATE, 10))
    assert bool(services.attendance_flags(uow, year=2026, month=11).warnings) is warned


def test_leaving_early_counts_for_a_warning_only_when_the_office_says_so(uow: FakeUnitOfWork) -> None:
    for day in (2, 3, 4, 5):
        services.record_attendance(uow, AttendanceEntry(1, date(2026, 11, day), AttendanceKind.LEFT_EARLY, 10))
    assert services.attendance_flags(uow, year=2026, month=11).warnings == ()
    kinds = (AttendanceKind.LATE, AttendanceKind.LEFT_EARLY)  # 13.3.1.3 also names leaving before 18.00
    services.save_attendance_policy(uow, AttendancePolicy(warning_kinds=kinds))
    assert len(services.attendance_flags(uow, year=2026, month=11).warnings) == 1


def test_only_the_administrator_saves_the_rules_and_everyone_reads_them() -> None:
    store_uow = FakeUnitOfWork(actor=HR)
    assert services.get_discipline_policy(store_uow) == DisciplinePolicy()
    with pytest.raises(PermissionDeniedError):
        services.save_discipline_policy(store_uow, DisciplinePolicy(max_cut_percent=10))
    with pytest.raises(PermissionDeniedError):
        services.save_attendance_policy(store_uow, AttendancePolicy())
    admin = FakeUnitOfWork(store_uow.committed_store, actor=ADMIN)
    assert services.save_discipline_policy(admin, DisciplinePolicy(max_cut_percent=10)).max_cut_percent == 10
