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
from PySide6.QtWidgets import QApplication

from core import i18n
from core.backups import BackupPort
from core.ports import UnitOfWorkFactory
from core.session import CurrentUser
from gui.account import AccountControls, sign_in
from gui.errors import install_excepthook
from gui.main_window import MainWindow
from gui.qt_translator import GettextQtTranslator
from gui.recovery_offer import recover_at_start
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
    account: AccountControls | None = None  # who is logged in; None where nobody logs in (tests, the probe)


def choose_language(settings: GuiSettings, requested: str | None) -> str:
    """``--lang`` wins for this run; otherwise the language chosen in Office settings."""
    return requested if requested in i18n.LANGUAGES else settings.language


def start(app: QApplication, *, db_path: Path, version: str, locale_dir: Path, language: str | None,
          open_database: OpenDatabase, refusal_message: Callable[[BaseException], str | None],
          settings: GuiSettings | None = None, backups: BackupPort | None = None,
          current: CurrentUser | None = None) -> Started | None:
    """Everything before ``app.exec()``; ``None`` when the database cannot be opened (the user was told).

    With *current* (the app; tests leave it out) the user logs in between the database and the
    window, and becomes the actor of every unit of work; giving up the login ends the app.
    """
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
        opened = recover_at_start(error, message, backups, open_database, refusal_message)  # damaged: offer a backup
        if opened is None:
            return None
        uow_factory, close_database = opened
    signing_in = current is not None and not os.environ.get(QUIT_AFTER_START)  # the start-up probe has nobody to type
    if signing_in and current is not None:
        current.user = sign_in(uow_factory)
        if current.user is None:
            close_database()
            return None
    window = MainWindow(uow_factory=uow_factory, database_label=str(db_path), settings=settings,
                        language=chosen, version=version, backups=backups)
    account = AccountControls(window, uow_factory, current) if signing_in and current is not None else None
    window.show()
    return Started(window, close_database, translator, account)


def _report_ready_and_quit(app: QApplication) -> None:
    """Print the wall-clock moment the window became interactive, for the cold-start benchmark."""
    if sys.stdout is not None:
        print(f"ready {time.time():.6f}", flush=True)
    app.quit()


def run_application(*, db_path: Path, version: str, locale_dir: Path, language: str | None,
                    open_database: OpenDatabase, refusal_message: Callable[[BaseException], str | None],
                    backups: BackupPort | None = None, current: CurrentUser | None = None) -> int:
    """Run the GUI until the main window closes; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(version)
    install_excepthook()
    started = start(app, db_path=db_path, version=version, locale_dir=locale_dir, language=language,
                    open_database=open_database, refusal_message=refusal_message, backups=backups,
                    current=current)
    if started is None:
        return EXIT_REFUSED
    if os.environ.get(QUIT_AFTER_START):  # start-up probe: window shown, list loaded, first events handled
        QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # an export still writing finishes first
        started.close_database()
