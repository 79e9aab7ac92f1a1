"""Start the desktop app: QApplication, language, Qt's own texts, the database, the main window.

``main.py`` resolves paths and knows how to open the database; this module only receives
callables, so ``gui`` never imports ``data``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core import i18n
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.errors import install_excepthook
from gui.main_window import MainWindow
from gui.qt_translator import GettextQtTranslator
from gui.settings import APPLICATION, ORGANIZATION, GuiSettings

EXIT_REFUSED = 2
#: Set to quit as soon as the window is up: the cold-start benchmark and a smoke test use it.
QUIT_AFTER_START = "TAMGA_QUIT_AFTER_START"

OpenDatabase = Callable[[], tuple[UnitOfWorkFactory, Callable[[], None]]]


@dataclass
class Started:
    """What ``start`` set up; ``close_database`` must run after the event loop ends."""

    window: MainWindow
    close_database: Callable[[], None]
    translator: GettextQtTranslator


def choose_language(settings: GuiSettings, requested: str | None) -> str:
    """``--lang`` wins for this run; otherwise the language chosen in Office settings."""
    return requested if requested in i18n.LANGUAGES else settings.language


def start(app: QApplication, *, db_path: Path, version: str, locale_dir: Path, language: str | None,
          open_database: OpenDatabase, refusal_message: Callable[[BaseException], str | None],
          settings: GuiSettings | None = None) -> Started | None:
    """Everything before ``app.exec()``; ``None`` when the database cannot be opened (the user was told)."""
    settings = settings or GuiSettings()
    chosen = choose_language(settings, language)
    i18n.set_language(chosen, locale_dir)
    translator = GettextQtTranslator(app)
    app.installTranslator(translator)
    try:
        uow_factory, close_database = open_database()
    except Exception as error:
        message = refusal_message(error)
        if message is None:
            raise
        QMessageBox.critical(None, _("Tamga cannot open the database"), message)
        return None
    window = MainWindow(uow_factory=uow_factory, database_label=str(db_path), settings=settings,
                        language=chosen, version=version)
    window.show()
    return Started(window, close_database, translator)


def _report_ready_and_quit(app: QApplication) -> None:
    """Print the wall-clock moment the window became interactive, for the cold-start benchmark."""
    if sys.stdout is not None:
        print(f"ready {time.time():.6f}", flush=True)
    app.quit()


def run_application(*, db_path: Path, version: str, locale_dir: Path, language: str | None,
                    open_database: OpenDatabase, refusal_message: Callable[[BaseException], str | None]) -> int:
    """Run the GUI until the main window closes; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(version)
    install_excepthook()
    started = start(app, db_path=db_path, version=version, locale_dir=locale_dir, language=language,
                    open_database=open_database, refusal_message=refusal_message)
    if started is None:
        return EXIT_REFUSED
    if os.environ.get(QUIT_AFTER_START):  # start-up probe: window shown, list loaded, first events handled
        QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # an export still writing finishes first
        started.close_database()
