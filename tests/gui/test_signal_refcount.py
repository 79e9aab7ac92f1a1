"""Signals emitted from Python must not eat references to ``True``.

PySide6 6.12.0 did (the process aborts with "bool_dealloc" after a few thousand emits), so
pyproject.toml excludes that release; this test fails if a build with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal()
    carried = Signal(object)


def test_emit_and_disconnect_keep_true_alive(qapp: object) -> None:
    sender = _Sender()
    received: list[object] = []
    sender.carried.connect(received.append)

    def slot() -> None:
        return None

    before = sys.getrefcount(True)
    for _ in range(5000):
        sender.changed.emit()
        sender.carried.emit(None)
        sender.changed.connect(slot)
        sender.changed.disconnect(slot)
    assert sys.getrefcount(True) >= before
    assert len(received) == 5000
