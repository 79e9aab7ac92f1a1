"""Use cases: each takes a unit of work and does one user action, all or nothing.

The GUI and the command line call these same functions.
"""

from __future__ import annotations

from core.access import Action, masks_personal_data, requires
from core.services.acting import delete_acting, list_acting, save_acting, signatory_for
from core.services.attendance import (
    DaySheetRow,
    MonthFlags,
    attendance_document,
    attendance_flags,
    correct_attendance,
    day_sheet,
    employee_attendance,
    monthly_attendance,
    record_attendance,
)
from core.services.audit import AuditPage, audit_logins, list_audit_entries, verify_audit_chain
from core.services.conduct_settings import (
    get_attendance_policy,
    get_discipline_policy,
    save_attendance_policy,
    save_discipline_policy,
)
from core.services.discipline import (
    annul_sanction,
    award_blocked,
    decide_sanction,
    list_sanctions,
    record_sanction,
    reject_sanction,
    sanction_order_draft,
)
from core.services.due_soon import due_soon_list, gift_list_document
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
from core.services.family import list_family, save_family_member
from core.services.job_descriptions import (
    approve_job_description,
    check_job_description,
    copy_job_description,
    delete_job_description_draft,
    description_in_force,
    description_versions,
    employee_job_description,
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
from core.services.payment_settings import get_payment_policy, save_payment_policy
from core.services.payments import annul_payment, list_payments, payments_register, record_payment
from core.services.performance import (
    DeadlineState,
    deadline_calendar,
    list_contracts,
    record_concluded,
    record_evaluation,
    record_report,
    start_contracts,
    upcoming_deadlines,
)
from core.services.performance_settings import (
    get_due_policy,
    get_performance_policy,
    save_due_policy,
    save_performance_policy,
)
from core.services.sanction_proposals import (
    MonthFlagReport,
    flag_answers,
    month_flag_cases,
    month_flag_report,
    propose_sanction,
)
from core.services.slip_verification import SlipVerification, verify_slip
from core.services.spreadsheets import export_employees, import_employees
from core.services.trip_documents import certificate_document
from core.services.trips import (
    TripRow,
    cancel_trip,
    check_trip,
    employee_trips,
    extend_trip,
    get_trip,
    issue_trip,
    list_trips,
    recall_trip,
    record_trip_report,
    save_trip_draft,
)
from core.services.users import (
    LoginRefusedError,
    change_password,
    create_first_administrator,
    create_user,
    deactivate_user,
    list_users,
    login,
    needs_first_administrator,
    reset_password,
    set_locked,
    set_role,
)
from core.services.vacation_balance import vacation_balance, vacation_balances
from core.services.vacation_schedule import (
    agree_department,
    approval_check,
    approve_schedule,
    change_entry,
    department_head_name,
    entry_preview,
    get_schedule,
    planned_days,
    prepare_schedule,
    save_entry,
    schedule_years,
    vacation_schedule_document,
)
from core.services.vacation_settings import get_vacation_policy, save_vacation_policy

__all__ = [
    "DaySheetRow",
    "MonthFlags",
    "attendance_document",
    "attendance_flags",
    "correct_attendance",
    "day_sheet",
    "employee_attendance",
    "monthly_attendance",
    "record_attendance",
    "AuditPage",
    "audit_logins",
    "list_audit_entries",
    "verify_audit_chain",
    "annul_sanction",
    "award_blocked",
    "decide_sanction",
    "list_sanctions",
    "record_sanction",
    "reject_sanction",
    "sanction_order_draft",
    "due_soon_list",
    "gift_list_document",
    "list_family",
    "save_family_member",
    "annul_payment",
    "list_payments",
    "payments_register",
    "record_payment",
    "DeadlineState",
    "deadline_calendar",
    "list_contracts",
    "record_concluded",
    "record_evaluation",
    "record_report",
    "start_contracts",
    "upcoming_deadlines",
    "get_due_policy",
    "get_performance_policy",
    "save_due_policy",
    "save_performance_policy",
    "flag_answers",
    "month_flag_cases",
    "month_flag_report",
    "MonthFlagReport",
    "propose_sanction",
    "get_attendance_policy",
    "get_discipline_policy",
    "save_attendance_policy",
    "save_discipline_policy",
    "get_payment_policy",
    "save_payment_policy",
    "LeavePreview",
    "LoginRefusedError",
    "NotFoundError",
    "PrintResult",
    "RefusedError",
    "SlipPage",
    "SlipVerification",
    "add_calendar_change",
    "approve_job_description",
    "change_password",
    "check_database",
    "check_job_description",
    "copy_job_description",
    "create_first_administrator",
    "create_user",
    "deactivate_user",
    "delete_acting",
    "delete_calendar_change",
    "delete_department",
    "delete_draft",
    "delete_job_description_draft",
    "delete_position",
    "description_in_force",
    "description_versions",
    "employee_history",
    "employee_job_description",
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
    "list_users",
    "login",
    "monthly_register",
    "needs_first_administrator",
    "new_job_description",
    "order_draft",
    "print_slip",
    "read_job_description_file",
    "record_event",
    "record_order",
    "record_return",
    "reprint_slip",
    "reset_password",
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
    "set_locked",
    "set_role",
    "sign_slip",
    "signatory_for",
    "slip_document",
    "verify_slip",
    "void_slip",
    "working_calendar",
    "TripRow",
    "cancel_trip",
    "certificate_document",
    "check_trip",
    "employee_trips",
    "extend_trip",
    "get_trip",
    "issue_trip",
    "list_trips",
    "recall_trip",
    "record_trip_report",
    "save_trip_draft",
    "agree_department",
    "approval_check",
    "approve_schedule",
    "change_entry",
    "department_head_name",
    "entry_preview",
    "get_schedule",
    "planned_days",
    "prepare_schedule",
    "save_entry",
    "schedule_years",
    "vacation_schedule_document",
    "get_vacation_policy",
    "save_vacation_policy",
    "vacation_balance",
    "vacation_balances",
]


# --- Roles, enforced at the entry (core/access.py) --------------------------------------------
# Every use case above is re-bound to a copy that first checks the acting user's role, so the
# GUI, the command line and any future caller meet the same policy. tests/core/test_access.py
# fails for an exported service left without an action: add its line here.

#: Exported helpers that take no unit of work (pure functions over entities or a file).
PURE_HELPERS = frozenset({"check_job_description", "listed_title", "read_job_description_file"})

# Employees come back with РД, address and phone masked for a role that may not see them (5.1–5.3).
list_employee_items = masks_personal_data(requires(Action.READ_RECORDS)(list_employee_items))
get_employee = masks_personal_data(requires(Action.READ_RECORDS)(get_employee))
signatory_for = masks_personal_data(requires(Action.READ_RECORDS)(signatory_for))

list_acting = requires(Action.READ_RECORDS)(list_acting)
day_sheet = requires(Action.READ_RECORDS)(day_sheet)
employee_attendance = requires(Action.READ_RECORDS)(employee_attendance)
attendance_flags = requires(Action.READ_RECORDS)(attendance_flags)
monthly_attendance = requires(Action.READ_RECORDS)(monthly_attendance)
record_attendance = requires(Action.EDIT_RECORDS)(record_attendance)
correct_attendance = requires(Action.EDIT_RECORDS)(correct_attendance)
employee_history = requires(Action.READ_RECORDS)(employee_history)
get_onboarding = requires(Action.READ_RECORDS)(get_onboarding)
description_in_force = requires(Action.READ_RECORDS)(description_in_force)
description_versions = requires(Action.READ_RECORDS)(description_versions)
employee_job_description = requires(Action.READ_RECORDS)(employee_job_description)
find_job_description = requires(Action.READ_RECORDS)(find_job_description)
get_job_description = requires(Action.READ_RECORDS)(get_job_description)
list_job_descriptions = requires(Action.READ_RECORDS)(list_job_descriptions)
get_slip = requires(Action.READ_RECORDS)(get_slip)
leave_preview = requires(Action.READ_RECORDS)(leave_preview)
list_slips = requires(Action.READ_RECORDS)(list_slips)
working_calendar = requires(Action.READ_RECORDS)(working_calendar)
get_leave_settings = requires(Action.READ_RECORDS)(get_leave_settings)
get_vacation_policy = requires(Action.READ_RECORDS)(get_vacation_policy)
vacation_balance = requires(Action.READ_RECORDS)(vacation_balance)
vacation_balances = requires(Action.READ_RECORDS)(vacation_balances)
list_calendar_changes = requires(Action.READ_RECORDS)(list_calendar_changes)
get_settings = requires(Action.READ_RECORDS)(get_settings)
list_departments = requires(Action.READ_RECORDS)(list_departments)
list_positions = requires(Action.READ_RECORDS)(list_positions)
list_sanctions = requires(Action.READ_RECORDS)(list_sanctions)
list_contracts = requires(Action.READ_RECORDS)(list_contracts)
deadline_calendar = requires(Action.READ_RECORDS)(deadline_calendar)
upcoming_deadlines = requires(Action.READ_RECORDS)(upcoming_deadlines)
award_blocked = requires(Action.READ_RECORDS)(award_blocked)
list_family = requires(Action.READ_RECORDS)(list_family)  # masks the РД itself for a viewer
list_payments = requires(Action.READ_RECORDS)(list_payments)
due_soon_list = requires(Action.READ_RECORDS)(due_soon_list)
check_trip = requires(Action.READ_RECORDS)(check_trip)
get_trip = requires(Action.READ_RECORDS)(get_trip)
list_trips = requires(Action.READ_RECORDS)(list_trips)
employee_trips = requires(Action.READ_RECORDS)(employee_trips)

save_acting = requires(Action.EDIT_RECORDS)(save_acting)
delete_acting = requires(Action.EDIT_RECORDS)(delete_acting)
record_event = requires(Action.EDIT_RECORDS)(record_event)
save_employee = requires(Action.EDIT_RECORDS)(save_employee)
save_onboarding = requires(Action.EDIT_RECORDS)(save_onboarding)
approve_job_description = requires(Action.EDIT_RECORDS)(approve_job_description)
copy_job_description = requires(Action.EDIT_RECORDS)(copy_job_description)
delete_job_description_draft = requires(Action.EDIT_RECORDS)(delete_job_description_draft)
import_job_description = requires(Action.EDIT_RECORDS)(import_job_description)
new_job_description = requires(Action.EDIT_RECORDS)(new_job_description)
revise_job_description = requires(Action.EDIT_RECORDS)(revise_job_description)
save_job_description = requires(Action.EDIT_RECORDS)(save_job_description)
save_department = requires(Action.EDIT_RECORDS)(save_department)
delete_department = requires(Action.EDIT_RECORDS)(delete_department)
save_position = requires(Action.EDIT_RECORDS)(save_position)
delete_position = requires(Action.EDIT_RECORDS)(delete_position)
seed_regulation_structure = requires(Action.EDIT_RECORDS)(seed_regulation_structure)
import_employees = requires(Action.EDIT_RECORDS)(import_employees)
record_sanction = requires(Action.EDIT_RECORDS)(record_sanction)
annul_sanction = requires(Action.EDIT_RECORDS)(annul_sanction)
save_family_member = requires(Action.EDIT_RECORDS)(save_family_member)
record_payment = requires(Action.EDIT_RECORDS)(record_payment)
annul_payment = requires(Action.EDIT_RECORDS)(annul_payment)
save_trip_draft = requires(Action.EDIT_RECORDS)(save_trip_draft)
issue_trip = requires(Action.EDIT_RECORDS)(issue_trip)
extend_trip = requires(Action.EDIT_RECORDS)(extend_trip)
recall_trip = requires(Action.EDIT_RECORDS)(recall_trip)
record_trip_report = requires(Action.EDIT_RECORDS)(record_trip_report)
cancel_trip = requires(Action.EDIT_RECORDS)(cancel_trip)
start_contracts = requires(Action.EDIT_RECORDS)(start_contracts)
record_concluded = requires(Action.EDIT_RECORDS)(record_concluded)
record_report = requires(Action.EDIT_RECORDS)(record_report)
record_evaluation = requires(Action.EDIT_RECORDS)(record_evaluation)
decide_sanction = requires(Action.EDIT_RECORDS)(decide_sanction)
reject_sanction = requires(Action.EDIT_RECORDS)(reject_sanction)
propose_sanction = requires(Action.EDIT_RECORDS)(propose_sanction)
flag_answers = requires(Action.READ_RECORDS)(flag_answers)
month_flag_cases = requires(Action.READ_RECORDS)(month_flag_cases)
month_flag_report = requires(Action.READ_RECORDS)(month_flag_report)
get_attendance_policy = requires(Action.READ_RECORDS)(get_attendance_policy)
get_discipline_policy = requires(Action.READ_RECORDS)(get_discipline_policy)
get_performance_policy = requires(Action.READ_RECORDS)(get_performance_policy)
get_due_policy = requires(Action.READ_RECORDS)(get_due_policy)
get_payment_policy = requires(Action.READ_RECORDS)(get_payment_policy)
get_schedule = requires(Action.READ_RECORDS)(get_schedule)
schedule_years = requires(Action.READ_RECORDS)(schedule_years)
entry_preview = requires(Action.READ_RECORDS)(entry_preview)
planned_days = requires(Action.READ_RECORDS)(planned_days)
department_head_name = requires(Action.READ_RECORDS)(department_head_name)
approval_check = requires(Action.READ_RECORDS)(approval_check)
prepare_schedule = requires(Action.EDIT_RECORDS)(prepare_schedule)
save_entry = requires(Action.EDIT_RECORDS)(save_entry)
change_entry = requires(Action.EDIT_RECORDS)(change_entry)
agree_department = requires(Action.EDIT_RECORDS)(agree_department)
approve_schedule = requires(Action.EDIT_RECORDS)(approve_schedule)
vacation_schedule_document = requires(Action.PRINT)(vacation_schedule_document)

save_draft = requires(Action.EDIT_LEAVE)(save_draft)
delete_draft = requires(Action.EDIT_LEAVE)(delete_draft)
sign_slip = requires(Action.EDIT_LEAVE)(sign_slip)
void_slip = requires(Action.EDIT_LEAVE)(void_slip)
record_order = requires(Action.EDIT_LEAVE)(record_order)
record_return = requires(Action.EDIT_LEAVE)(record_return)

print_slip = requires(Action.PRINT)(print_slip)
reprint_slip = requires(Action.PRINT)(reprint_slip)
slip_document = requires(Action.PRINT)(slip_document)
order_draft = requires(Action.PRINT)(order_draft)
sanction_order_draft = requires(Action.PRINT)(sanction_order_draft)
payments_register = requires(Action.PRINT)(payments_register)
gift_list_document = requires(Action.PRINT)(gift_list_document)
certificate_document = requires(Action.PRINT)(certificate_document)
monthly_register = requires(Action.PRINT)(monthly_register)
attendance_document = requires(Action.PRINT)(attendance_document)
export_job_description = requires(Action.PRINT)(export_job_description)
export_employees = requires(Action.PRINT)(export_employees)

save_settings = requires(Action.EDIT_SETTINGS)(save_settings)
save_leave_settings = requires(Action.EDIT_SETTINGS)(save_leave_settings)
save_vacation_policy = requires(Action.EDIT_SETTINGS)(save_vacation_policy)
save_attendance_policy = requires(Action.EDIT_SETTINGS)(save_attendance_policy)
save_discipline_policy = requires(Action.EDIT_SETTINGS)(save_discipline_policy)
save_performance_policy = requires(Action.EDIT_SETTINGS)(save_performance_policy)
save_due_policy = requires(Action.EDIT_SETTINGS)(save_due_policy)
save_payment_policy = requires(Action.EDIT_SETTINGS)(save_payment_policy)
add_calendar_change = requires(Action.EDIT_SETTINGS)(add_calendar_change)
delete_calendar_change = requires(Action.EDIT_SETTINGS)(delete_calendar_change)

check_database = requires(Action.CHECK_DATABASE)(check_database)

list_audit_entries = requires(Action.VIEW_AUDIT)(list_audit_entries)
audit_logins = requires(Action.VIEW_AUDIT)(audit_logins)
verify_audit_chain = requires(Action.VERIFY)(verify_audit_chain)  # any role may see that the chain holds
verify_slip = requires(Action.VERIFY)(verify_slip)  # any role may check a paper slip

list_users = requires(Action.MANAGE_USERS)(list_users)
create_user = requires(Action.MANAGE_USERS)(create_user)
reset_password = requires(Action.MANAGE_USERS)(reset_password)
set_role = requires(Action.MANAGE_USERS)(set_role)
set_locked = requires(Action.MANAGE_USERS)(set_locked)
deactivate_user = requires(Action.MANAGE_USERS)(deactivate_user)

needs_first_administrator = requires(Action.LOG_IN)(needs_first_administrator)
create_first_administrator = requires(Action.LOG_IN)(create_first_administrator)
login = requires(Action.LOG_IN)(login)
change_password = requires(Action.LOG_IN)(change_password)
