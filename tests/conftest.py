"""Test-wide set-up: no display, Mongolian messages, and a fresh unit of work per test."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from core import i18n  # noqa: E402
from tests.fakes import FakeUnitOfWork  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "resources" / "locale"


@pytest.fixture(autouse=True)
def mongolian_messages() -> None:
    """Run every test in the default UI language, as the secretary sees the app."""
    if (LOCALE_DIR / "mn" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo").exists():
        i18n.set_language("mn", LOCALE_DIR)
    else:  # catalogue not compiled yet: English source strings
        i18n.set_language("en", LOCALE_DIR)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()
