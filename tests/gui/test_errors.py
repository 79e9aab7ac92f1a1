"""The excepthook turns a crash into a logged error and a friendly message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from core.i18n import _
from gui import errors


@pytest.fixture
def hook() -> Iterator[None]:
    previous = errors.install_excepthook()
    yield
    sys.excepthook = previous


def test_uncaught_error_is_logged_and_explained(hook: None, monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="tamga.gui"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    [(_parent, title, text)] = shown
    assert title == _("Unexpected error")
    assert text == _(errors.FRIENDLY_MESSAGE).format(details="ZeroDivisionError: division by zero")
    [record] = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_a_failing_message_box_falls_back_to_the_interpreter(hook: None, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: Any) -> None:
        raise RuntimeError("no display")

    monkeypatch.setattr(QMessageBox, "critical", broken)
    monkeypatch.setattr(logging.getLogger("tamga.gui"), "error", lambda *a, **k: None)
    try:
        raise ValueError("original")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "ValueError: original" in capsys.readouterr().err


def test_install_returns_the_previous_hook() -> None:
    before = sys.excepthook
    previous = errors.install_excepthook()
    try:
        assert previous is before and sys.excepthook is not before
    finally:
        sys.excepthook = previous
