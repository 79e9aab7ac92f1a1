"""Test-wide set-up: no display, Mongolian messages, and a fresh unit of work per test."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from core import i18n  # noqa: E402
from tests.fakes import FakeUnitOfWork  # noqa: E402

#: The day the shared demo database is made on, so its leave is the same whenever tests run.
DEMO_DAY = date(2026, 11, 25)

# Property tests: 100 examples per test on every run, 1,000 nightly (HYPOTHESIS_PROFILE=nightly,
# goal R15). No deadline: seven test runs share two cores, and a slow example is not a failure.
settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("nightly", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database made on ``DEMO_DAY``, filled once per test session.

    Each test works on its own copy.
    """
    from core.demo import fill_demo_office
    from data import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path, backup_dir=path.parent / "backups")
    try:
        fill_demo_office(database.uow_factory, today=DEMO_DAY)
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    shutil.copyfile(demo_template, path)
    return path
