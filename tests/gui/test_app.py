"""Start-up: language choice, Qt translator, database refusal, and the window it opens."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core import i18n
from core.i18n import _
from gui.app import Started, choose_language, start
from gui.settings import GuiSettings
from tests.conftest import LOCALE_DIR
from tests.fakes import FakeUnitOfWork

DB = Path("/data/tamga.db")


@pytest.fixture
def settings(tmp_path: Path) -> GuiSettings:
    return GuiSettings(tmp_path / "ui.ini")


@pytest.fixture
def cleanup(qapp: QApplication) -> Iterator[list[Started]]:
    started: list[Started] = []
    yield started
    for item in started:
        item.window.close()
        item.window.deleteLater()
        qapp.removeTranslator(item.translator)
        item.close_database()


def opener(closed: list[bool]) -> Callable[[], tuple[FakeUnitOfWork, Callable[[], None]]]:
    return lambda: (FakeUnitOfWork(), lambda: closed.append(True))


def test_command_line_language_wins_over_the_saved_one(settings: GuiSettings) -> None:
    settings.language = "en"
    assert choose_language(settings, None) == "en"
    assert choose_language(settings, "mn") == "mn"
    assert choose_language(settings, "xx") == "en"


def test_start_opens_the_window_on_the_database(qapp: QApplication, settings: GuiSettings,
                                                cleanup: list[Started]) -> None:
    closed: list[bool] = []
    started = start(qapp, db_path=DB, version="9.9", locale_dir=LOCALE_DIR, language="en",
                    open_database=opener(closed), refusal_message=lambda error: None, settings=settings)
    assert started is not None
    cleanup.append(started)
    assert started.window.isVisible()
    assert str(DB) in started.window.database_label.text()
    assert i18n.current_language() == "en"
    started.close_database()
    assert closed == [True]


def test_a_refused_database_is_explained_and_no_window_opens(qapp: QApplication, settings: GuiSettings,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))

    def refuse() -> tuple[FakeUnitOfWork, Callable[[], None]]:
        raise PermissionError("locked")

    started = start(qapp, db_path=DB, version="9.9", locale_dir=LOCALE_DIR, language="en", open_database=refuse,
                    refusal_message=lambda error: f"in use: {error}", settings=settings)
    assert started is None
    [(_parent, title, text)] = shown
    assert title == _("Tamga cannot open the database") and text == "in use: locked"


def test_an_unexpected_failure_is_not_hidden(qapp: QApplication, settings: GuiSettings) -> None:
    def broken() -> tuple[FakeUnitOfWork, Callable[[], None]]:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        start(qapp, db_path=DB, version="9.9", locale_dir=LOCALE_DIR, language="en", open_database=broken,
              refusal_message=lambda error: None, settings=settings)
