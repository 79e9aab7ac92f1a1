"""Printing speed: a slip feels instant (≤ 15 ms), a 500-person register takes under a second.

Run with ``uv run pytest tests/benchmarks/test_documents_speed.py --benchmark-only``; the
default options skip benchmarks. Fonts are registered once per process, as in the app.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from core.documents.fonts import default_font_dir, register_fonts
from core.documents.leave_register import render_register_pdf, render_register_xlsx
from core.documents.leave_slip import render_leave_slip
from core.documents.models import SlipSeal
from tests.core.documents import samples

SLIP_MEDIAN_SECONDS = 0.015
REGISTER_MEDIAN_SECONDS = 1.0
PEOPLE = 500


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts(default_font_dir())


def _render(renderer: Any, doc: Any, **kwargs: Any) -> int:
    out = io.BytesIO()
    renderer(doc, out, **kwargs)
    return len(out.getvalue())


#: A numbered slip's seal as the services make it (core.leave.seal): the QR code is encoded per render.
SEAL = SlipSeal("TMG1/2026-0042/17/VM9B/202611260900/202611301800/1440/P/S/XM59G1FVV0QRQ26T", "2026-0042-XM59-G1FV")


@pytest.mark.benchmark
@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "sealed"])
@pytest.mark.parametrize("layout", ["a5", "a4x2"])
def test_slip_pdf_speed(benchmark: Any, layout: str, sealed: bool) -> None:
    slip = samples.slip(seal=SEAL if sealed else None)
    _render(render_leave_slip, slip, layout=layout)  # warm the style caches, as the app's first print does
    assert benchmark(_render, render_leave_slip, slip, layout=layout) > 0
    if layout == "a5":
        assert benchmark.stats.stats.median <= SLIP_MEDIAN_SECONDS


@pytest.mark.benchmark
def test_register_pdf_speed_for_500_people(benchmark: Any) -> None:
    register = samples.register(PEOPLE, entries=3)  # 1–3 leaves each
    assert sum(len(person.entries) for person in register.people) >= PEOPLE * 2 - 1
    assert benchmark.pedantic(_render, args=(render_register_pdf, register), rounds=5, warmup_rounds=1) > 0
    assert benchmark.stats.stats.median <= REGISTER_MEDIAN_SECONDS


@pytest.mark.benchmark
def test_register_xlsx_speed_for_500_people(benchmark: Any) -> None:
    register = samples.register(PEOPLE, entries=3)
    assert benchmark.pedantic(_render, args=(render_register_xlsx, register), rounds=3, warmup_rounds=1) > 0
