"""Every UI string has a Mongolian translation, and the shipped .mo is compiled from the .po.

The template is extracted afresh from the source, so a new ``_()`` string without a
translation fails here instead of reaching the secretary in English.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
PO = LOCALE / "mn" / "LC_MESSAGES" / "tamga.po"
MO = LOCALE / "mn" / "LC_MESSAGES" / "tamga.mo"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "NC_": ((1, "c"), 2)}
SOURCE_DIRS = ("core", "gui", "data", "cli")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def source_messages() -> set[tuple[str | None, str]]:
    found: set[tuple[str | None, str]] = set()
    for folder in SOURCE_DIRS:
        if not (ROOT / folder).exists():
            continue
        for _file, _line, message, _comments, context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            found.add((context, msgid))
    main_py = ROOT / "main.py"
    if main_py.exists():
        from babel.messages.extract import extract

        with main_py.open("rb") as handle:
            for _line, message, _comments, context in extract("python", handle, keywords=KEYWORDS):
                found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    with PO.open("rb") as handle:
        return read_po(handle, locale="mn")


def test_every_source_string_has_a_mongolian_translation(catalog: Catalog) -> None:
    missing = []
    for context, msgid in sorted(source_messages(), key=lambda m: (m[0] or "", m[1])):
        entry = catalog.get(msgid, context=context)
        text = entry.string if entry is not None else ""
        if isinstance(text, tuple):
            text = text[0]
        if not text or (entry is not None and entry.fuzzy):
            missing.append(f"{context or ''}|{msgid}")
    assert missing == []


def test_translations_keep_the_placeholders(catalog: Catalog) -> None:
    broken = []
    for entry in catalog:
        if not entry.id or not entry.string:
            continue
        source = entry.id[0] if isinstance(entry.id, tuple) else entry.id
        target = entry.string[0] if isinstance(entry.string, tuple) else entry.string
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(target)):
            broken.append(source)
    assert broken == []


def test_the_compiled_catalogue_matches_the_po(catalog: Catalog) -> None:
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in catalog:
        if not entry.id or not entry.string or isinstance(entry.id, tuple):
            continue
        got = compiled.pgettext(entry.context, entry.id) if entry.context else compiled.gettext(entry.id)
        if got != entry.string:
            stale.append(entry.id)
    assert stale == [], "run: uv run python scripts/i18n.py compile"
