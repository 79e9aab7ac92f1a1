"""Leave scenarios shared by the core tests (in memory) and the storage tests (SQLite)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from core import services
from core.leave.entities import LeaveKind, SlipStatus
from core.ports import UnitOfWork
from tests.core.leave.conftest import Office, leave


def fill_list(uow: UnitOfWork, office: Office) -> None:
    """Three printed one-day slips (2026-0001 … 0003) and two drafts, one of them childcare."""
    for person, day in (
        (office.specialist, "2026-03-03"),
        (office.archivist, "2026-03-04"),
        (office.legal_head, "2026-04-07"),
    ):
        slip = services.save_draft(uow, leave(person, day, day))
        services.print_slip(uow, slip.id or 0, now=datetime(2026, 3, 2, 9, 0))
    services.save_draft(uow, leave(office.admin_head, "2026-03-30", "2026-04-01"))
    services.save_draft(uow, leave(office.specialist, "2026-05-04", "2027-05-03", kind=LeaveKind.CHILDCARE))


#: (filters, the employee names the list shows, newest leave first)
LIST_CASES: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ["Чулуун Тамираа", "Раднаа Отгонжаргал", "Сүрэн Энхболд", "Ганбат Өлзийбат", "Чулуун Тамираа"]),
    ({"year": 2026, "month": 3}, ["Сүрэн Энхболд", "Ганбат Өлзийбат", "Чулуун Тамираа"]),
    ({"year": 2026, "month": 4}, ["Раднаа Отгонжаргал", "Сүрэн Энхболд"]),  # 30 Mar – 1 Apr meets April
    ({"year": 2027}, ["Чулуун Тамираа"]),
    ({"status": SlipStatus.DRAFT}, ["Чулуун Тамираа", "Сүрэн Энхболд"]),
    ({"kind": LeaveKind.CHILDCARE}, ["Чулуун Тамираа"]),
    ({"search": "2026-0002"}, ["Ганбат Өлзийбат"]),
    ({"search": "3"}, ["Раднаа Отгонжаргал"]),
    ({"search": "ТАМИР"}, ["Чулуун Тамираа", "Чулуун Тамираа"]),
    ({"search": "өлзий"}, ["Ганбат Өлзийбат"]),
    ({"search": "50%_"}, []),
    ({"search": "Тамир", "status": SlipStatus.PRINTED}, ["Чулуун Тамираа"]),
]
