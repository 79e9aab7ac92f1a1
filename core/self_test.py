"""``tamga --self-test``: prove that a build can do its real work, one line per check.

The frozen app is built on one machine and run on another, and what PyInstaller left out
shows only when the code that needs it runs (reliability.md §5, goal R14). So each check runs
the real code path (the same services, renderers and storage as the screens) on throw-away
records in a temporary folder the caller owns; the user's database, key and backups are
never opened. This module holds the checks that need no window; ``gui.self_test`` adds the
Qt ones and ``main.py`` passes in the storage functions, so no layer imports another's.

A check returns a short detail for its "ok" line, raises :class:`Skipped` when it does not
apply to this build, and fails with any other exception: the runner reports it and goes on,
so one run lists every problem.

The lines are English on purpose, like a log: CI and whoever supports the office read them,
and scripts look for the leading ``ok`` / ``FAIL`` / ``skipped``.
"""

from __future__ import annotations

import importlib.util
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from core import services
from core.leave.entities import SlipNumber
from core.ports import UnitOfWorkFactory

if TYPE_CHECKING:
    from core.leave.seal import Seal

#: The letters every printed document must show: the Mongolian Cyrillic alphabet, both cases.
MONGOLIAN_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ" + "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя"

Status = Literal["ok", "FAIL", "skipped"]


class Skipped(Exception):
    """The check does not apply to this build (e.g. a feature not in it yet); not a failure."""


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    run: Callable[[], str]  # the detail of the "ok" line; raises on failure


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    status: Status
    detail: str
    seconds: float

    def line(self) -> str:
        """``ok fonts (0.1 s): …``, ``FAIL backup (0.0 s): …`` or ``skipped seal: …``."""
        return f"{self.status} {self.name} ({self.seconds:.1f} s): {self.detail}"


def run_check(check: Check) -> Outcome:
    """Run one check; an exception is its failure, reported with its type so it can be traced."""
    started = time.perf_counter()
    status: Status = "ok"
    try:
        detail = check.run()
    except Skipped as skipped:
        detail, status = str(skipped), "skipped"
    except Exception as error:  # noqa: BLE001 - every failure is reported, then the next check runs
        detail, status = f"{type(error).__name__}: {error}", "FAIL"
    return Outcome(check.name, status, detail, time.perf_counter() - started)


def run_checks(checks: Sequence[Check], report: Callable[[str], None]) -> bool:
    """Run every check in order, report each line as it finishes; True when none failed."""
    outcomes = []
    for check in checks:
        outcomes.append(run_check(check))
        report(outcomes[-1].line())
    failed = sum(outcome.status == "FAIL" for outcome in outcomes)
    report(f"{'FAIL' if failed else 'ok'} self-test: {len(outcomes) - failed} of {len(outcomes)} checks passed")
    return not failed


@dataclass(frozen=True, slots=True)
class Store:
    """A database opened for the self-test, described without naming the storage library."""

    uow_factory: UnitOfWorkFactory
    key: bytes
    schema: str | None  # the revision the new file was migrated to
    close: Callable[[], None]


@dataclass(frozen=True, slots=True)
class Storage:
    """The storage functions ``main.py`` passes in (``data`` is not imported by core)."""

    open: Callable[[Path], Store]  # opens (creating and migrating) the file
    head: str  # the schema revision this build migrates to
    backup: Callable[[Path, Path], object]  # makes a verified backup of the file at the path


