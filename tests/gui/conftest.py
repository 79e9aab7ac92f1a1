"""GUI test set-up: no modal window may outlive its test, and a small office to show."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from tests.core.builders import office_with_people  # noqa: E402
from tests.fakes import FakeUnitOfWork  # noqa: E402


@pytest.fixture(autouse=True)
def no_modal_left_open(qapp: QApplication) -> Iterator[None]:
    """A real modal left open would block the user; in a test it means a forgotten patch."""
    yield
    modal = QApplication.activeModalWidget()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]
    for widget in {*leftovers, *([modal] if modal else [])}:
        widget.close()
    if modal is not None or leftovers:
        pytest.fail(f"a modal window was left open: {[_describe(w) for w in leftovers or [modal]]}")


def _describe(widget: QWidget | None) -> str:
    return f"{type(widget).__name__}({widget.windowTitle()!r})" if widget else "?"


@pytest.fixture(autouse=True)
def background_work_done(qtbot: QtBot) -> Iterator[None]:
    """Work a test left on the thread pool (the audit check a main window starts) ends before its
    widgets are closed, so no result arrives at a deleted window."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


@pytest.fixture
def office(uow: FakeUnitOfWork) -> dict[str, Any]:
    """The chief, the Legal department, its head and a specialist (tests/core/builders.py)."""
    return office_with_people(uow)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns on every shown window; that warning says nothing about us."""
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
