"""Business trips (regulation section 9) as a table, and the words the screens use for them."""

from __future__ import annotations

import enum

from core.i18n import N_, _
from core.services import TripRow
from core.trips.entities import TripScope, TripStatus
from gui.list_model import ListTableModel

STATUS_LABELS: dict[TripStatus, str] = {
    TripStatus.DRAFT: N_("Draft"),
    TripStatus.ISSUED: N_("Issued"),
    TripStatus.EXTENDED: N_("Extended"),
    TripStatus.RECALLED: N_("Recalled"),
    TripStatus.COMPLETED: N_("Reported"),
    TripStatus.CANCELLED: N_("Cancelled"),
}
SCOPE_LABELS: dict[TripScope, str] = {
    TripScope.DOMESTIC: N_("In Mongolia"),
    TripScope.ABROAD: N_("Abroad"),
}


class TripColumn(enum.IntEnum):
    NUMBER = 0
    EMPLOYEE = 1
    UNIT = 2
    DESTINATION = 3
    PERIOD = 4
    DAYS = 5
    STATUS = 6


TRIP_HEADERS: dict[TripColumn, str] = {
    TripColumn.NUMBER: N_("No."),
    TripColumn.EMPLOYEE: N_("Employee"),
    TripColumn.UNIT: N_("Unit"),
    TripColumn.DESTINATION: N_("Destination"),
    TripColumn.PERIOD: N_("Dates"),
    TripColumn.DAYS: N_("Days (working)"),
    TripColumn.STATUS: N_("State"),
}


def period_text(row: TripRow) -> str:
    """ "2026-11-24 – 2026-11-30 (was 2026-11-27)": the current period, and the original end if it moved."""
    trip = row.trip
    text = f"{trip.starts_on.isoformat()} – {trip.current_end.isoformat()}"
    if trip.current_end != trip.ends_on:
        text += " " + _("(was {end})").format(end=trip.ends_on.isoformat())
    return text


class TripTableModel(ListTableModel):
    """Trips, newest first; a draft abroad still waiting for the Governor's agreement (9.4) is shaded."""

    columns = TripColumn
    headers = TRIP_HEADERS

    def is_problem(self, item: TripRow) -> bool:
        trip = item.trip
        return trip.status is TripStatus.DRAFT and trip.scope is TripScope.ABROAD and trip.governor_agreed_on is None

    def display(self, item: TripRow, column: TripColumn) -> str:
        trip = item.trip
        if column is TripColumn.NUMBER:
            return str(trip.number) if trip.number else ""
        if column is TripColumn.EMPLOYEE:
            return item.employee_name
        if column is TripColumn.UNIT:
            return item.department_name
        if column is TripColumn.DESTINATION:
            return trip.destination
        if column is TripColumn.PERIOD:
            return period_text(item)
        if column is TripColumn.DAYS:
            return f"{item.calendar_days} ({item.working_days})"
        return _(STATUS_LABELS[trip.status])
