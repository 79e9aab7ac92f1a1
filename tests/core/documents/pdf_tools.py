"""Reading rendered documents back: page texts, page sizes and the fonts a PDF uses."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader


def render(renderer: Callable[..., None], *args: Any, **kwargs: Any) -> bytes:
    """Run a ``render_x(doc, out)`` into memory and return the bytes."""
    out = io.BytesIO()
    renderer(*args, out, **kwargs)
    return out.getvalue()


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Each page's text with runs of whitespace (line breaks of wrapped cells) made one space."""
    return [" ".join(page.extract_text().split()) for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    boxes = [page.mediabox for page in reader(data).pages]
    return [(round(float(box.width), 2), round(float(box.height), 2)) for box in boxes]


def fonts(data: bytes) -> set[tuple[str, bool]]:
    """(BaseFont, embedded) for every font any page's resources name."""
    found: set[tuple[str, bool]] = set()
    for page in reader(data).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), embedded))
    return found
