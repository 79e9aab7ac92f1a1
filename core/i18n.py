"""One gettext domain for the whole app, so core's messages are translated like the GUI's.

The catalogue folder is handed in by ``main.py``; core never looks a path up itself.
Printed documents do not use this module: they are Mongolian whatever the UI language.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "tamga"
DEFAULT_LANGUAGE = "mn"
LANGUAGES: dict[str, str] = {"mn": "Монгол", "en": "English"}

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(language: str, locale_dir: Path) -> None:
    """Switch every later ``_()`` call to *language* (English source strings for ``en``)."""
    global _translations, _language
    if language == "en":
        _translations = gettext.NullTranslations()
    else:
        # A missing catalogue (a broken install) shows the English source rather than no app at all;
        # tests/test_translations.py makes sure the shipped one is complete.
        _translations = gettext.translation(DOMAIN, localedir=str(locale_dir), languages=[language], fallback=True)
    _language = language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _translations.gettext(message)


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """Mark a module-level constant for extraction; translate it with ``_()`` when shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)
