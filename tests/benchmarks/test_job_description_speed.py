"""Printing a job description feels immediate: the seed's seven pages in ≤ 100 ms (median).

Run with ``uv run pytest tests/benchmarks/test_job_description_speed.py --benchmark-only``;
the default options skip benchmarks. Fonts are registered once per process, as in the app.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.documents.fonts import default_font_dir, register_fonts
from core.documents.job_description_pdf import render_job_description
from tests.job_descriptions.seed_000 import seed_description

MEDIAN_SECONDS = 0.100


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts(default_font_dir())


@pytest.mark.benchmark
def test_job_description_pdf_speed(benchmark: Any) -> None:
    description = seed_description()
    render_job_description(description)  # warm the style caches, as the app's first print does
    assert len(benchmark(render_job_description, description)) > 0
    assert benchmark.stats.stats.median <= MEDIAN_SECONDS
