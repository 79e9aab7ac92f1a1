"""Qt's own button texts come from our gettext catalogue, and fall back to English otherwise."""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from core import i18n
from gui.qt_translator import QT_STRINGS, GettextQtTranslator


@pytest.fixture
def catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tiny Mongolian catalogue with context entries, as Babel will compile it."""
    catalog = Catalog(locale="mn")
    catalog.add("Cancel", "Болих", context="QPlatformTheme")
    catalog.add("&Yes", "&Тийм", context="QPlatformTheme")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    monkeypatch.setattr(i18n, "_translations", gettext.GNUTranslations(buffer))


@pytest.fixture
def installed(qapp: QCoreApplication) -> Iterator[GettextQtTranslator]:
    translator = GettextQtTranslator()
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_translator_answers_from_the_catalogue(catalogue: None) -> None:
    translator = GettextQtTranslator()
    assert translator.translate("QPlatformTheme", "Cancel") == "Болих"
    assert translator.translate("QPlatformTheme", "&Yes", None, -1) == "&Тийм"
    assert translator.translate("QPlatformTheme", "Save") is None  # not translated: Qt keeps its own
    assert translator.translate("QLineEdit", "Cancel") is None  # another context


def test_installed_translator_renames_standard_buttons(catalogue: None, installed: GettextQtTranslator) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {box.button(b).text() for b in (QDialogButtonBox.StandardButton.Cancel,
                                             QDialogButtonBox.StandardButton.Save)}
    assert texts == {"Болих", "Save"}


def test_translator_uses_core_pgettext(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "pgettext", lambda context, text: f"{context}:{text}" if text == "OK" else text)
    translator = GettextQtTranslator()
    assert translator.translate("QPlatformTheme", "OK") == "QPlatformTheme:OK"
    assert translator.translate("QPlatformTheme", "Close") is None


def test_marked_strings_are_unique_context_pairs() -> None:
    assert len(QT_STRINGS) == len(set(QT_STRINGS))
    assert ("QPlatformTheme", "Cancel") in QT_STRINGS and ("QLineEdit", "&Copy") in QT_STRINGS
    assert all(context.startswith("Q") and text for context, text in QT_STRINGS)
