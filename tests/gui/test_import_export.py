"""Import and export run off the GUI thread; the preview shows every row and its problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.i18n import _
from core.spreadsheet import ImportPreview, ImportRow
from core.validation import ValidationIssue
from gui.import_dialog import ImportDialog
from gui.import_model import ImportPreviewTableModel
from gui.list_model import PROBLEM_BACKGROUND
from gui.settings import GuiSettings
from gui.tasks import BackgroundTask
from gui.transfer import EmployeeTransfer, with_xlsx_suffix
from tests.core.builders import employee
from tests.fakes import FakeUnitOfWork

BAD_EMAIL = ValidationIssue("email", "format", "This is not an e-mail address.")


def fake_preview() -> ImportPreview:
    good = ImportRow(2, {"given_name": "Өлзийбат", "email": ""}, employee(given_name="Өлзийбат"))
    bad = ImportRow(3, {"given_name": "Туяа", "email": "tuyaa"}, employee(given_name="Туяа"), (BAD_EMAIL,))
    return ImportPreview(rows=(good, bad))


@pytest.fixture
def gui_settings(tmp_path: Path) -> GuiSettings:
    return GuiSettings(tmp_path / "ui.ini")


@pytest.fixture
def dialog(qtbot: QtBot, uow: FakeUnitOfWork, gui_settings: GuiSettings) -> ImportDialog:
    dialog = ImportDialog(uow, gui_settings)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_model_shows_values_and_problems(qtmodeltester: Any, qapp: object) -> None:
    model = ImportPreviewTableModel()
    model.set_preview(fake_preview())
    qtmodeltester.check(model)
    assert model.columnCount() == 4
    assert [model.index(1, c).data() for c in range(4)] == ["3", BAD_EMAIL.message, "Туяа", "tuyaa"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == _("Problems")
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_BACKGROUND
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_summary_and_import_button_follow_the_preview(dialog: ImportDialog) -> None:
    assert not dialog.import_button.isEnabled()
    dialog.show_preview(fake_preview())
    assert dialog.summary_label.text() == _("{valid} rows will be imported, {invalid} have problems.").format(
        valid=1, invalid=1)
    assert dialog.import_button.isEnabled()
    dialog.show_preview(ImportPreview(problems=("The sheet is empty.",)))
    assert not dialog.import_button.isEnabled() and dialog.banner.text() == "The sheet is empty."


def test_import_saves_only_the_valid_rows(qtbot: QtBot, dialog: ImportDialog, uow: FakeUnitOfWork) -> None:
    dialog.show_preview(fake_preview())
    with qtbot.waitSignal(dialog.imported, timeout=5000) as imported:
        dialog.import_button.click()
    assert imported.args == [1]
    assert [e.given_name for e in uow.employees.list()] == ["Өлзийбат"]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_real_sheet_round_trip(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], tmp_path: Path,
                               gui_settings: GuiSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    transfer = EmployeeTransfer(uow, gui_settings, window)
    notices: list[str] = []
    monkeypatch.setattr("gui.transfer.show_notice", lambda parent, title, text: notices.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ажилтнууд"), ""))
    task = transfer.export_employees()
    assert isinstance(task, BackgroundTask)
    qtbot.waitUntil(lambda: bool(notices), timeout=10000)
    sheet = tmp_path / "ажилтнууд.xlsx"
    assert sheet.exists() and gui_settings.last_export_folder == tmp_path
    assert notices == [_("{count} employees were written to {path}.").format(count=3, path=sheet)]

    fresh = FakeUnitOfWork()
    importer = ImportDialog(fresh, gui_settings)
    qtbot.addWidget(importer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    with qtbot.waitSignal(importer.model.modelReset, timeout=10000):
        importer.choose_button.click()
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10000)
    preview = importer.preview
    assert [r.row_number for r in preview.rows] == [2, 3, 4]
    assert len(preview.valid_rows) == 2  # the head's position does not exist in the new office
    with qtbot.waitSignal(importer.imported, timeout=10000):
        importer.import_button.click()
    assert sorted(e.given_name for e in fresh.employees.list()) == ["Батбаяр", "Өлзийбат"]


def test_failed_export_is_explained(qtbot: QtBot, uow: FakeUnitOfWork, gui_settings: GuiSettings,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    transfer = EmployeeTransfer(uow, gui_settings, window)
    refusals: list[str] = []
    monkeypatch.setattr("gui.tasks.show_refusal", lambda parent, text: refusals.append(text))
    transfer.export_to(tmp_path / "missing-folder" / "list.xlsx")
    qtbot.waitUntil(lambda: bool(refusals), timeout=10000)
    template = _("The file could not be written: {error}\nIf it is open in Excel, close it and try again.")
    before, after = template.split("{error}")
    assert refusals[0].startswith(before) and refusals[0].endswith(after)


def test_cancel_chooses_nothing(uow: FakeUnitOfWork, gui_settings: GuiSettings, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert EmployeeTransfer(uow, gui_settings, window).export_employees() is None


def test_xlsx_suffix_is_added_once() -> None:
    assert with_xlsx_suffix(Path("a/list")) == Path("a/list.xlsx")
    assert with_xlsx_suffix(Path("a/list.XLSX")) == Path("a/list.XLSX")


def test_background_task_reports_failure_on_the_gui_thread(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def work() -> int:
        raise ValueError("broken sheet")

    task = BackgroundTask(work, label="…", parent=window)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert isinstance(failed.args[0], ValueError) and not task.is_running


def test_background_task_can_be_cancelled(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    task = BackgroundTask(lambda: 42, label="…", parent=window, cancellable=True)
    results: list[object] = []
    task.finished.connect(results.append)
    task.start()
    with qtbot.waitSignal(task.cancelled):
        task.progress.findChild(QPushButton).click()  # before the queued result is delivered
    qtbot.wait(100)
    assert task.is_cancelled and results == []
