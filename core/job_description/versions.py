"""Which version of a position's description applies on a day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from core.job_description.entities import DescriptionStatus, JobDescriptionSummary


def in_force(summaries: Iterable[JobDescriptionSummary], on: date) -> JobDescriptionSummary | None:
    """The approved version that applies on *on*: the latest effective date not after it.

    Drafts never apply, however they are dated: only an approved text binds the holder.
    """
    applicable = [
        s
        for s in summaries
        if s.status is DescriptionStatus.APPROVED and s.effective_on is not None and s.effective_on <= on
    ]
    return max(applicable, key=lambda s: (s.effective_on or on, s.version), default=None)
