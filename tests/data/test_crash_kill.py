"""Kill the app while it saves, again and again: nothing acknowledged is lost (R1, R3, R9).

A child process (tests/data/crash_child.py) saves through the core services on a real
database file and is killed at a random moment (SIGKILL on Linux, TerminateProcess on
Windows: ``Popen.kill()``). After every kill the file must pass ``integrity_check`` and
``foreign_key_check``; every save the child acknowledged (printed after the service returned)
must be there; printed slip numbers must run 1..N per year with no gap or duplicate, each
acknowledged one on its slip; and the save the child was making when it died is sent again by
the next child with the same submission id and must exist exactly once.

CI runs ``TAMGA_CRASH_KILLS`` kills (40 by default, about 25 s); the full check of
reliability.md R1 runs on demand::

    TAMGA_CRASH_KILLS=1000 uv run pytest tests/data/test_crash_kill.py -s

``TAMGA_CRASH_SEED`` repeats a run's choice of saves (the kill moments stay random); ``-s``
shows the measured summary line.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from data import open_database
from tests.core.leave.conftest import build_office

KILLS = int(os.environ.get("TAMGA_CRASH_KILLS", "40"))
SEED = int(os.environ.get("TAMGA_CRASH_SEED", "2026"))
ROOT = Path(__file__).resolve().parents[2]
#: Longest a child may take to open the file and start saving (a slow CI machine, recovery).
START_TIMEOUT = 30.0
#: The kill comes up to this long after the child started saving (so mostly mid-save) ...
MAX_RUN = 1.0
#: ... except for this share of kills, which come during its start-up (opening, recovery).
EARLY_KILLS = 0.1
#: Where each acknowledged creation lands.
TABLES = {"employee": "employees", "slip": "leave_slips", "job_description": "job_descriptions"}

Payload = dict[str, Any]


class Child:
    """One child process and the lines it wrote, read on a thread so its pipe never fills."""

    def __init__(self, db: Path, seed: int, stderr: IO[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.data.crash_child", str(db), str(seed)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                self.lines.append(line.rstrip("\n"))

    def wait_for(self, word: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not any(line.startswith(word) for line in self.lines):
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the child did not say {word} (exit code {self.process.poll()})")
            time.sleep(0.005)

    def go(self, pending: Payload | None) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(pending or {}) + "\n")
        self.process.stdin.flush()

    def kill(self) -> list[tuple[str, Payload]]:
        """Kill it and return its protocol lines; it must not have died on its own."""
        died_alone = self.process.poll()
        self.process.kill()
        self.process.wait()
        self._reader.join(timeout=10)
        if died_alone is not None:
            pytest.fail(f"the child died before the kill (exit code {died_alone}); see its stderr")
        parsed = [line.split(" ", 1) for line in self.lines]
        return [(word, json.loads(rest)) for word, rest in parsed]


@dataclass
class Ledger:
    """What the children acknowledged, and what the test measured."""

    acks: list[Payload] = field(default_factory=list)
    resends: list[Payload] = field(default_factory=list)
    kills: int = 0
    refused: int = 0
    committed_unacknowledged: int = 0  # pending saves found in the file after the kill
    ops: Counter[str] = field(default_factory=Counter)

    def take(self, lines: list[tuple[str, Payload]]) -> Payload | None:
        """Record a dead child's lines; return its save in flight, to send again, if any."""
        pending: Payload | None = None
        for word, payload in lines:
            if word == "SEND":
                pending = payload
            elif word == "ACK":
                pending = None
                self.acks.append(payload)
                self.ops[payload["op"]] += 1
                if payload["resend"]:
                    self.resends.append(payload)
            elif word == "REFUSED":
                pending = None
                self.refused += 1
        return pending if pending is not None and "sid" in pending else None


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    path = tmp_path / "tamga.db"
    database = open_database(path, backup_dir=tmp_path / "backups")
    try:
        build_office(database.uow_factory())
    finally:
        database.dispose()
    return path


def _rows(con: sqlite3.Connection, sql: str, *args: object) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in con.execute(sql, args)]


def _by_submission(con: sqlite3.Connection, table: str) -> dict[str, int]:
    return dict(_rows(con, f"SELECT submission_id, id FROM {table} WHERE submission_id IS NOT NULL"))  # noqa: S608


