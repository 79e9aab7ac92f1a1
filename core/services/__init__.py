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
from core.services.job_descriptions import (
    approve_job_description,
    check_job_description,
    copy_job_description,
    delete_job_description_draft,
    description_in_force,
    description_versions,
    export_job_description,
    find_job_description,
    get_job_description,
    import_job_description,
    list_job_descriptions,
    listed_title,
    new_job_description,
    read_job_description_file,
    revise_job_description,
    save_job_description,
)
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
    "approve_job_description",
    "check_database",
    "check_job_description",
    "copy_job_description",
    "delete_acting",
    "delete_calendar_change",
    "delete_department",
    "delete_draft",
    "delete_job_description_draft",
    "delete_position",
    "description_in_force",
    "description_versions",
    "employee_history",
    "export_employees",
    "export_job_description",
    "find_job_description",
    "get_employee",
    "get_job_description",
    "get_leave_settings",
    "get_onboarding",
    "get_settings",
    "get_slip",
    "import_employees",
    "import_job_description",
    "leave_preview",
    "list_acting",
    "list_calendar_changes",
    "list_departments",
    "list_employee_items",
    "list_job_descriptions",
    "listed_title",
    "list_positions",
    "list_slips",
    "monthly_register",
    "new_job_description",
    "order_draft",
    "print_slip",
    "read_job_description_file",
    "record_event",
    "record_order",
    "record_return",
    "reprint_slip",
    "revise_job_description",
    "save_acting",
    "save_department",
    "save_draft",
    "save_employee",
    "save_job_description",
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
