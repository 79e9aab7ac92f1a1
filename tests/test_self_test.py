"""``tamga --self-test``: every check passes unfrozen, a failure is reported and fails the run, and
the user's data folder is never touched. CI runs the same test on the frozen build (.ci/run)."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from core.self_test import AppChecks, Check, Skipped, Storage, Store, run_check, run_checks
from tests.fakes import FakeUnitOfWork

CHECKS = ["Qt platform", "fonts", "migrations", "leave slip", "slip seal", "backup", "Qt print support"]


def test_the_self_test_passes_unfrozen_and_leaves_the_user_data_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    user_data = tmp_path / "userdata"
    monkeypatch.setenv("TAMGA_DATA_DIR", str(user_data))
    report = tmp_path / "report.txt"

    assert main.run_self_test(str(report)) == 0

    lines = report.read_text(encoding="utf-8").splitlines()
    assert capsys.readouterr().out.splitlines() == lines
    assert [line.split(" (")[0].split(" ", 1)[1] for line in lines[:-1]] == CHECKS
    assert all(line.startswith(("ok ", "skipped slip seal")) for line in lines[:-1]), lines
    assert lines[-1] == f"ok self-test: {len(CHECKS)} of {len(CHECKS)} checks passed"
    assert not user_data.exists()


def test_a_failing_check_is_reported_and_fails_the_run_but_the_others_still_run() -> None:
    def broken() -> str:
        raise FileNotFoundError("font file missing: NotoSerif-Regular.ttf")

    def not_here() -> str:
        raise Skipped("this build prints no seal on slips yet")

    lines: list[str] = []
    passed = run_checks([Check("fonts", broken), Check("slip seal", not_here), Check("backup", lambda: "made")],
                        lines.append)

    assert not passed
    assert lines[0].startswith("FAIL fonts (")
    assert lines[0].endswith("): FileNotFoundError: font file missing: NotoSerif-Regular.ttf")
    assert lines[1].startswith("skipped slip seal (")
    assert lines[2].startswith("ok backup (") and lines[2].endswith("): made")
    assert lines[3] == "FAIL self-test: 2 of 3 checks passed"


def test_skipped_checks_do_not_fail_the_run() -> None:
    def not_here() -> str:
        raise Skipped("not in this build")

    lines: list[str] = []
    assert run_checks([Check("slip seal", not_here)], lines.append)
    assert lines[-1] == "ok self-test: 1 of 1 checks passed"


def _storage(schema: str, head: str) -> Storage:
    store = Store(uow_factory=FakeUnitOfWork, key=b"k" * 32, schema=schema, close=lambda: None)
    return Storage(open=lambda _path: store, head=head, backup=lambda _source, _target: None)


def test_a_new_file_left_below_the_head_revision_fails(tmp_path: Path) -> None:
    checks = AppChecks(folder=tmp_path, font_dir=tmp_path, storage=_storage("aaaa", "bbbb"))

    outcome = run_check(Check("migrations", checks.migrations))

    assert outcome.status == "FAIL"
    assert outcome.detail == "RuntimeError: the new file is at schema aaaa, not bbbb"


def test_a_backup_that_wrote_no_file_fails(tmp_path: Path) -> None:
    checks = AppChecks(folder=tmp_path, font_dir=tmp_path, storage=_storage("bbbb", "bbbb"))
    assert run_check(Check("migrations", checks.migrations)).status == "ok"

    outcome = run_check(Check("backup", checks.backup))

    assert outcome.status == "FAIL"
    assert "no backup file" in outcome.detail


def test_checks_after_a_failed_open_say_why(tmp_path: Path) -> None:
    checks = AppChecks(folder=tmp_path, font_dir=tmp_path, storage=_storage("bbbb", "bbbb"))

    outcome = run_check(Check("leave slip", checks.leave_slip))

    assert outcome.status == "FAIL"
    assert outcome.detail == "RuntimeError: the database was not opened (see migrations)"
