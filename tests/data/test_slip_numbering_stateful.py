"""Slip numbers under any order of print, reprint, void and refused actions (reliability.md R9).

A hypothesis state machine drives the real services on a SQLite file and keeps its own model
of what was printed. After every step: per year the numbers are 1..N with no gap or duplicate,
the counter stands at N, every number the services answered is the one stored on its slip, and
a void slip keeps its number. CI runs about 200 steps; ``TAMGA_NUMBERING_RUNS=500`` runs more.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from core import services
from core.documents.models import SlipDocument
from core.entities import Employee
from core.leave.calendar import public_holidays
from core.leave.entities import LeaveSlip, SlipNumber, SlipStatus
from core.validation import ValidationError
from data import Database, open_database
from tests.core.leave.conftest import build_office

RUNS = int(os.environ.get("TAMGA_NUMBERING_RUNS", "10"))
STEPS = 20  # RUNS × STEPS ≈ 200 steps in CI
YEARS = (2026, 2027)


@cache
def template() -> Path:
    """One migrated office file per test session; each run works on a copy."""
    path = Path(tempfile.mkdtemp(prefix="tamga-numbering-")) / "template.db"
    database = open_database(path, backup_dir=path.parent / "backups")
    try:
        build_office(database.uow_factory())
    finally:
        database.dispose()
    return path


def working_days() -> list[date]:
    """Weekdays from March 2027 that are not public holidays: one slip a day never overlaps."""
    days = (date(2027, 3, 1) + timedelta(days=n) for n in range(15 * STEPS))
    return [day for day in days if day.weekday() < 5 and day not in public_holidays(day.year)]


class SlipNumbering(RuleBasedStateMachine):
    drafts = Bundle("drafts")
    printed = Bundle("printed")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="tamga-numbering-run-"))
        shutil.copyfile(template(), self.folder / "tamga.db")
        self.database: Database = open_database(self.folder / "tamga.db", backup_dir=self.folder / "backups")
        self.uows = self.database.uow_factory
        self.person: Employee = next(
            i.employee for i in services.list_employee_items(self.uows()) if i.position_title == "Ахлах мэргэжилтэн"
        )
        self.days = iter(working_days())
        self.numbers: dict[int, SlipNumber] = {}  # slip id → the number the services answered
        self.voided: set[int] = set()

    def teardown(self) -> None:
        self.database.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _draft(self, end: time) -> LeaveSlip:
        day = next(self.days)
        assert self.person.id is not None
        start, finish = datetime.combine(day, time(9, 0)), datetime.combine(day, end)
        return LeaveSlip(employee_id=self.person.id, starts_at=start, ends_at=finish)

    @rule(target=drafts)
    def save_draft(self) -> int:
        saved = services.save_draft(self.uows(), self._draft(time(13, 0)))
        assert saved.id is not None and saved.number is None
        return saved.id

    @rule(target=printed, slip_id=consumes(drafts), year=st.sampled_from(YEARS))
    def print_draft(self, slip_id: int, year: int) -> int:
        expected = SlipNumber(year, 1 + sum(1 for n in self.numbers.values() if n.year == year))
        result = services.print_slip(self.uows(), slip_id, now=datetime(year, 2, 20, 10, 0))
        assert not result.is_copy and result.slip.number == expected
        assert result.document.number == str(expected)  # printed no. == stored no.
        self.numbers[slip_id] = expected
        return slip_id

    @rule(slip_id=drafts, year=st.sampled_from(YEARS))
    def print_fails_in_the_printer(self, slip_id: int, year: int) -> None:
        def unplugged(document: SlipDocument) -> None:
            raise OSError("printer unplugged")

        with pytest.raises(OSError):
            services.print_slip(self.uows(), slip_id, now=datetime(year, 2, 20, 10, 0), render=unplugged)
        assert services.get_slip(self.uows(), slip_id).number is None

    @rule(slip_id=printed)
    def reprint(self, slip_id: int) -> None:
        result = services.print_slip(self.uows(), slip_id, now=datetime(2027, 2, 21, 9, 0))
        assert result.is_copy and result.slip.number == self.numbers[slip_id]
        assert result.document.number == str(self.numbers[slip_id])

    @rule(slip_id=printed)
    def void(self, slip_id: int) -> None:
        if slip_id in self.voided:
            with pytest.raises(services.RefusedError):
                services.void_slip(self.uows(), slip_id, reason="Огноо буруу")
            return
        voided = services.void_slip(self.uows(), slip_id, reason="Огноо буруу")
        assert voided.status is SlipStatus.VOIDED and voided.number == self.numbers[slip_id]
        self.voided.add(slip_id)

    @rule(slip_id=printed)
    def void_without_reason_is_refused(self, slip_id: int) -> None:
        with pytest.raises((ValidationError, services.RefusedError)):
            services.void_slip(self.uows(), slip_id, reason="  ")

    @rule(year=st.sampled_from(YEARS))
    def an_order_form_leave_takes_no_number(self, year: int) -> None:
        """Five days and more are given by the chief's order (6.5): printing is refused."""
        taken = [next(self.days) for _ in range(8)]  # eight working days, holidays between or not
        assert self.person.id is not None
        slip = LeaveSlip(
            employee_id=self.person.id,
            starts_at=datetime.combine(taken[0], time(9, 0)),
            ends_at=datetime.combine(taken[-1], time(18, 0)),
        )
        saved = services.save_draft(self.uows(), slip)
        assert saved.id is not None
        with pytest.raises(ValidationError):
            services.print_slip(self.uows(), saved.id, now=datetime(year, 2, 20, 10, 0))

    @invariant()
    def numbers_are_gap_free_and_as_answered(self) -> None:
        with closing(sqlite3.connect(self.database.path)) as con:
            rows = con.execute("SELECT id, number_year, number_seq, status FROM leave_slips").fetchall()
            counters = dict(con.execute("SELECT year, last_seq FROM slip_counters").fetchall())
        stored = {slip_id: SlipNumber(y, s) for slip_id, y, s, _status in rows if s is not None}
        assert stored == self.numbers
        for year in YEARS:
            seqs = sorted(n.sequence for n in stored.values() if n.year == year)
            assert seqs == list(range(1, len(seqs) + 1))
            assert counters.get(year, 0) == len(seqs)
        statuses = {slip_id: status for slip_id, _y, _s, status in rows}
        assert all(statuses[slip_id] == SlipStatus.VOIDED.value for slip_id in self.voided)


SlipNumbering.TestCase.settings = settings(max_examples=RUNS, stateful_step_count=STEPS, deadline=None)
test_slip_numbers_stay_gap_free = SlipNumbering.TestCase
