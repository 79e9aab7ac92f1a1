"""The vacation schedule as bytes, rendered by core when first needed (reportlab is slow to import)."""

from __future__ import annotations

import io

from core.vacation.schedule_document import ScheduleDocument


def schedule_pdf(document: ScheduleDocument) -> bytes:
    from core.documents.vacation_schedule import render_schedule_pdf

    out = io.BytesIO()
    render_schedule_pdf(document, out)
    return out.getvalue()


def schedule_xlsx(document: ScheduleDocument) -> bytes:
    from core.documents.vacation_schedule_xlsx import render_schedule_xlsx

    out = io.BytesIO()
    render_schedule_xlsx(document, out)
    return out.getvalue()
