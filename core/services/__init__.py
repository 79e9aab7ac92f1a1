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
from core.services.leave import (
    LeavePreview,
    SlipPage,
    delete_draft,
    get_slip,
    leave_preview,
    list_slips,
    save_draft,
    working_calendar,
)
from core.services.leave_documents import order_draft, slip_document
from core.services.leave_lifecycle import (
    PrintResult,
    print_slip,
    record_order,
    record_return,
    reprint_slip,
    sign_slip,
    void_slip,
)
from core.services.leave_register import monthly_register
from core.services.leave_settings import (
    add_calendar_change,
    delete_calendar_change,
    get_leave_settings,
    list_calendar_changes,
    save_leave_settings,
)
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
    "LeavePreview",
    "NotFoundError",
    "PrintResult",
    "RefusedError",
    "SlipPage",
    "add_calendar_change",
    "check_database",
    "delete_acting",
    "delete_calendar_change",
    "delete_department",
    "delete_draft",
    "delete_position",
    "employee_history",
    "export_employees",
    "get_employee",
    "get_leave_settings",
    "get_onboarding",
    "get_settings",
    "get_slip",
    "import_employees",
    "leave_preview",
    "list_acting",
    "list_calendar_changes",
    "list_departments",
    "list_employee_items",
    "list_positions",
    "list_slips",
    "monthly_register",
    "order_draft",
    "print_slip",
    "record_event",
    "record_order",
    "record_return",
    "reprint_slip",
    "save_acting",
    "save_department",
    "save_draft",
    "save_employee",
    "save_leave_settings",
    "save_onboarding",
    "save_position",
    "save_settings",
    "seed_regulation_structure",
    "sign_slip",
    "signatory_for",
    "slip_document",
    "void_slip",
    "working_calendar",
]
