"""Start-up on a damaged database: the message, the offer of the newest good backup, and the restored window."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import gui.recovery_offer
import main
from core.backups import BackupInfo
from data.health import session_marker
from data.recovery import BackupManager, close_checked, open_checked
from gui.app import start
from gui.settings import GuiSettings
from tests.conftest import LOCALE_DIR
from tests.data.test_backups_recovery import damage, fingerprint, make_office


def opener(path: Path, manager: BackupManager, keys: Path) -> Callable[[], tuple[object, Callable[[], None]]]:
    def open_db() -> tuple[object, Callable[[], None]]:
        database = open_checked(path, backup_dir=manager.backup_dir, key_dir=keys, now=datetime.now())
        manager.attach(database.engine)
        return database.uow_factory, lambda: close_checked(database, backup_dir=manager.backup_dir,
                                                         now=datetime.now(), exit_backup=False)
    return open_db


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, BackupManager]:
    path = tmp_path / "office" / "tamga.db"
    path.parent.mkdir()
    make_office(path, employees=9)
    manager = BackupManager(path, backup_dir=path.parent / "backups")
    manager.back_up_now()
    damage(path)
    return path, manager


def test_a_damaged_database_offers_the_newest_good_backup_and_opens_it(
        qapp: QApplication, tmp_path: Path, damaged: tuple[Path, BackupManager],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path, manager = damaged
    offered: list[tuple[str, BackupInfo]] = []
    monkeypatch.setattr(gui.recovery_offer, "ask_restore", lambda message, backup: offered.append(
        (message, backup)) or True)
    started = start(qapp, db_path=path, version="9", locale_dir=LOCALE_DIR, language="en",
                    open_database=opener(path, manager, tmp_path / "keys"),
                    refusal_message=lambda error: main.open_refusal(error, path),
                    settings=GuiSettings(tmp_path / "ui.ini"), backups=manager)
    assert started is not None
    try:
        assert len(offered) == 1 and str(path) in offered[0][0]
        assert started.window.employee_list.model.rowCount() == 9
        assert list(path.parent.glob("tamga.db.damaged-*"))  # the damaged file is kept, not deleted
    finally:
        started.window.close()
        started.window.deleteLater()
        qapp.removeTranslator(started.translator)
        started.close_database()
    assert not session_marker(path).exists()


def test_quitting_instead_leaves_the_damaged_file_untouched(qapp: QApplication, tmp_path: Path,
                                                           damaged: tuple[Path, BackupManager],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path, manager = damaged
    before = fingerprint(path)
    monkeypatch.setattr(gui.recovery_offer, "ask_restore", lambda *_args: False)
    started = start(qapp, db_path=path, version="9", locale_dir=LOCALE_DIR, language="en",
                    open_database=opener(path, manager, tmp_path / "keys"),
                    refusal_message=lambda error: main.open_refusal(error, path),
                    settings=GuiSettings(tmp_path / "ui.ini"), backups=manager)
    assert started is None
    assert fingerprint(path) == before


def test_without_a_good_backup_only_the_message_is_shown(qapp: QApplication, tmp_path: Path,
                                                         damaged: tuple[Path, BackupManager],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path, manager = damaged
    shutil.rmtree(manager.backup_dir)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, message: shown.append(message))
    started = start(qapp, db_path=path, version="9", locale_dir=LOCALE_DIR, language="en",
                    open_database=opener(path, manager, tmp_path / "keys"),
                    refusal_message=lambda error: main.open_refusal(error, path),
                    settings=GuiSettings(tmp_path / "ui.ini"), backups=manager)
    assert started is None and len(shown) == 1 and str(path) in shown[0]
