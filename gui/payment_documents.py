"""The payments register and the gift list as bytes, rendered by core only when first needed."""

from __future__ import annotations

import io

from core.payments.documents import GiftListDocument, PaymentsRegisterDocument


def payments_pdf(document: PaymentsRegisterDocument) -> bytes:
    from core.documents.payments_register import render_payments_pdf

    out = io.BytesIO()
    render_payments_pdf(document, out)
    return out.getvalue()


def payments_xlsx(document: PaymentsRegisterDocument) -> bytes:
    from core.documents.payments_register import render_payments_xlsx

    out = io.BytesIO()
    render_payments_xlsx(document, out)
    return out.getvalue()


def gift_list_pdf(document: GiftListDocument) -> bytes:
    from core.documents.gift_list import render_gift_list_pdf

    out = io.BytesIO()
    render_gift_list_pdf(document, out)
    return out.getvalue()