def check_file(db: Path, ledger: Ledger, pending: Payload | None) -> None:
    """Everything the file must show after a kill; fails the test with the first problem."""
    with closing(sqlite3.connect(db)) as con:
        assert _rows(con, "PRAGMA integrity_check") == [("ok",)], f"damaged after kill {ledger.kills}"
        assert _rows(con, "PRAGMA foreign_key_check") == []
        saved = {op: _by_submission(con, table) for op, table in TABLES.items()}
        events = set(_by_submission(con, "employment_events"))
        slips = {row[0]: row[1:] for row in _rows(con, "SELECT id, number_year, number_seq, status FROM leave_slips")}
        for ack in ledger.acks:
            _check_ack(ack, saved, events, slips)
        _check_numbers(con)
        if pending is not None:
            present = pending["sid"] in (events if pending["op"] == "event" else saved[pending["op"]])
            ledger.committed_unacknowledged += present


def _check_ack(
    ack: Payload, saved: dict[str, dict[str, int]], events: set[str], slips: dict[int, tuple[Any, ...]]
) -> None:
    op = ack["op"]
    if op in TABLES:
        assert saved[op].get(ack["sid"]) == ack["id"], f"acknowledged {op} lost: {ack}"
    elif op == "event":
        assert ack["sid"] in events, f"acknowledged event lost: {ack}"
    else:  # a print or a void: the slip keeps the number the child was told
        year, seq, status = slips[ack["id"]]
        assert f"{year}-{seq:04d}" == ack["number"], f"printed number changed: {ack}"
        assert status != "draft"
        if op == "void":
            assert status == "voided", f"acknowledged void lost: {ack}"


def _check_numbers(con: sqlite3.Connection) -> None:
    """Per year the numbers are 1..N, each once, and the counter stands at N (§3.1)."""
    counters = dict(_rows(con, "SELECT year, last_seq FROM slip_counters"))
    numbered = _rows(con, "SELECT number_year, number_seq FROM leave_slips WHERE number_seq IS NOT NULL")
    for year in {year for year, _seq in numbered} | set(counters):
        seqs = sorted(seq for y, seq in numbered if y == year)
        assert seqs == list(range(1, len(seqs) + 1)), f"gap or duplicate in {year}: {seqs}"
        assert counters.get(year, 0) == len(seqs), f"counter of {year} is not its last number"


def _check_resends(db: Path, ledger: Ledger) -> None:
    """Every save sent again after a kill exists exactly once, as the record acknowledged."""
    with closing(sqlite3.connect(db)) as con:
        for ack in ledger.resends:
            table = "employment_events" if ack["op"] == "event" else TABLES[ack["op"]]
            rows = _rows(con, f"SELECT id FROM {table} WHERE submission_id = ?", ack["sid"])  # noqa: S608
            assert len(rows) == 1, f"resent {ack['op']} saved {len(rows)} times"
            if ack["op"] in TABLES:
                assert rows == [(ack["id"],)]


@pytest.mark.timeout(60 + 10 * KILLS)  # generous: a busy CI machine runs each kill slower
def test_killed_saves_lose_nothing_acknowledged(office_db: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    ledger = Ledger()
    started = time.monotonic()
    with (tmp_path / "child-stderr.txt").open("w", encoding="utf-8") as stderr:
        child = Child(office_db, rng.randrange(10**9), stderr)
        child.wait_for("LOADED")
        pending: Payload | None = None
        for _kill in range(KILLS):
            child.go(pending)
            warm = Child(office_db, rng.randrange(10**9), stderr)  # imports while this one saves
            if rng.random() < EARLY_KILLS:
                time.sleep(rng.uniform(0.0, 0.05))
            else:
                child.wait_for("READY")
                time.sleep(rng.uniform(0.0, MAX_RUN))
            pending = ledger.take(child.kill())
            ledger.kills += 1
            check_file(office_db, ledger, pending)
            child = warm
            child.wait_for("LOADED")
        child.kill()
    _check_resends(office_db, ledger)
    elapsed = time.monotonic() - started
    print(
        f"\ncrash test: {ledger.kills} kills, {len(ledger.acks)} acknowledged saves {dict(ledger.ops)}, "
        f"{len(ledger.resends)} resent ({ledger.committed_unacknowledged} had been committed before the kill), "
        f"{ledger.refused} refused by the rules, 0 failures, {elapsed:.1f} s, seed {SEED}"
    )
    assert len(ledger.acks) > ledger.kills, "the children hardly saved anything: the test proves nothing"
    assert ledger.ops["print"] > 0 and ledger.resends
