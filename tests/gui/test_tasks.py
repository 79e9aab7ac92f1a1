"""Background work's failures: what the user can act on is explained, anything else is reported."""

from __future__ import annotations

import weakref
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.services import NotFoundError, RefusedError
from core.validation import ValidationError, ValidationIssue, ValidationReport
from gui.printing import PrintError
from gui.tasks import failure_text, run_in_background, show_failure

WRITE_ERROR = "Not written: {error}"


@pytest.mark.parametrize(("exc", "expected"), [
    (ValidationError(ValidationReport((ValidationIssue("name", "required", "A name is needed."),))),
     "A name is needed."),
    (RefusedError("Already approved."), "Already approved."),
    (NotFoundError("No such slip."), "No such slip."),
    (PrintError("No printer."), "No printer."),
    (PermissionError(13, "Permission denied"), "Not written: Permission denied"),
    (ValueError("a bug"), None),
])
def test_failure_text(exc: Exception, expected: str | None) -> None:
    assert failure_text(exc, refused=(PrintError,), write_error=WRITE_ERROR) == expected


def test_without_a_template_a_file_error_is_a_bug() -> None:
    assert failure_text(PermissionError(13, "Permission denied")) is None
    assert failure_text(PrintError("No printer.")) is None


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    shown: dict[str, list[Any]] = {"refusal": [], "unexpected": []}
    monkeypatch.setattr("gui.tasks.show_refusal", lambda parent, text: shown["refusal"].append(text))
    monkeypatch.setattr("gui.tasks.report_unexpected_error", lambda *args: shown["unexpected"].append(args[1]))
    return shown


def test_show_failure_refuses_or_reports(qtbot: QtBot, shown: dict[str, list[Any]]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    bug = KeyError("slip_id")
    show_failure(window, RefusedError("Already approved."))
    show_failure(window, bug, refused=(PrintError,))
    assert shown == {"refusal": ["Already approved."], "unexpected": [bug]}
    banner: list[str] = []
    show_failure(window, NotFoundError("Gone."), show=banner.append)
    assert banner == ["Gone."] and shown["refusal"] == ["Already approved."]


def test_run_in_background_reports_an_unexpected_failure(qtbot: QtBot, shown: dict[str, list[Any]]) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def work() -> None:
        raise ZeroDivisionError("a bug")

    task = run_in_background(work, label="…", window=window, done=lambda _result: None)
    qtbot.waitUntil(lambda: bool(shown["unexpected"]), timeout=5000)
    assert isinstance(shown["unexpected"][0], ZeroDivisionError) and shown["refusal"] == []
    assert not task.is_running


def test_run_in_background_hands_the_result_to_done(qtbot: QtBot, shown: dict[str, list[Any]]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    results: list[object] = []
    run_in_background(lambda: 42, label="…", window=window, done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [42] and shown == {"refusal": [], "unexpected": []}


def test_a_failed_task_does_not_keep_its_window_alive(qtbot: QtBot, shown: dict[str, list[Any]]) -> None:
    window = QWidget()  # owned by Python alone, like a page a test builds

    def work() -> None:
        raise ZeroDivisionError("a bug")

    task = run_in_background(work, label="…", window=window, done=lambda _result: None)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    QThreadPool.globalInstance().waitForDone()
    window_ref = weakref.ref(window)
    del window, task  # the task's own deletion is still pending: the failure slot must not hold the window
    assert window_ref() is None
