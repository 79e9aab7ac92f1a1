"""Opening the job description editor on seed 000 (18 functions, 37 skill lines) takes ≤ 300 ms (median).

Measured as the secretary waits for it: the window built, filled, checked and shown with its
first layout and paint done. Run with
``uv run pytest tests/benchmarks/test_job_description_editor_speed.py --benchmark-only``;
the default options skip benchmarks.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from core import services
from core.job_description.entities import JobDescription
from gui.forms.job_description_dialog import JobDescriptionDialog
from tests.core.builders import office_with_people
from tests.fakes import FakeUnitOfWork
from tests.job_descriptions.seed_000 import seed_description

MEDIAN_SECONDS = 0.300
ROUNDS = 15


@pytest.mark.benchmark
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the offscreen platform's notice
def test_opening_the_seed_in_the_editor(benchmark: Any, qapp: QApplication) -> None:
    uow = FakeUnitOfWork()
    office = office_with_people(uow)
    saved = services.save_job_description(uow, seed_description(office["head_post"].id))
    opened: list[JobDescriptionDialog] = []

    def open_editor(description: JobDescription) -> JobDescriptionDialog:
        dialog = JobDescriptionDialog(uow, description)
        dialog.show()
        QApplication.processEvents()  # the first layout and paint are part of opening
        opened.append(dialog)
        return dialog

    def close_previous() -> tuple[tuple[JobDescription], dict[str, Any]]:
        while opened:
            dialog = opened.pop()
            dialog.hide()
            dialog.deleteLater()
        QApplication.processEvents()
        return (saved,), {}

    dialog = benchmark.pedantic(open_editor, setup=close_previous, rounds=ROUNDS, warmup_rounds=1)
    assert dialog.form.objectives.model.rowCount() == 4
    assert dialog.form.read() == saved
    close_previous()
    assert benchmark.stats.stats.median <= MEDIAN_SECONDS
