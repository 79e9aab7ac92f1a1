"""A line of the payments and awards register (regulation 10.7, 12.1–12.7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.payments.family import Relation


@dataclass(frozen=True, slots=True)
class Payment:
    """A support payment or award granted by the chief's decision.

    Never deleted: one entered by mistake is annulled with a reason and kept. ``clause`` and
    ``kind_text`` are copied from the kind when recorded, so an office that later edits its
    catalogue does not rewrite the history. ``amount`` is in whole tögrög (``None`` for an
    honour without money); ``base_salary`` is the salary a salary-based ceiling was computed
    from. ``relation`` is the named relative's, copied for the same reason.
    """

    employee_id: int
    kind_code: str
    order_number: str
    order_date: date | None
    amount: int | None = None
    base_salary: int | None = None
    family_member_id: int | None = None
    relation: Relation | None = None
    clause: str = ""
    kind_text: str = ""
    note: str = ""
    annulled_on: date | None = None
    annul_reason: str = ""
    id: int | None = None
    #: The form's submission id (a UUID per opened form): the same form sent twice saves once.
    submission_id: str | None = None

    @property
    def annulled(self) -> bool:
        return self.annulled_on is not None
