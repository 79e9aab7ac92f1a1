"""One Tamga per database: a second process is refused and told who holds the lock."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from data.lock import DatabaseInUseError, DatabaseLock, in_use_message, lock_path_for, read_holder

ROOT = Path(__file__).resolve().parents[2]

#: Takes the lock in a separate process; prints the outcome and holds until stdin closes.
CHILD = """
import sys
from pathlib import Path
from data.lock import DatabaseInUseError, DatabaseLock

lock = DatabaseLock(Path(sys.argv[1]))
try:
    lock.acquire()
except DatabaseInUseError as error:
    print("refused", error.holder.pid if error.holder else None, flush=True)
    sys.exit(3)
print("acquired", flush=True)
sys.stdin.read()
"""


def start_child(db_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def lock(db_path: Path) -> Iterator[DatabaseLock]:
    lock = DatabaseLock(db_path)
    yield lock
    lock.release()


def test_a_second_process_is_refused_with_the_holders_pid(lock: DatabaseLock, db_path: Path) -> None:
    lock.acquire()
    child = start_child(db_path)
    output, _ = child.communicate(timeout=30)
    assert child.returncode == 3
    assert output.split() == ["refused", str(os.getpid())]


def test_a_crashed_holder_leaves_no_stale_lock(lock: DatabaseLock, db_path: Path) -> None:
    child = start_child(db_path)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "acquired"
    with pytest.raises(DatabaseInUseError) as refused:
        lock.acquire()
    assert refused.value.holder is not None
    assert refused.value.holder.pid == child.pid
    child.kill()
    child.communicate(timeout=30)
    acquire_soon(lock)  # no one deleted or cleaned anything: the OS dropped the dead holder's lock
    assert lock.held


def acquire_soon(lock: DatabaseLock, timeout: float = 10.0) -> None:
    """Windows releases a killed process's locks asynchronously, so allow it a moment."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            lock.acquire()
            return
        except DatabaseInUseError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_a_second_lock_in_the_same_process_is_refused(lock: DatabaseLock, db_path: Path) -> None:
    lock.acquire()
    with pytest.raises(DatabaseInUseError):
        DatabaseLock(db_path).acquire()


def test_release_clears_the_details_and_frees_the_lock(lock: DatabaseLock, db_path: Path) -> None:
    lock.acquire()
    holder = read_holder(lock_path_for(db_path))
    assert holder is not None
    assert holder.pid == os.getpid()
    lock.release()
    assert read_holder(lock_path_for(db_path)) is None
    with DatabaseLock(db_path) as again:
        assert again.held


def test_the_message_names_the_holder(tmp_path: Path) -> None:
    from data.lock import LockHolder

    error = DatabaseInUseError(tmp_path / "x.lock", LockHolder(pid=4242, host="hr-pc", since="2026-01-05T09:00:00"))
    assert "4242" in in_use_message(error)
    assert in_use_message(DatabaseInUseError(tmp_path / "x.lock", None))
