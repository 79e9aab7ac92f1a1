"""The office's secret key: kept in a file beside the data folder, never in the database.

The key makes the audit chain and the signatures on printed slips *keyed*: someone who
edits the database file behind Tamga's back can recompute plain hashes, but not keyed ones
without this file (reliability.md §3.1). One key per database file, named after the file's
absolute path, so a demo database and the office's real one never share a key.

The file is created once, with owner-only permissions where the platform has them. On
Windows the folder is the user's profile, which other Windows accounts cannot read;
protecting the file with DPAPI as well is a further step (reliability.md §4.3).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

KEY_BYTES = 32


class KeyFileError(RuntimeError):
    """The key file exists but is not a key (damaged or replaced)."""


def key_path_for(db_path: Path, key_dir: Path) -> Path:
    """Where the key of the database at *db_path* lives."""
    digest = hashlib.sha256(str(db_path.resolve()).casefold().encode("utf-8")).hexdigest()[:16]
    return key_dir / f"{digest}.key"


def load_or_create_key(path: Path) -> bytes:
    """The key stored at *path*, made (and flushed to disk) on first use.

    Raises:
        KeyFileError: the file exists but does not hold a key of the right size.
    """
    if path.exists():
        try:
            data = bytes.fromhex(path.read_text(encoding="ascii").strip())
        except (UnicodeDecodeError, ValueError):
            data = b""
        if len(data) != KEY_BYTES:
            raise KeyFileError(f"{path} does not hold a {KEY_BYTES}-byte key")
        return data
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return key
