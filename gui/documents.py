"""Leave documents as bytes, rendered by core when first needed.

reportlab costs 0.7 s to import, so :mod:`core.documents` renderers are imported at the
first preview, print or export, never at start-up. Callers run these functions in a
:class:`gui.tasks.BackgroundTask`, so even that first import never freezes the window.
"""

from __future__ import annotations

import io
from typing import Literal

from core.documents.models import OrderDocument, RegisterDocument, SlipDocument

SlipLayout = Literal["a5", "a4x2"]
SLIP_LAYOUTS: tuple[SlipLayout, ...] = ("a5", "a4x2")


def slip_pdf(document: SlipDocument, layout: SlipLayout = "a5") -> bytes:
    """The slip as printed: one A5 page, or the two copies on one A4 sheet."""
    from core.documents.leave_slip import render_leave_slip

    out = io.BytesIO()
    render_leave_slip(document, out, layout=layout)
    return out.getvalue()


def order_pdf(document: OrderDocument) -> bytes:
    from core.documents.leave_order import render_order_pdf

    out = io.BytesIO()
    render_order_pdf(document, out)
    return out.getvalue()


def order_docx(document: OrderDocument) -> bytes:
    """The draft order for Word, where orders are finished and numbered."""
    from core.documents.leave_order import render_order_docx

    out = io.BytesIO()
    render_order_docx(document, out)
    return out.getvalue()


def register_pdf(document: RegisterDocument) -> bytes:
    from core.documents.leave_register import render_register_pdf

    out = io.BytesIO()
    render_register_pdf(document, out)
    return out.getvalue()


def register_xlsx(document: RegisterDocument) -> bytes:
    from core.documents.leave_register import render_register_xlsx

    out = io.BytesIO()
    render_register_xlsx(document, out)
    return out.getvalue()
