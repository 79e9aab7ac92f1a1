"""The PySide6 desktop interface: widgets over ``core.services``, never over ``data``."""

from __future__ import annotations

from gui.pyside_fixes import install as _install_pyside_fixes

# Before any widget emits a signal: see gui/pyside_fixes.py (a crash after a few thousand emits).
_install_pyside_fixes()
