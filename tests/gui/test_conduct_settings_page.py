"""The attendance and discipline rules page: round trip, the law's ceiling refused beside its field."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.attendance.entities import AttendanceKind
from core.attendance.rules import AttendancePolicy
from core.discipline.entities import BreachClause, DisciplinePolicy, SanctionKind
from core.i18n import _
from gui.conduct_settings_page import ConductSettingsPage
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> ConductSettingsPage:
    page = ConductSettingsPage(uow)
    qtbot.addWidget(page)
    return page


def message(form: Any, field: str) -> str:
    return form.findChild(type(form.general_message), f"{field}_message").text()


def test_the_page_shows_the_regulations_rules(page: ConductSettingsPage) -> None:
    assert page.attendance_form.read() == AttendancePolicy()
    assert page.discipline_form.read() == DisciplinePolicy()
    assert page.attendance_form.absence_breach_combo.value() == "13.1-2"


def test_attendance_rules_are_saved_from_their_tab(page: ConductSettingsPage, uow: FakeUnitOfWork) -> None:
    form = page.attendance_form
    form.absence_after_days_spin.setValue(2)
    form.warning_kinds.checks[AttendanceKind.LEFT_EARLY].setChecked(True)
    form.absence_breach_combo.set_value("11.1.6")
    form.absence_sanction_combo.set_value(SanctionKind.SALARY_CUT)
    page.tabs.setCurrentIndex(0)
    assert page.save()
    stored = services.get_attendance_policy(uow)
    assert (stored.absence_after_days, stored.absence_breach, stored.absence_sanction) == (
        2,
        "11.1.6",
        SanctionKind.SALARY_CUT,
    )
    assert stored.warning_kinds == (AttendanceKind.LATE, AttendanceKind.LEFT_EARLY)
    assert page.status_label.text() == _("Saved.")


def test_a_zero_threshold_is_refused_beside_its_field(page: ConductSettingsPage, uow: FakeUnitOfWork) -> None:
    page.attendance_form.lateness_per_week_spin.setValue(0)
    page.tabs.setCurrentIndex(0)
    assert not page.save()
    assert message(page.attendance_form, "lateness_per_week") == _("Enter from 1 to {limit} times.").format(limit=6)
    assert services.get_attendance_policy(uow) == AttendancePolicy()


def test_a_cut_above_the_law_is_refused_even_if_the_office_types_25(
    page: ConductSettingsPage, uow: FakeUnitOfWork
) -> None:
    page.tabs.setCurrentIndex(1)
    page.discipline_form.numbers["max_cut_percent"].setValue(25)
    assert not page.save()
    expected = _("The law allows a salary cut of 1 to {limit} percent; an office cannot raise it.").format(limit=20)
    assert message(page.discipline_form, "max_cut_percent") == expected
    assert page.banner.text() == _("Nothing was saved: correct the fields marked in red.")
    assert services.get_discipline_policy(uow) == DisciplinePolicy()


def test_the_breach_list_is_reworded_added_to_and_offered_to_the_attendance_tab(
    page: ConductSettingsPage, uow: FakeUnitOfWork
) -> None:
    table = page.discipline_form.breach_table
    table.table.item(0, 1).setText("Төрийн албаны тухай хуулийн 15 дугаар зүйлийг зөрчсөн")
    table.add_empty_row()
    row = table.table.rowCount() - 1
    table.table.item(row, 0).setText("14.1")
    table.table.item(row, 1).setText("Өөр зөрчил")
    page.tabs.setCurrentIndex(1)
    assert page.save()
    breaches = services.get_discipline_policy(uow).breaches
    assert breaches[0].text == "Төрийн албаны тухай хуулийн 15 дугаар зүйлийг зөрчсөн"
    assert breaches[-1] == BreachClause("14.1", "Өөр зөрчил")
    combo = page.attendance_form.absence_breach_combo
    assert "14.1 Өөр зөрчил" in [combo.itemText(i) for i in range(combo.count())]


def test_a_duplicated_clause_is_refused_with_its_row(page: ConductSettingsPage) -> None:
    table = page.discipline_form.breach_table
    table.table.item(1, 0).setText("11.1.1")
    page.tabs.setCurrentIndex(1)
    assert not page.save()
    problem = _("the clause {code} is listed twice.").format(code="11.1.1")
    assert message(page.discipline_form, "breaches") == _("Breach {row}: {problem}").format(row=1, problem=problem)


def test_defaults_refill_the_shown_tab(page: ConductSettingsPage) -> None:
    page.tabs.setCurrentIndex(1)
    page.discipline_form.numbers["warning_months"].setValue(3)
    page.attendance_form.absence_after_days_spin.setValue(5)
    page.fill_defaults()
    assert page.discipline_form.read() == DisciplinePolicy()
    assert page.attendance_form.absence_after_days_spin.value() == 5
