"""The employee's Attendance tab (a month, its running 6.3 total, flags) and Sanctions tab (in force, proposals)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.discipline.entities import Sanction, SanctionKind
from core.i18n import _
from gui.attendance_flags import answer_text
from gui.employee_attendance import EmployeeAttendance, EntryColumn, RunningTotalTableModel
from gui.employee_sanctions import EmployeeSanctions, in_force_line
from tests.fakes import FakeUnitOfWork

NOVEMBER = date(2026, 11, 20)


def absent_three_days(uow: FakeUnitOfWork, person: int) -> None:
    for day in (2, 3, 4):
        services.record_attendance(uow, AttendanceEntry(person, date(2026, 11, day), AttendanceKind.ABSENT, 480))


def test_the_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    absent_three_days(uow, office["specialist"].id)
    model = RunningTotalTableModel()
    model.set_items(services.employee_attendance(uow, office["specialist"].id, year=2026, month=11))
    qtmodeltester.check(model)
    assert model.index(2, EntryColumn.TOTAL).data() == _("{total}: absence, deducted (6.3)").format(
        total="3 ажлын өдөр"
    )


def test_the_attendance_tab_shows_the_month_total_and_its_flag(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    person = office["specialist"].id
    absent_three_days(uow, person)
    tab = EmployeeAttendance(uow, person, today=NOVEMBER)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 3
    assert tab.total_label.text() == _(
        "Unjustified late and absent time this month: {total} (counted as absence from {days} working days, "
        "regulation {clause})"
    ).format(total="3 ажлын өдөр", days=3, clause="6.3")
    assert tab.flags_label.text() == _("{clause} (from {day}): {answer}").format(
        clause="6.3", day="2026-11-04", answer=answer_text(None)
    )
    tab.month_combo.set_value(10)  # another month
    assert tab.model.rowCount() == 0
    assert tab.flags_label.text() == _("No attendance flag this month.")


def test_the_sanctions_tab_shows_what_is_in_force_and_until_when_apart_from_proposals(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    person = office["specialist"].id
    today = date.today()
    start = today - timedelta(days=10)
    warning = services.record_sanction(uow, Sanction(person, "11.1.5", "", SanctionKind.WARNING, "А/12", start, start))
    lapsed = today - timedelta(days=800)
    services.record_sanction(uow, Sanction(person, "11.1.3", "", SanctionKind.WARNING, "А/1", lapsed, lapsed))
    absent_three_days(uow, person)
    services.propose_sanction(uow, services.month_flag_cases(uow, year=2026, month=11)[0].key, today=NOVEMBER)
    tab = EmployeeSanctions(uow, person)
    qtbot.addWidget(tab)
    assert tab.in_force_label.text() == in_force_line(warning)
    assert warning.lapses_on is not None and warning.lapses_on.isoformat() in tab.in_force_label.text()
    assert tab.proposals_label.text() == _("{sanction} for {clause}, proposed: awaits the chief's decision").format(
        sanction=_("Dismissal"), clause="13.1-2"
    )
    assert tab.model.rowCount() == 3  # the history keeps everything


def test_nothing_in_force_says_so(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    tab = EmployeeSanctions(uow, office["head"].id)
    qtbot.addWidget(tab)
    assert (tab.in_force_label.text(), tab.proposals_label.text()) == (_("None today."), _("None."))
