"""From a flagged row of the day sheet to a proposal, then the chief's decision or rejection in Discipline."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import services
from core.attendance.entities import AttendanceEntry, AttendanceKind
from core.discipline.entities import SanctionKind, SanctionStatus
from core.i18n import _
from gui.attendance_flags import FlagColumn, FlagTableModel, answer_text
from gui.attendance_page import AttendancePage
from gui.discipline_model import SanctionColumn
from gui.discipline_page import DisciplinePage
from tests.fakes import FakeUnitOfWork

THURSDAY = date(2026, 11, 5)


@pytest.fixture
def late_week(uow: FakeUnitOfWork, office: dict[str, Any]) -> int:
    """The specialist late four times in the week of 2 November (13.3.1.3)."""
    person = office["specialist"].id
    for day in (2, 3, 4, 5):
        services.record_attendance(uow, AttendanceEntry(person, date(2026, 11, day), AttendanceKind.LATE, 25))
    return int(person)


@pytest.fixture
def attendance(qtbot: QtBot, uow: FakeUnitOfWork, late_week: int) -> AttendancePage:
    page = AttendancePage(uow, load_now=False)
    qtbot.addWidget(page)
    page.day_edit.setDate(QDate(THURSDAY))
    return page


def select_person(page: AttendancePage, employee_id: int) -> None:
    row = next(r for r in range(page.model.rowCount()) if page.model.item_at(r).employee_id == employee_id)
    page.view.selectRow(row)


def test_the_flag_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, late_week: int) -> None:
    model = FlagTableModel()
    model.set_items(services.month_flag_cases(uow, year=2026, month=11))
    qtmodeltester.check(model)
    assert model.index(0, FlagColumn.FLAG).data() == _("{clause}: late {times} times in the week of {day}").format(
        clause="13.3.1.3", times=4, day="2026-11-02"
    )
    assert model.index(0, FlagColumn.ANSWER).data() == _("No proposal yet")


def test_a_flagged_row_offers_a_proposal_once(
    qtbot: QtBot, attendance: AttendancePage, uow: FakeUnitOfWork, late_week: int
) -> None:
    select_person(attendance, late_week)
    assert attendance.propose_button.isEnabled()
    with qtbot.waitSignal(attendance.proposed):
        proposal = attendance.flags.propose_selected()
    assert proposal is not None
    assert (proposal.employee_id, proposal.breach_code, proposal.kind) == (late_week, "13.3.1.3", SanctionKind.WARNING)
    assert "2026-11-05 хоцорсон 25 минут" in proposal.note
    select_person(attendance, late_week)
    assert not attendance.propose_button.isEnabled()  # the flag now shows its proposal instead
    assert attendance.flags.model.index(0, FlagColumn.ANSWER).data() == answer_text(proposal)


def test_a_row_without_a_flag_offers_nothing(attendance: AttendancePage, office: dict[str, Any]) -> None:
    select_person(attendance, office["head"].id)
    assert not attendance.propose_button.isEnabled()


def test_the_chief_decides_a_proposal_and_it_blocks_awards(
    qtbot: QtBot, uow: FakeUnitOfWork, late_week: int, office: dict[str, Any]
) -> None:
    key = services.month_flag_cases(uow, year=2026, month=11)[0].key
    services.propose_sanction(uow, key, today=THURSDAY)
    page = DisciplinePage(uow)
    qtbot.addWidget(page)
    page.proposals_check.setChecked(True)
    assert page.model.rowCount() == 1
    assert page.model.display(page.model.item_at(0), SanctionColumn.STATE) == _("Proposed: awaits the chief's decision")
    assert services.award_blocked(uow, late_week, date.today()) is None
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    dialog = page.decide_selected()
    assert dialog is not None
    form = dialog.sanction_form
    assert form.employee_combo.value() == late_week and not form.employee_combo.isEnabled()
    assert form.breach_code_combo.value() == "13.3.1.3"
    dialog.accept()  # no order number yet
    assert form.findChild(type(form.general_message), "order_number_message").text() == _("Enter the order number.")
    form.order_number_edit.setText("А/88")
    form.order_date_edit.setDate(QDate(date.today()))
    form.starts_on_edit.setDate(QDate(date.today()))
    dialog.accept()
    assert page.model.rowCount() == 0  # no longer a proposal
    [decided] = services.list_sanctions(uow, employee_id=late_week)
    assert (decided.status, decided.order_number) == (SanctionStatus.DECIDED, "А/88")
    assert "12.10" in (services.award_blocked(uow, late_week, date.today()) or "")


def test_a_rejected_proposal_is_kept_and_never_blocks(qtbot: QtBot, uow: FakeUnitOfWork, late_week: int) -> None:
    key = services.month_flag_cases(uow, year=2026, month=11)[0].key
    proposal = services.propose_sanction(uow, key, today=THURSDAY)
    page = DisciplinePage(uow)
    qtbot.addWidget(page)
    page.reject(proposal.id or 0, "Тайлбарыг хүлээн авсан")
    assert page.model.display(page.model.item_at(0), SanctionColumn.STATE) == _("Proposal rejected: {reason}").format(
        reason="Тайлбарыг хүлээн авсан"
    )
    assert services.award_blocked(uow, late_week, date.today()) is None
