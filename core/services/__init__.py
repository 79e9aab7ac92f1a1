"""Use cases: each takes a unit of work and does one user action, all or nothing.

The GUI and the command line call these same functions.
"""

from __future__ import annotations

from core.services.acting import delete_acting, list_acting, save_acting, signatory_for
from core.services.employees import (
    employee_history,
    get_employee,
    get_onboarding,
    list_employee_items,
    record_event,
    save_employee,
    save_onboarding,
)
from core.services.errors import NotFoundError, RefusedError
from core.services.maintenance import check_database
from core.services.office import (
    delete_department,
    delete_position,
    get_settings,
    list_departments,
    list_positions,
    save_department,
    save_position,
    save_settings,
    seed_regulation_structure,
)
from core.services.spreadsheets import export_employees, import_employees

__all__ = [
    "NotFoundError",
    "RefusedError",
    "check_database",
    "delete_acting",
    "delete_department",
    "delete_position",
    "employee_history",
    "export_employees",
    "get_employee",
    "get_onboarding",
    "get_settings",
    "import_employees",
    "list_acting",
    "list_departments",
    "list_employee_items",
    "list_positions",
    "record_event",
    "save_acting",
    "save_department",
    "save_employee",
    "save_onboarding",
    "save_position",
    "save_settings",
    "seed_regulation_structure",
    "signatory_for",
]
