"""The backup line in the status bar, File › Back up to… and File › Restore from a backup…, on a real database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

import gui.backup_menu
import gui.restore_dialog
from core.backups import BackupInfo, BackupKind, BackupStatus, status_text
from data import Database, open_database
from data.backups import list_backups
from data.recovery import BackupManager
from gui.backup_model import BackupColumn, BackupTableModel
from gui.backup_status import BackupStatusWidget
from gui.main_window import MainWindow
from gui.restore_dialog import RestoreDialog
from gui.settings import GuiSettings
from tests.data.conftest import make_employee
from tests.data.test_backups_recovery import make_office

NOW = datetime(2026, 7, 12, 9, 0)


class FixedStatus:
    def __init__(self, status: BackupStatus) -> None:
        self._status = status

    def status(self) -> BackupStatus:
        return self._status


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "office" / "tamga.db"
    path.parent.mkdir()
    make_office(path, employees=12)
    database = open_database(path, backup_dir=path.parent / "backups", key_dir=tmp_path / "keys")
    yield database
    database.dispose()


@pytest.fixture
def manager(database: Database) -> BackupManager:
    manager = BackupManager(database.path, backup_dir=database.path.parent / "backups")
    manager.attach(database.engine)
    return manager


@pytest.fixture
def window(qtbot: QtBot, database: Database, manager: BackupManager, tmp_path: Path) -> MainWindow:
    window = MainWindow(uow_factory=database.uow_factory, database_label=str(database.path),
                        settings=GuiSettings(tmp_path / "ui.ini"), language="mn", backups=manager)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(gui.backup_menu, "show_notice", lambda _parent, _title, message: shown.append(message))
    return shown


def test_the_status_shows_the_age_and_warns_without_an_external_copy(qtbot: QtBot) -> None:
    widget = BackupStatusWidget(FixedStatus(BackupStatus(newest=NOW - timedelta(hours=3), last_external_copy=None)),
                                clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.age_label.text() == status_text(BackupStatus(NOW - timedelta(hours=3), None), NOW)
    assert "3" in widget.age_label.text()
    assert widget.warning_label.isVisible() and widget.warning_label.text()
    fresh = BackupStatusWidget(FixedStatus(BackupStatus(newest=NOW, last_external_copy=NOW - timedelta(days=6))),
                               clock=lambda: NOW)
    qtbot.addWidget(fresh)
    fresh.show()
    assert not fresh.warning_label.isVisible()
    overdue = BackupStatusWidget(FixedStatus(BackupStatus(newest=NOW, last_external_copy=NOW - timedelta(days=8))),
                                 clock=lambda: NOW)
    qtbot.addWidget(overdue)
    overdue.show()
    assert overdue.warning_label.isVisible() and "8" in overdue.warning_label.text()


def test_the_window_shows_the_newest_backup(window: MainWindow, manager: BackupManager) -> None:
    status = window.backup_actions.status
    assert status.age_label.text() == status_text(BackupStatus(None, None), datetime.now())
    manager.back_up_now()
    status.refresh()
    assert status.age_label.text() != status_text(BackupStatus(None, None), datetime.now())
    assert window.statusBar().isAncestorOf(status.age_label) and status.age_label.isVisible()


def test_back_up_to_writes_a_verified_copy(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, notices: list[str]) -> None:
    usb = tmp_path / "usb"
    monkeypatch.setattr(gui.backup_menu, "choose_folder", lambda _parent: usb)
    assert window.backup_actions.status.warning_label.isVisible()
    window.backup_actions.back_up_to_action.trigger()
    qtbot.waitUntil(lambda: bool(notices), timeout=10_000)
    copies = list(usb.iterdir())
    assert len(copies) == 1 and copies[0].name.endswith("-copy.db") and str(copies[0]) in notices[0]
    with closing(sqlite3.connect(copies[0])) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT count(*) FROM employees").fetchone() == (12,)
    assert not window.backup_actions.status.warning_label.isVisible()


def test_backup_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = BackupTableModel()
    model.set_items([BackupInfo(Path("a.db"), NOW, BackupKind.DAILY, 2_500_000),
                     BackupInfo(Path("b.db"), NOW, BackupKind.BEFORE_RESTORE, 10, verified=False)])
    qtmodeltester.check(model)
    cell = model.index(0, BackupColumn.SIZE)
    assert "2.4" in model.data(cell)
    assert model.data(model.index(0, BackupColumn.MADE_AT)) == "2026-07-12 09:00"


def test_the_restore_dialog_lists_backups_and_restores(qtbot: QtBot, window: MainWindow, database: Database,
                                                       manager: BackupManager, monkeypatch: pytest.MonkeyPatch,
                                                       notices: list[str]) -> None:
    older = manager.back_up_now()
    with database.uow_factory() as uow:
        uow.employees.add(make_employee(50))
        uow.commit()
    window.employees_changed.emit()
    assert window.employee_list.model.rowCount() == 13
    asked: list[Any] = []
    monkeypatch.setattr(gui.restore_dialog, "confirm_restore", lambda _parent, backup: asked.append(backup) or True)
    window.backup_actions.open_restore_dialog()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog))
    assert [dialog.model.item_at(row).path for row in range(dialog.model.rowCount())] == [older.path]
    assert dialog.model.data(dialog.model.index(0, BackupColumn.VERIFIED))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [older]
    assert not dialog.isVisible()
    assert window.employee_list.model.rowCount() == 12  # the window shows the restored records
    kinds = [b.kind for b in list_backups(manager.backup_dir)]
    assert BackupKind.BEFORE_RESTORE in kinds
    assert notices and "before-restore" in notices[0]


def test_a_refused_restore_keeps_the_dialog_and_the_data(qtbot: QtBot, database: Database, manager: BackupManager,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    bad = manager.backup_dir / "tamga-20260101-000000-daily.db"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"not a database" * 500)
    dialog = RestoreDialog(manager)
    qtbot.addWidget(dialog)
    refusals: list[str] = []
    monkeypatch.setattr(gui.restore_dialog, "confirm_restore", lambda *_args: True)
    monkeypatch.setattr("gui.tasks.show_refusal", lambda _parent, message: refusals.append(message))
    dialog.restore_selected()
    assert refusals and bad.name in refusals[0]
    with database.uow_factory() as uow:
        assert uow.employees.count() == 12


def test_restoring_is_offered_to_administrators_only(window: MainWindow) -> None:
    from core.users import Role, User
    from gui.account import RoleGate

    gate = RoleGate(window)
    actions = window.backup_actions
    gate.apply(User(login="viewer", full_name="Үзэгч", role=Role.VIEWER, id=3))
    assert not actions.restore_action.isEnabled() and not actions.back_up_to_action.isEnabled()
    gate.apply(User(login="hr", full_name="Нярав", role=Role.HR, id=2))
    assert not actions.restore_action.isEnabled() and actions.back_up_to_action.isEnabled()
    gate.apply(User(login="admin", full_name="Дарга", role=Role.ADMINISTRATOR, id=1))
    assert actions.restore_action.isEnabled()
