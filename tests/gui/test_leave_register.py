"""The monthly register screen (6.10): per-person rows and totals, read and exported off the GUI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _, ngettext
from core.leave.entities import PayDecision
from gui.documents import register_xlsx
from gui.register_model import RegisterColumn
from gui.register_page import RegisterPage
from gui.settings import GuiSettings
from tests.core.leave.conftest import Office, build_office, leave
from tests.fakes import FakeUnitOfWork
from tests.gui.leave_helpers import printed


@pytest.fixture
def leave_office(uow: FakeUnitOfWork) -> Office:
    office = build_office(uow)
    printed(uow, leave(office.specialist, "2026-03-02", "2026-03-04"))  # 3 days, paid
    printed(uow, leave(office.specialist, "2026-03-10", "2026-03-10", start_time="14:00"))  # 4 hours
    slip = printed(uow, leave(office.archivist, "2026-03-05", "2026-03-05"))
    services.sign_slip(uow, slip.id or 0, signed_on=slip.printed_on or datetime(2026, 3, 2).date())
    services.record_return(uow, slip.id or 0, returned_at=datetime(2026, 3, 6, 11, 0))  # 2 hours late (6.9)
    order = services.save_draft(uow, leave(office.legal_head, "2026-03-16", "2026-03-23", pay=PayDecision.UNPAID))
    services.record_order(uow, order.id or 0, order_number="А/31", signed_on=datetime(2026, 3, 12).date())
    return office


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, leave_office: Office, tmp_path: Path) -> RegisterPage:
    page = RegisterPage(uow, GuiSettings(tmp_path / "ui.ini"), load_now=False)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_month(2026, 3)
    return page


def column(page: RegisterPage, name: RegisterColumn) -> list[str]:
    return [page.model.index(row, name).data() for row in range(page.model.rowCount())]


def test_each_person_has_their_leaves_and_a_subtotal(page: RegisterPage) -> None:
    assert page.title_label.text() == "2026 оны 03 дугаар сарын чөлөөний бүртгэл"
    assert column(page, RegisterColumn.NAME) == [
        "Раднаа Отгонжаргал", _("Subtotal"),  # Mongolian order of given names: О, Ө, Т
        "Ганбат Өлзийбат", _("Subtotal"),
        "Чулуун Тамираа", "", _("Subtotal"),
        _("Office total"),
    ]
    assert column(page, RegisterColumn.NUMBER)[:5] == ["Тушаал А/31", "", "2026-0003", "", "2026-0001"]
    assert column(page, RegisterColumn.PAID)[6] == "3 ажлын өдөр 4 цаг"  # 14:00–18:00 is 4 hours
    assert column(page, RegisterColumn.UNPAID)[0] == "6 ажлын өдөр"
    assert column(page, RegisterColumn.OVERRUN)[2] == "2 цаг"


def test_the_office_total_and_the_summary_line(page: RegisterPage) -> None:
    total = page.model.rowCount() - 1
    assert page.model.index(total, RegisterColumn.PAID).data() == "4 ажлын өдөр 4 цаг"
    assert page.model.index(total, RegisterColumn.UNPAID).data() == "6 ажлын өдөр"
    assert page.totals_label.text() == _(
        "{people} took leave. Paid: {paid}; unpaid: {unpaid}; absence after leave: {overrun}.").format(
        people=ngettext("{count} person", "{count} people", 3).format(count=3), paid="4 ажлын өдөр 4 цаг",
        unpaid="6 ажлын өдөр", overrun="2 цаг")


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, page: RegisterPage) -> None:
    qtmodeltester.check(page.model)


def test_an_empty_month_has_only_the_total(qtbot: QtBot, page: RegisterPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_month(2026, 5)
    assert column(page, RegisterColumn.NAME) == [_("Office total")]


def test_the_register_is_exported_as_excel(qtbot: QtBot, page: RegisterPage, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    notices: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: notices.append(args))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "march"), ""))
    task = page.export_xlsx()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    sheet = load_workbook(tmp_path / "march.xlsx").active
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "Раднаа Отгонжаргал" in " ".join(texts)
    assert notices and str(tmp_path / "march.xlsx") in notices[0][2]


def test_the_register_is_exported_as_pdf(qtbot: QtBot, page: RegisterPage, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "march.PDF"), ""))
    task = page.export_pdf()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    text = PdfReader(tmp_path / "march.PDF").pages[0].extract_text()
    assert "Раднаа Отгонжаргал" in text or "Отгонжаргал" in text


def test_a_locked_file_is_explained(qtbot: QtBot, page: RegisterPage, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    task = page.export_to(tmp_path / "missing-folder" / "march.xlsx", register_xlsx)
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert len(warnings) == 1


def test_the_preview_shows_the_register_pdf(qtbot: QtBot, page: RegisterPage) -> None:
    task = page.preview()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    from gui.pdf_preview_dialog import PdfPreviewDialog

    dialog = page.findChild(PdfPreviewDialog)
    assert dialog is not None and dialog.preview.page_count() >= 1
    dialog.reject()


def test_a_late_answer_for_an_older_month_is_dropped(qtbot: QtBot, page: RegisterPage) -> None:
    first = page.reload()
    page.month_combo.set_value(5)  # asks again before the first answer arrives
    with qtbot.waitSignals([first.finished, page.loaded], timeout=20000):
        pass
    qtbot.wait(50)
    assert column(page, RegisterColumn.NAME) == [_("Office total")]
