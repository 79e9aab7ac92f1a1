"""The Qt half of ``tamga --self-test``: the platform plugin and printing, around the app's checks.

The two classic ways a frozen PySide6 app breaks on a clean PC are a missing platform plugin
("could not find the Qt platform plugin") and a missing print-support plugin (the print
dialog never opens, no printer is listed); reliability.md §5. Both are checked here with
the real widgets and the real print path (pdfium pages painted on a QPrinter), writing to a
PDF file so no printer and no display are needed: the test runs offscreen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core.self_test import Check, run_checks

_app: object = None  # the QApplication, kept alive for the whole run


def run_self_test(app_checks: Sequence[Check], *, slip_pdf: Path, report: Callable[[str], None]) -> bool:
    """Qt's platform first (everything else may need it), then *app_checks*, then printing.

    Args:
        app_checks: The checks that need no window (``core.self_test.AppChecks``).
        slip_pdf: The PDF one of them writes; printed again through the print path.
        report: Receives each result line.

    Returns:
        True when no check failed.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks = [Check("Qt platform", _platform), *app_checks, Check("Qt print support", lambda: _printing(slip_pdf))]
    return run_checks(checks, report)


def _platform() -> str:
    """A QApplication starts and paints a widget: the platform plugin and the raster engine work."""
    global _app
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication, QLabel

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("Өө Үү")
    image = label.grab().toImage()
    if image.isNull() or image.width() == 0:
        raise RuntimeError("a widget could not be painted")
    return f"Qt {qVersion()}, platform plugin {QApplication.platformName()}"


def _printing(slip_pdf: Path) -> str:
    """The print-support plugin is bundled, printers can be listed, and a slip prints to PDF."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from gui.printing import new_printer, print_pdf

    plugins = sorted(
        entry.name
        for folder in QCoreApplication.libraryPaths()
        if (Path(folder) / "printsupport").is_dir()
        for entry in (Path(folder) / "printsupport").iterdir()
    )
    if not plugins:
        raise RuntimeError(f"no print-support plugin in {QCoreApplication.libraryPaths()}")
    printers = QPrinterInfo.availablePrinterNames()  # loads the plugin
    loaded = _loaded(plugins)
    if not loaded:
        raise RuntimeError(f"the print-support plugin {', '.join(plugins)} is bundled but did not load")
    if not slip_pdf.is_file():
        raise RuntimeError("no slip to print (see leave slip)")
    printer = new_printer(slip_pdf.read_bytes())
    out = slip_pdf.with_name("printed.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = print_pdf(slip_pdf.read_bytes(), printer)
    if not out.is_file() or not out.read_bytes().startswith(b"%PDF-"):
        raise RuntimeError(f"the printer wrote no PDF at {out}")
    return f"plugin {', '.join(loaded)} loaded; {len(printers)} printers listed; the slip printed to PDF ({pages} page)"


def _loaded(files: list[str]) -> list[str]:
    """Which of the plugin *files* this process has loaded: a plugin whose libraries are missing
    is skipped by Qt without a word, and then no printer is ever listed."""
    if sys.platform == "win32":
        import ctypes

        return [name for name in files if ctypes.windll.kernel32.GetModuleHandleW(name)]
    maps = Path("/proc/self/maps")
    if not maps.exists():  # macOS: no cheap way to ask; being bundled has to do
        return files
    text = maps.read_text(encoding="utf-8", errors="replace")
    return [name for name in files if f"/printsupport/{name}" in text]
