"""Where read-only files shipped with Tamga live, both from a checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

#: The repository root when running from source: ``data/`` sits directly under it.
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def bundle_root() -> Path:
    """The folder bundled files are resolved against.

    PyInstaller unpacks data files under ``sys._MEIPASS``; Alembic loads migration scripts
    from the filesystem, so they must be found there rather than next to the source.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return _SOURCE_ROOT


def bundled(relative: str) -> Path:
    """Absolute path of a bundled file or folder, e.g. ``bundled("data/migrations")``.

    Args:
        relative: Path relative to the repository root, with forward slashes.

    Returns:
        The absolute path; it is not checked for existence.
    """
    return bundle_root().joinpath(*relative.split("/"))