class AppChecks:
    """Fonts, migrations, a printed slip, its seal and a backup, sharing one temporary database.

    Later checks use what earlier ones made (the slip is printed from the migrated file, the
    backup copies it); if an earlier one failed, a later one fails too, with its own reason.
    """

    def __init__(self, *, folder: Path, font_dir: Path, storage: Storage, today: date | None = None) -> None:
        self._folder = folder
        self._font_dir = font_dir
        self._storage = storage
        self._today = today or date.today()
        self._db_path = folder / "self-test.db"
        self._store: Store | None = None
        self._slip: object | None = None  # the printed SlipDocument, for the seal check
        self._number: SlipNumber | None = None

    @property
    def slip_pdf(self) -> Path:
        """Where the slip check writes its PDF (the GUI's print check prints it again)."""
        return self._folder / "slip.pdf"

    def checks(self) -> list[Check]:
        return [
            Check("fonts", self.fonts),
            Check("migrations", self.migrations),
            Check("leave slip", self.leave_slip),
            Check("slip seal", self.slip_seal),
            Check("backup", self.backup),
        ]

    def close(self) -> None:
        """Close the database so the temporary folder can be removed (Windows keeps open files)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def fonts(self) -> str:
        from reportlab.pdfbase import pdfmetrics

        from core.documents.fonts import FONT_FILES, register_fonts

        register_fonts(self._font_dir)
        for name in FONT_FILES:
            covered = pdfmetrics.getFont(name).face.charToGlyph
            missing = "".join(letter for letter in MONGOLIAN_LETTERS if ord(letter) not in covered)
            if missing:
                raise RuntimeError(f"font {name} has no glyph for {missing}")
        return f"{len(FONT_FILES)} faces from {self._font_dir} cover Ө Ү ө ү and the whole Mongolian alphabet"

    def migrations(self) -> str:
        self._store = self._storage.open(self._db_path)
        if self._store.schema != self._storage.head:
            raise RuntimeError(f"the new file is at schema {self._store.schema}, not {self._storage.head}")
        return f"a new file was migrated to schema {self._store.schema}"

    def leave_slip(self) -> str:
        from core.demo import fill_demo_office
        from core.documents.leave_slip import render_leave_slip

        store = self._opened()
        fill_demo_office(store.uow_factory, today=self._today)
        number = _first_number(store.uow_factory)
        buffer = io.BytesIO()
        result = services.reprint_slip(store.uow_factory(), number, now=datetime.now(),
                                       render=lambda document: render_leave_slip(document, buffer))
        data = buffer.getvalue()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise RuntimeError(f"slip {number} did not render as a PDF ({len(data)} bytes)")
        self.slip_pdf.write_bytes(data)
        self._slip, self._number = result.document, number
        return f"slip {number} of the demo office rendered as a {len(data) // 1024} KB PDF"

    def slip_seal(self) -> str:
        """The seal printed on the slip verifies against the record, and an altered one does not."""
        if importlib.util.find_spec("core.leave.seal") is None or not _prints_seals():
            raise Skipped("this build prints no seal on slips yet")
        printed = getattr(self._slip, "seal", None)
        if printed is None or self._number is None:
            raise RuntimeError("the printed slip carries no seal (see leave slip)")
        from core.leave.seal import Verdict, check_seal, read_code

        record, key = self._record_seal(self._number), self._opened().key
        for text in (printed.payload, printed.code):
            verdict = check_seal(read_code(text), record, key=key).verdict
            if verdict is not Verdict.MATCH:
                raise RuntimeError(f"the printed seal {text} reads as {verdict}, not as the record")
        scanned = self._scanned_qr_codes()
        if scanned is not None and printed.payload not in scanned:
            raise RuntimeError(f"the QR code read back from the printed PDF is {scanned}, not {printed.payload}")
        forged = printed.payload[:-1] + ("1" if printed.payload.endswith("0") else "0")
        if check_seal(read_code(forged), record, key=key).verdict is Verdict.MATCH:
            raise RuntimeError(f"a forged seal {forged} was accepted")
        how = "the QR code scanned from the PDF" if scanned is not None else "the QR text"
        return f"{how} and the short code {printed.code} match the record; a forged one does not"

    def _scanned_qr_codes(self) -> list[str] | None:
        """The QR codes read from the slip PDF rendered at 200 dpi, as "Verify a slip" reads a scan."""
        if importlib.util.find_spec("core.leave.seal_scan") is None:
            return None
        import pypdfium2

        from core.leave.seal_scan import read_qr_codes

        scan = self._folder / "slip-scan.png"
        pdf = pypdfium2.PdfDocument(self.slip_pdf.read_bytes())
        try:
            pdf[0].render(scale=200 / 72).to_pil().save(scan)
        finally:
            pdf.close()
        return read_qr_codes(scan)

    def _record_seal(self, number: SlipNumber) -> Seal:
        """The seal the record of slip *number* gives today (what a check compares the paper with)."""
        from core.leave.seal import seal_slip

        store = self._opened()
        with store.uow_factory() as uow:
            slip = uow.leave_slips.by_number(number)
            employee = uow.employees.get(slip.employee_id) if slip is not None else None
        if slip is None or employee is None:
            raise RuntimeError(f"slip {number} or its employee is not in the database")
        return seal_slip(slip, registration_number=employee.registration_number, key=store.key)

    def backup(self) -> str:
        self._opened()
        target = self._folder / "backups" / "self-test-backup.db"
        self._storage.backup(self._db_path, target)
        if not target.is_file():
            raise RuntimeError(f"no backup file at {target}")
        return f"a verified backup of {target.stat().st_size // 1024} KB was made"

    def _opened(self) -> Store:
        if self._store is None:
            raise RuntimeError("the database was not opened (see migrations)")
        return self._store


def _prints_seals() -> bool:
    """Whether slip documents carry a seal in this build (the seal came after the slips)."""
    from core.documents.models import SlipDocument

    return "seal" in {field.name for field in fields(SlipDocument)}


def _first_number(uow_factory: UnitOfWorkFactory) -> SlipNumber:
    """The number of some printed slip (the demo prints several)."""
    items = services.list_slips(uow_factory(), limit=None).items
    numbers = [item.number for item in items if item.number is not None]
    if not numbers:
        raise RuntimeError("the demo office has no numbered slip")
    return numbers[0]
