"""The Leave slips screen: filters in the service, paging, and the life of a slip from its row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _, ngettext
from core.leave.entities import LeaveKind, PayDecision, SlipStatus
from gui.forms.leave_slip_dialog import LeaveSlipDialog
from gui.forms.slip_step_dialog import SlipStepDialog
from gui.leave_list import LeaveListPage
from gui.leave_models import SlipColumn
from gui.settings import GuiSettings
from tests.core.leave.conftest import Office, build_office, leave
from tests.core.leave.scenarios import fill_list
from tests.fakes import FakeUnitOfWork
from tests.gui.leave_helpers import PrintToFile, one_day, printed

A5_POINTS = (420, 595)


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    return build_office(uow)


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, leave_office: Office, tmp_path: Path) -> LeaveListPage:
    page = LeaveListPage(uow, GuiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.year_combo.set_value(None)  # the examples are in 2026 and 2027, whatever today is
    page.show()
    return page


@pytest.fixture
def printer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PrintToFile:
    return PrintToFile(monkeypatch, tmp_path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """Message boxes answered and recorded instead of shown."""
    shown: dict[str, list[Any]] = {"warning": [], "information": [], "question": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown["warning"].append(args))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown["information"].append(args))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: shown["question"].append(args) or QMessageBox.StandardButton.Yes)
    return shown


def names(page: LeaveListPage) -> list[str]:
    return [page.model.item_at(row).employee_name for row in range(page.model.rowCount())]


def select(page: LeaveListPage, slip_id: int) -> None:
    page.select_slip(slip_id)
    assert page.selected is not None and page.selected.id == slip_id


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, page: LeaveListPage, uow: FakeUnitOfWork,
                                           leave_office: Office) -> None:
    fill_list(uow, leave_office)
    page.page_rows = 2
    page.reload()
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(("change", "expected"), [
    ({}, ["Чулуун Тамираа", "Раднаа Отгонжаргал", "Сүрэн Энхболд", "Ганбат Өлзийбат", "Чулуун Тамираа"]),
    ({"year": 2026, "month": 3}, ["Сүрэн Энхболд", "Ганбат Өлзийбат", "Чулуун Тамираа"]),
    ({"status": SlipStatus.DRAFT}, ["Чулуун Тамираа", "Сүрэн Энхболд"]),
    ({"kind": LeaveKind.CHILDCARE}, ["Чулуун Тамираа"]),
    ({"search": "2026-0002"}, ["Ганбат Өлзийбат"]),
    ({"search": "өлзий"}, ["Ганбат Өлзийбат"]),
])
def test_filters_are_asked_of_the_service(qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork,
                                          leave_office: Office, change: dict[str, Any], expected: list[str]) -> None:
    fill_list(uow, leave_office)
    page.reload()
    for name in ("year", "month", "status", "kind"):
        if name in change:
            getattr(page, f"{name}_combo").set_value(change[name])
    if "search" in change:
        page.search_edit.setText(change["search"])
        qtbot.waitUntil(lambda: names(page) == expected, timeout=2000)  # after the typing pause
    assert names(page) == expected
    count = len(expected)
    assert page.count_label.text() == ngettext("{count} slip", "{count} slips", count).format(count=count)


def test_the_unit_filter_covers_its_sections(page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    fill_list(uow, leave_office)
    page.reload_units()
    page.unit_combo.set_value(leave_office.legal.id)
    assert sorted(names(page)) == ["Ганбат Өлзийбат", "Раднаа Отгонжаргал", "Чулуун Тамираа", "Чулуун Тамираа"]


def test_rows_are_read_a_page_at_a_time(page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    fill_list(uow, leave_office)
    page.page_rows = 2
    page.reload()
    assert page.model.rowCount() == 2 and page.model.total() == 5
    while page.model.canFetchMore(page.view.rootIndex()):
        page.model.fetchMore(page.view.rootIndex())
    assert page.model.rowCount() == 5
    assert len({page.model.item_at(row).id for row in range(5)}) == 5


def test_a_row_shows_number_period_working_time_and_status(page: LeaveListPage, uow: FakeUnitOfWork,
                                                          leave_office: Office) -> None:
    slip = printed(uow, leave(leave_office.specialist, "2026-03-03", "2026-03-04", end_time="13:00"))
    page.reload()
    row = page.model.row_of(slip.id or 0)
    assert row is not None
    shown = {column: page.model.index(row, column).data() for column in SlipColumn}
    assert shown[SlipColumn.NUMBER] == "2026-0001"
    assert shown[SlipColumn.PERIOD] == "2026-03-03 09:00 – 2026-03-04 13:00"
    assert shown[SlipColumn.DURATION] == "1 ажлын өдөр 4 цаг"
    assert shown[SlipColumn.STATUS] == _("Printed")


def test_actions_follow_the_status(page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    draft = services.save_draft(uow, one_day(leave_office, "2026-03-05"))
    given = printed(uow, one_day(leave_office, "2026-03-03"))
    order = services.save_draft(uow, leave(leave_office.archivist, "2026-03-02", "2026-03-09", pay=PayDecision.UNPAID))
    page.reload()
    select(page, draft.id or 0)
    assert page.print_button.isEnabled() and page.delete_button.isEnabled() and not page.void_button.isEnabled()
    assert not page.order_button.isEnabled()
    select(page, given.id or 0)
    assert page.print_button.isEnabled() and page.sign_button.isEnabled() and page.void_button.isEnabled()
    assert not page.delete_button.isEnabled() and not page.return_button.isEnabled()
    select(page, order.id or 0)
    assert not page.print_button.isEnabled() and page.order_button.isEnabled()
    assert page.record_order_button.isEnabled()


def test_printing_a_draft_numbers_it_and_a_second_print_is_a_copy(
        qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office, printer: PrintToFile) -> None:
    draft = services.save_draft(uow, one_day(leave_office))
    page.reload()
    select(page, draft.id or 0)
    with qtbot.waitSignal(page.leave_slips_changed, timeout=20000):
        page.print_button.click()
    slip = services.get_slip(uow, draft.id or 0)
    assert str(slip.number) == f"{date.today().year}-0001" and slip.status is SlipStatus.PRINTED
    assert page.model.index(page.model.row_of(slip.id or 0) or 0, SlipColumn.STATUS).data() == _("Printed")
    reader = PdfReader(printer.files[0])
    assert len(reader.pages) == 1
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == list(A5_POINTS)
    assert page.status_label.text() == _("Slip {number} was printed; it waits for the signatures.").format(
        number=slip.number)
    with qtbot.waitSignal(page.leave_slips_changed, timeout=20000):
        page.print_selected()
    again = services.get_slip(uow, draft.id or 0)
    assert again.number == slip.number and again.print_count == 2
    assert [p.is_copy for p in uow.store.slip_prints.rows.values()] == [False, True]
    assert page.status_label.text() == _("A copy of slip {number} was printed.").format(number=slip.number)
    assert printer.files[1].exists()


def test_a_draft_the_rules_refuse_to_print_is_explained_before_the_print_dialog(
        page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office, printer: PrintToFile,
        answers: dict[str, list[Any]]) -> None:
    first = printed(uow, one_day(leave_office, "2026-03-03"))
    services.void_slip(uow, first.id or 0, reason="Огноо буруу")
    draft = services.save_draft(uow, one_day(leave_office, "2026-03-03"))  # fine while the other is void
    uow.store.leave_slips.update(replace(first, status=SlipStatus.PRINTED))  # the other comes back meanwhile
    page.reload()
    select(page, draft.id or 0)
    assert page.documents.print_slip(page.selected) is None  # type: ignore[arg-type]
    [(_parent, _title, text)] = answers["warning"]
    assert "2026-0001" in text and printer.calls == 0


def test_void_needs_a_reason(qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    slip = printed(uow, one_day(leave_office))
    page.reload()
    select(page, slip.id or 0)
    page.void_button.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SlipStepDialog)
    dialog.accept()
    message = dialog.step_form.findChild(type(dialog.step_form.general_message), "void_reason_message")
    assert dialog.isVisible() and message.isVisible()
    assert services.get_slip(uow, slip.id or 0).status is SlipStatus.PRINTED
    dialog.step_form.field("void_reason").setText("Огноо буруу бичигдсэн")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.leave_slips_changed):
        dialog.accept()
    voided = services.get_slip(uow, slip.id or 0)
    assert voided.status is SlipStatus.VOIDED and voided.number == slip.number
    assert page.model.index(page.model.row_of(slip.id or 0) or 0, SlipColumn.STATUS).data() == _("Void")
    assert not page.print_button.isEnabled() and not page.void_button.isEnabled()


def test_signed_then_back_late_records_the_overrun(qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork,
                                                  leave_office: Office, answers: dict[str, list[Any]]) -> None:
    slip = printed(uow, one_day(leave_office, "2026-03-03"))
    page.reload()
    select(page, slip.id or 0)
    page.sign_button.click()
    sign = QApplication.activeModalWidget()
    assert isinstance(sign, SlipStepDialog)
    sign.step_form.field("signed_on").setDate(date(2026, 3, 2))  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.leave_slips_changed):
        sign.accept()
    signed = services.get_slip(uow, slip.id or 0)
    assert signed.status is SlipStatus.SIGNED and signed.signed_by == "Р.Отгонжаргал"
    assert page.return_button.isEnabled()
    page.return_button.click()
    back = QApplication.activeModalWidget()
    assert isinstance(back, SlipStepDialog)
    back.step_form.field("returned_at").setDateTime(datetime(2026, 3, 4, 11, 30))  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.leave_slips_changed):
        back.accept()
    closed = services.get_slip(uow, slip.id or 0)
    assert closed.status is SlipStatus.CLOSED and closed.overrun_minutes == 150
    [(_parent, title, text)] = answers["information"]
    assert title == _("Came back late") and "2 цаг 30 минут" in text and "6.9" in text
    assert "2 цаг 30 минут" in page.summary_label.text()


def test_a_long_leave_gets_an_order_draft_and_then_its_order(
        qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    draft = services.save_draft(uow, leave(leave_office.archivist, "2026-03-02", "2026-03-09",
                                           pay=PayDecision.UNPAID))
    page.reload()
    select(page, draft.id or 0)
    task = page.documents.order_draft(page.selected)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.documents.last_preview is not None, timeout=20000)
    preview = page.documents.last_preview
    assert preview is not None and task is not None
    assert preview.preview.page_count() >= 1 and [b.text() for b in preview.extra_buttons] == [_("Save for &Word…")]
    preview.reject()
    page.record_order_button.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SlipStepDialog)
    dialog.step_form.field("order_number").setText("А/125")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.leave_slips_changed):
        dialog.accept()
    given = services.get_slip(uow, draft.id or 0)
    assert given.status is SlipStatus.SIGNED and given.order_number == "А/125" and given.number is None
    assert page.model.index(page.model.row_of(draft.id or 0) or 0, SlipColumn.NUMBER).data() == _(
        "order {number}").format(number="А/125")


def test_a_draft_is_deleted_after_asking(page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office,
                                        answers: dict[str, list[Any]]) -> None:
    draft = services.save_draft(uow, one_day(leave_office))
    page.reload()
    select(page, draft.id or 0)
    page.delete_button.click()
    assert len(answers["question"]) == 1 and uow.store.leave_slips.rows == {}
    assert page.model.rowCount() == 0


def test_ctrl_n_starts_a_slip_and_saving_lists_it(qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork,
                                                 leave_office: Office) -> None:
    assert page.new_button.shortcut() == QKeySequence(QKeySequence.StandardKey.New)  # Ctrl+N
    page.new_button.click()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LeaveSlipDialog)
    dialog.slip_form.populate(one_day(leave_office))
    with qtbot.waitSignal(page.leave_slips_changed):
        dialog.accept()
    assert page.model.total() == 1 and page.selected is not None
    assert page.selected.slip.status is SlipStatus.DRAFT


def test_a_draft_opens_in_the_form_and_a_printed_slip_in_the_preview(
        qtbot: QtBot, page: LeaveListPage, uow: FakeUnitOfWork, leave_office: Office) -> None:
    draft = services.save_draft(uow, one_day(leave_office, "2026-03-05"))
    given = printed(uow, one_day(leave_office, "2026-03-03"))
    page.reload()
    select(page, draft.id or 0)
    dialog = page.open_selected()
    assert isinstance(dialog, LeaveSlipDialog) and dialog.slip_form.read().id == draft.id
    dialog.reject()
    select(page, given.id or 0)
    assert page.open_selected() is None
    qtbot.waitUntil(lambda: page.documents.last_preview is not None, timeout=20000)
    preview = page.documents.last_preview
    assert preview is not None and preview.print_button.isEnabled() and preview.save_button.isEnabled()
    preview.reject()
