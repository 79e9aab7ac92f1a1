"""The printed documents' typeface: Noto Serif (OFL), registered once as "TamgaSerif".

Every PDF Tamga prints must show Ө and Ү on any computer, so the font travels with the app
(``resources/fonts``, with its licence) and reportlab embeds the glyphs each document uses.
Parsing a TrueType file costs tens of milliseconds, hence registration once per process.
"""

# reportlab ships no type hints:
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "TamgaSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"

#: Registered name → file in the fonts folder.
FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSerif-Regular.ttf",
    BOLD: "NotoSerif-Bold.ttf",
    ITALIC: "NotoSerif-Italic.ttf",
}

_registered = False


def register_fonts(font_dir: Path) -> None:
    """Register the "TamgaSerif" family with reportlab; later calls do nothing.

    The first folder wins: reportlab keeps fonts in a process-wide registry, and documents
    already laid out must not change typeface halfway through a batch.

    Args:
        font_dir: The folder holding the Noto Serif files (``resources/fonts``).

    Raises:
        FileNotFoundError: A font file is missing, e.g. a frozen build without its fonts.
    """
    global _registered
    if _registered:
        return
    for name, file_name in FONT_FILES.items():
        path = font_dir / file_name
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # No bold italic face is shipped; bold stands in so <b><i> markup never fails.
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    _registered = True


def fonts_registered() -> bool:
    """True once :func:`register_fonts` has run in this process."""
    return _registered


def default_font_dir() -> Path:
    """The bundled fonts folder, from a checkout or a PyInstaller build.

    Core otherwise never looks paths up (main.py passes them in); the fonts are a read-only
    resource shipped with the code, so a fallback here keeps renderers usable from scripts
    and tests without wiring.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root is not None else Path(__file__).resolve().parents[2]
    return root / "resources" / "fonts"


def ensure_fonts() -> None:
    """Register the bundled fonts unless the composition root already registered its own."""
    if not _registered:
        register_fonts(default_font_dir())
