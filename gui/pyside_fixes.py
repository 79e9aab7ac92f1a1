"""A guard against a PySide6 6.12 reference-count bug in ``SignalInstance.emit``/``disconnect``.

Both return Python's ``True`` without taking a reference, so every call made from Python
takes one reference away from ``True``. A process starts with a few thousand; once they
are used up the interpreter aborts ("Fatal Python error: bool_dealloc"), which for Tamga
would mean a crash after some thousands of saves, searches or sorts. ``install()`` probes
for the bug once and, only if it is there, wraps the two methods to give the reference back.
Giving back one reference too many (should a later PySide fix the bug without the probe
noticing) only keeps ``True`` alive, which it always is.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16
_installed = False


class _Probe(QObject):
    fired = Signal()


def _give_back(value: object, times: int = 1) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _loses_references(call: Callable[[], object]) -> bool:
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        call()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(True, lost)  # what the probe itself took
    return lost >= _PROBES


def _compensating(original: Callable[..., Any]) -> Callable[..., Any]:
    def method(self: SignalInstance, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        if result is True or result is False:
            _give_back(result)
        return result

    method.__name__ = original.__name__
    method.__doc__ = original.__doc__
    return method


def _disconnect_probe(probe: _Probe) -> Callable[[], object]:
    def slot() -> None:
        return None

    def call() -> object:
        probe.fired.connect(slot)
        return probe.fired.disconnect(slot)

    return call


def install() -> None:
    """Patch ``SignalInstance.emit`` and ``.disconnect`` if this PySide loses references; idempotent."""
    global _installed
    if _installed:
        return
    probe = _Probe()
    if _loses_references(lambda: probe.fired.emit()):
        SignalInstance.emit = _compensating(SignalInstance.emit)  # type: ignore[method-assign]
    if _loses_references(_disconnect_probe(probe)):
        SignalInstance.disconnect = _compensating(SignalInstance.disconnect)  # type: ignore[method-assign]
    _installed = True
