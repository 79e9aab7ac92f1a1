"""PDF pages as images through pypdfium2 (QtPdf is not in the PySide6 wheels we ship).

PDFium is not thread-safe: every call into it goes through one lock, so the preview (GUI
thread) and a print running in the background never render at the same time. pypdfium2
costs 0.2 s to import, so it is imported when the first PDF is opened.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
_PDFIUM = threading.Lock()


class PdfPages:
    """An opened PDF: its page count, page sizes in points, and pages rendered to images."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        with _PDFIUM:
            self._pdf: Any = pypdfium2.PdfDocument(data)
            self._sizes = [QSizeF(*self._pdf[i].get_size()) for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch), as the PDF declares it."""
        return QSizeF(self._sizes[index])

    def render(self, index: int, scale: float) -> QImage:
        """Page *index* at *scale* pixels per point (1.0 is 72 dpi), as an image that owns its pixels.

        pdfium's BGRx bytes are, on little-endian machines (every PC Tamga runs on), exactly
        Qt's ``Format_RGB32`` (0xffRRGGBB), the format QPainter draws fastest; the copy
        detaches the image from pdfium's buffer, which is freed with the bitmap.
        """
        with _PDFIUM:
            page = self._pdf[index]
            bitmap = page.render(scale=scale, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
            copy = image.copy()
            bitmap.close()
            page.close()
        return copy

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()
