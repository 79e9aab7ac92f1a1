"""Reading a slip's QR code from a scanned image (PNG, JPEG), for "Verify a slip".

zxing-cpp reads QR codes from a scan as it comes (any size, slightly rotated, a whole A4
sheet with two slips); it is imported on first use, so starting the app does not pay for it.
"""

from __future__ import annotations

from pathlib import Path


class ScanError(ValueError):
    """The file is not an image that can be read."""


def read_qr_codes(path: Path) -> list[str]:
    """The texts of every QR code in the image at *path*, top to bottom; empty if none is found.

    Raises:
        ScanError: The file cannot be opened as an image.
    """
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            grey = image.convert("L")
    except (OSError, UnidentifiedImageError, ValueError) as error:
        raise ScanError(str(error)) from error
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    found.sort(key=lambda barcode: (barcode.position.top_left.y, barcode.position.top_left.x))
    return [barcode.text for barcode in found if barcode.valid]
