"""The bundled typeface: registered once, from resources/fonts, with its licence beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from core.documents import fonts


def test_default_font_dir_holds_the_fonts_and_their_licence() -> None:
    folder = fonts.default_font_dir()
    assert all((folder / name).is_file() for name in fonts.FONT_FILES.values())
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright 2012 Google Inc. All Rights Reserved." in licence


def test_default_font_dir_follows_a_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert fonts.default_font_dir() == tmp_path / "resources" / "fonts"


def test_registration_is_idempotent_and_names_the_family() -> None:
    fonts.register_fonts(fonts.default_font_dir())
    fonts.register_fonts(Path("/nowhere"))  # a second call changes nothing, even with a bad folder
    assert fonts.fonts_registered()
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC):
        assert pdfmetrics.getFont(name).face.name.startswith(b"NotoSerif")


def test_a_missing_font_file_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(FileNotFoundError, match="NotoSerif-Regular.ttf"):
        fonts.register_fonts(tmp_path)


@pytest.mark.parametrize("letter", ["Ө", "ө", "Ү", "ү"])
def test_the_font_has_the_mongolian_letters(letter: str) -> None:
    fonts.ensure_fonts()
    for name in (fonts.REGULAR, fonts.BOLD):
        assert ord(letter) in pdfmetrics.getFont(name).face.charToGlyph
