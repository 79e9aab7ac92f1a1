"""How long checking a password takes with the production argon2id parameters (T4.1, goal R12).

Run with ``uv run pytest tests/benchmarks/test_password_speed.py --benchmark-only -p no:randomly``.
reliability.md §4.1 asks for 0.1–0.5 s on the office PC: slow enough that guessing from a
stolen file is costly, quick enough that the login does not feel stuck (it runs off the GUI
thread anyway). Above the band on a loaded machine is a warning to measure on the real PC.
"""

from __future__ import annotations

from typing import Any

from core.passwords import Argon2Hasher

BAND_SECONDS = (0.1, 0.5)
#: A shared CI or development machine is slower than an idle office PC; the test fails only far outside.
TOLERANCE = 2.0


def test_verify_time_with_production_parameters(benchmark: Any) -> None:
    hasher = Argon2Hasher()
    stored = hasher.hash("нууц үг 123")
    assert benchmark.pedantic(hasher.verify, args=(stored, "нууц үг 123"), rounds=5, iterations=1)
    median = benchmark.stats.stats.median
    low, high = BAND_SECONDS
    assert low / TOLERANCE <= median <= high * TOLERANCE, f"verify took {median:.3f} s"
