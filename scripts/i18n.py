"""Extract, update and compile the UI translations (Babel, pure Python, works on Windows).

    uv run python scripts/i18n.py extract   # source → resources/locale/tamga.pot
    uv run python scripts/i18n.py update    # merge the template into each language's .po
    uv run python scripts/i18n.py compile   # .po → .mo, which the app loads

The compiled .mo files are committed, so a fresh clone runs without this step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "tamga.pot"
DOMAIN = "tamga"
LANGUAGES = ("mn",)
KEYWORDS = ("_", "N_", "ngettext:1,2", "pgettext:1c,2", "NC_:1c,2")


def extract() -> None:
    args = [
        "pybabel",
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        "-o",
        str(TEMPLATE),
        "--no-location",
        "--sort-output",
        "--project=Tamga",
        "--no-default-keywords",
    ]
    for keyword in KEYWORDS:
        args += ["-k", keyword]
    CommandLineInterface().run([*args, str(ROOT)])


def update() -> None:
    for language in LANGUAGES:
        po = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        verb = "update" if po.exists() else "init"
        args = ["pybabel", verb, "-i", str(TEMPLATE), "-d", str(LOCALE), "-D", DOMAIN, "-l", language]
        if verb == "update":
            args += ["--no-fuzzy-matching", "--ignore-obsolete"]
        CommandLineInterface().run(args)


def compile_catalogues() -> None:
    CommandLineInterface().run(["pybabel", "compile", "-d", str(LOCALE), "-D", DOMAIN, "--statistics"])


if __name__ == "__main__":
    steps = {"extract": extract, "update": update, "compile": compile_catalogues}
    for name in sys.argv[1:] or ["extract", "update", "compile"]:
        steps[name]()
