"""The process the crash test kills (tests/data/test_crash_kill.py): it saves until it dies.

Run as ``python -m tests.data.crash_child DB SEED``; it reads one line from stdin first (see
:func:`main`), then opens the database as the app does (``data.open_database``: WAL,
``synchronous=FULL``, ``BEGIN IMMEDIATE``), prints ``READY`` and then saves forever through the
core services: new employees, career events, leave slip drafts, printed (numbered) and voided
slips, job description drafts. For each save it prints ``SEND <json>`` before calling the
service and ``ACK <json>`` only after the service returned, flushing each line, so every ACK
the parent reads is a save the app would have reported done. The stdin line holds the last SEND
of the killed child that got no ACK: it is sent again first, with the same submission id, as a
secretary would after a crash.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from core import services
from core.entities import Employee, EmployeeStatus, EmploymentEvent, EventKind, Gender, Position, ServiceCategory
from core.leave.calendar import public_holidays
from core.leave.entities import LeaveSlip, SlipFilter, SlipStatus
from core.ports import UnitOfWorkFactory
from core.registration import make_registration_number
from core.services.errors import NotFoundError, RefusedError
from core.validation import ValidationError
from data import open_database

#: The day the child's saves are made on (the services' "today").
TODAY = date(2026, 3, 2)
LETTERS = ("УБ", "АР", "ЧЕ", "ТА", "ДО")
#: Leave is taken on days of these years.
FIRST_DAY, SLIP_YEARS = date(2027, 1, 4), 6
#: How often each kind of save is chosen.
WEIGHTS = {"employee": 3, "event": 1, "slip": 4, "print": 3, "void": 1, "job_description": 1}

Payload = dict[str, Any]


def say(word: str, payload: Payload) -> None:
    """One protocol line, written and flushed before anything else happens."""
    sys.stdout.write(f"{word} {json.dumps(payload)}\n")
    sys.stdout.flush()


class Child:
    """Chooses saves from the database's current state, so a restart carries on from it."""

    def __init__(self, uows: UnitOfWorkFactory, rng: random.Random) -> None:
        self.uows = uows
        self.rng = rng
        staff = services.list_employee_items(uows())
        self.post_id = next(i.employee.position_id for i in staff if i.position_title == "Ахлах мэргэжилтэн")
        self.unit_id = next(i.department_id for i in staff if i.position_title == "Ахлах мэргэжилтэн")

    # Choosing a save: each returns the SEND payload, or None when there is nothing to do.

    def choose(self) -> Payload | None:
        kind = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        chooser: Callable[[], Payload | None] = getattr(self, f"choose_{kind}")
        return chooser()

    def choose_employee(self) -> Payload:
        born = date(1950, 1, 1) + timedelta(days=self.rng.randrange(18_000))
        return {
            "op": "employee",
            "sid": str(uuid.uuid4()),
            "born": born.isoformat(),
            "serial": self.rng.randrange(5),
            "letters": self.rng.choice(LETTERS),
            "gender": self.rng.choice([g.value for g in Gender]),
        }

    def choose_event(self) -> Payload | None:
        people = [i.employee for i in services.list_employee_items(self.uows()) if i.employee.phone == "99000000"]
        if not people:
            return None
        person = self.rng.choice(people)
        kind = EventKind.SUSPENDED if person.status is EmployeeStatus.ACTIVE else EventKind.REINSTATED
        return {"op": "event", "sid": str(uuid.uuid4()), "employee_id": person.id, "kind": kind.value}

    def choose_slip(self) -> Payload:
        people = [
            i.employee
            for i in services.list_employee_items(self.uows())
            if i.employee.position_id == self.post_id and i.employee.status is EmployeeStatus.ACTIVE
        ]
        day = FIRST_DAY + timedelta(days=self.rng.randrange(7 * 52 * SLIP_YEARS))
        day -= timedelta(days=max(0, day.weekday() - 4))  # a weekend day becomes Friday
        return {"op": "slip", "sid": str(uuid.uuid4()), "employee_id": self.rng.choice(people).id, "day": str(day)}

    def choose_print(self) -> Payload | None:
        return self._slip_in(SlipStatus.DRAFT, op="print", year=self.rng.choice([2026, 2027]))

    def choose_void(self) -> Payload | None:
        return self._slip_in(SlipStatus.PRINTED, op="void")

    def _slip_in(self, status: SlipStatus, **payload: Any) -> Payload | None:
        items = services.list_slips(self.uows(), SlipFilter(status=status), limit=None).items
        return None if not items else {**payload, "slip_id": self.rng.choice(items).id}

    def choose_job_description(self) -> Payload:
        title = f"Мэргэжилтэн {self.rng.randrange(10**6)}"
        position = Position(title, self.unit_id, ServiceCategory.ADMINISTRATIVE, class_number=7)
        saved = services.save_position(self.uows(), position)  # not a form under test: no ACK
        return {"op": "job_description", "sid": str(uuid.uuid4()), "position_id": saved.id}

    # Doing a save: each returns what the ACK reports.

    def do(self, payload: Payload) -> Payload:
        handler: Callable[[Payload], Payload] = getattr(self, f"do_{payload['op']}")
        return handler(payload)

    def do_employee(self, p: Payload) -> Payload:
        born, gender = date.fromisoformat(p["born"]), Gender(p["gender"])
        form = Employee(
            patronymic="Ганбат",
            given_name="Сүхээ",
            registration_number=make_registration_number(p["letters"], born, p["serial"], gender),
            birth_date=born,
            gender=gender,
            phone="99000000",  # marks the child's people
            position_id=self.post_id,
            appointed_on=date(2025, 9, 1),
            career_started_on=date(2015, 9, 1),
            submission_id=p["sid"],
        )
        return {"id": services.save_employee(self.uows(), form, today=TODAY).id}

    def do_event(self, p: Payload) -> Payload:
        event = EmploymentEvent(
            employee_id=p["employee_id"],
            kind=EventKind(p["kind"]),
            effective_on=TODAY,
            order_number="Б/01",
            order_date=TODAY,
            submission_id=p["sid"],
        )
        saved = services.record_event(self.uows(), event)
        return {"employee_id": saved.id, "status": saved.status.value}

    def do_slip(self, p: Payload) -> Payload:
        day = date.fromisoformat(p["day"])
        form = LeaveSlip(
            employee_id=p["employee_id"],
            starts_at=datetime.combine(day, time(9, 0)),
            ends_at=datetime.combine(day, time(13, 0)),
            submission_id=p["sid"],
        )
        return {"id": services.save_draft(self.uows(), form).id}

    def do_print(self, p: Payload) -> Payload:
        result = services.print_slip(self.uows(), p["slip_id"], now=datetime(p["year"], 3, 2, 10, 0))
        return {"id": result.slip.id, "number": str(result.slip.number), "copy": result.is_copy}

    def do_void(self, p: Payload) -> Payload:
        slip = services.void_slip(self.uows(), p["slip_id"], reason="Огноо буруу")
        return {"id": slip.id, "number": str(slip.number)}

    def do_job_description(self, p: Payload) -> Payload:
        draft = services.new_job_description(self.uows(), p["position_id"])
        saved = services.save_job_description(self.uows(), replace(draft, submission_id=p["sid"]))
        return {"id": saved.id}

    def send(self, payload: Payload, *, resend: bool = False) -> None:
        say("SEND", payload)
        try:
            result = self.do(payload)
        except (ValidationError, RefusedError, NotFoundError) as error:
            say("REFUSED", {**payload, "why": type(error).__name__})  # a rule said no: nothing saved
            return
        say("ACK", {**payload, **result, "resend": resend})


def main(argv: list[str]) -> None:
    """Wait (imports done) for the go line on stdin, the pending save or ``{}``, then save forever.

    The parent starts the next child while the current one runs, so the imports' half second
    is not spent between two kills.
    """
    path, seed = Path(argv[1]), int(argv[2])
    for year in range(FIRST_DAY.year, FIRST_DAY.year + SLIP_YEARS + 1):
        public_holidays(year)  # the holidays package's first use takes seconds: the app warms it up too
    say("LOADED", {"seed": seed})
    pending = json.loads(sys.stdin.readline() or "{}")
    database = open_database(path, backup_dir=path.parent / "backups")
    child = Child(database.uow_factory, random.Random(seed))
    say("READY", {"seed": seed})
    if pending:
        child.send(pending, resend=True)
    while True:
        payload = child.choose()
        if payload is not None:
            child.send(payload)


if __name__ == "__main__":
    main(sys.argv)
