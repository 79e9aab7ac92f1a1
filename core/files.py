"""Writing a user's file safely: a failure never destroys the file that was there before."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, writer: Callable[[Path], None]) -> None:
    """Let *writer* write a temporary file beside *path*, flush it to disk, then rename it over *path*.

    A crash or an exception in *writer* leaves *path* as it was (or absent) and no temporary
    file behind; the rename is atomic because the temporary file is in the same folder.

    Args:
        path: The file to create or replace.
        writer: Writes the whole content to the (already created, empty) file it is given.
    """
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f"{path.suffix}.tmp", dir=path.parent)
    os.close(handle)
    try:
        writer(Path(temp_name))
        with open(temp_name, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
