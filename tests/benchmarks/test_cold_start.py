"""Issue 3: with 10,000 employees, cold start to an interactive list ≤ 1.5 s and ≤ 250 MB RSS.

The whole process is measured, as the secretary experiences it: interpreter start, imports,
opening and checking the database, loading the list, showing and painting the window.
Run with ``uv run pytest tests/benchmarks/test_cold_start.py --benchmark-only``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui.app import QUIT_AFTER_START
from tests.benchmarks.office import crowded_office

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def crowded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cold") / "tamga.db"
    crowded_office(path).dispose()
    return path


def start_and_quit(db_path: Path, data_dir: Path) -> None:
    env = os.environ | {QUIT_AFTER_START: "1", "TAMGA_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled; the warm-up writes it
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path)], env=env, check=True,
                   timeout=60, capture_output=True)


@pytest.mark.benchmark
def test_cold_start_with_ten_thousand_employees(crowded_db: Path, tmp_path: Path, benchmark: Any) -> None:
    benchmark.pedantic(start_and_quit, args=(crowded_db, tmp_path), rounds=5, warmup_rounds=1)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    benchmark.extra_info["peak_rss_mb"] = round(peak_rss_mb, 1)
    print(f"\ncold start median {benchmark.stats.stats.median:.3f} s, peak RSS {peak_rss_mb:.0f} MB")
    assert benchmark.stats.stats.median <= 1.5
    assert peak_rss_mb <= 250
