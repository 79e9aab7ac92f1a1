"""Who may do what: the role × action policy as data, and its enforcement at the service entry.

Roles are enforced here, in core, not by hiding buttons: every use case exported by
``core.services`` is wrapped with :func:`requires`, which reads the acting user from the unit
of work and refuses before anything is read or written (reliability.md §4.2, goal R12).

A unit of work without an actor (``uow.actor is None``) is allowed everything. That is the
command line and the tests: the command line runs as the operating-system user who owns the
database file and its key, who could open the file with any SQLite tool anyway, so an
in-app password would protect nothing there. The GUI always sets the logged-in user.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ParamSpec, TypeVar

from core.entities import Employee, EmployeeListItem, Signatory
from core.i18n import N_, _
from core.users import ROLE_LABELS, Role, User

P = ParamSpec("P")
R = TypeVar("R")

#: The attribute :func:`requires` sets on a wrapped service; the contract test reads it.
ACTION_ATTRIBUTE = "__tamga_action__"


class Action(enum.StrEnum):
    READ_RECORDS = "read_records"  # lists, employee pages, slips, job descriptions, settings (read)
    SEE_PERSONAL_DATA = "see_personal_data"  # РД, address, phone unmasked (regulation 5.1–5.3)
    EDIT_RECORDS = "edit_records"  # employees, events, onboarding, acting, units, job descriptions
    EDIT_LEAVE = "edit_leave"  # leave slips: drafts, signing, voiding, orders, returns
    PRINT = "print"  # numbered slips, reprints, orders, registers, exports with personal data
    EDIT_SETTINGS = "edit_settings"  # office and leave settings, the working calendar
    MANAGE_USERS = "manage_users"
    BACK_UP = "back_up"
    RESTORE = "restore"
    CHECK_DATABASE = "check_database"
    VIEW_AUDIT = "view_audit"
    VERIFY = "verify"  # check a paper slip against the record
    LOG_IN = "log_in"  # logging in, the first administrator, changing one's own password


ACTION_LABELS: dict[Action, str] = {
    Action.READ_RECORDS: N_("read the records"),
    Action.SEE_PERSONAL_DATA: N_("see registration numbers, addresses and phones"),
    Action.EDIT_RECORDS: N_("change the records"),
    Action.EDIT_LEAVE: N_("change leave slips"),
    Action.PRINT: N_("print and export documents"),
    Action.EDIT_SETTINGS: N_("change the settings"),
    Action.MANAGE_USERS: N_("manage users"),
    Action.BACK_UP: N_("make backups"),
    Action.RESTORE: N_("restore a backup"),
    Action.CHECK_DATABASE: N_("check the database"),
    Action.VIEW_AUDIT: N_("read the audit trail"),
    Action.VERIFY: N_("verify a printed slip"),
    Action.LOG_IN: N_("log in"),
}

_EVERYONE = frozenset(Role)

#: The policy. The administrator keeps users, settings and backups; the HR officer keeps the
#: records, slips and printing; the viewer reads (with personal data masked) and verifies.
POLICY: dict[Action, frozenset[Role]] = {
    Action.READ_RECORDS: _EVERYONE,
    Action.SEE_PERSONAL_DATA: frozenset({Role.ADMINISTRATOR, Role.HR}),
    Action.EDIT_RECORDS: frozenset({Role.HR}),
    Action.EDIT_LEAVE: frozenset({Role.HR}),
    Action.PRINT: frozenset({Role.HR}),
    Action.EDIT_SETTINGS: frozenset({Role.ADMINISTRATOR}),
    Action.MANAGE_USERS: frozenset({Role.ADMINISTRATOR}),
    Action.BACK_UP: frozenset({Role.ADMINISTRATOR, Role.HR}),
    Action.RESTORE: frozenset({Role.ADMINISTRATOR}),
    Action.CHECK_DATABASE: frozenset({Role.ADMINISTRATOR, Role.HR}),
    Action.VIEW_AUDIT: frozenset({Role.ADMINISTRATOR}),
    Action.VERIFY: _EVERYONE,
    Action.LOG_IN: _EVERYONE,
}


def permits(role: Role, action: Action) -> bool:
    """Whether *role* may do *action* under :data:`POLICY`."""
    return role in POLICY[action]


def allowed(actor: User | None, action: Action) -> bool:
    """Whether *actor* may do *action*; no actor (command line, tests) may do everything."""
    return actor is None or permits(actor.role, action)


def check(actor: User | None, action: Action) -> None:
    """Raise :class:`PermissionDeniedError` unless *actor* may do *action*."""
    if actor is not None and not permits(actor.role, action):
        raise PermissionDeniedError(actor.role, action)


def _actor_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> User | None:
    uow = args[0] if args else kwargs["uow"]
    actor: User | None = uow.actor
    return actor


def requires(action: Action) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Wrap a use case so it first checks its unit of work's actor may do *action*.

    The wrapped function keeps its signature and records *action* in ``__tamga_action__``, so a
    test can prove every exported service is guarded.
    """

    def decorate(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            check(_actor_of(args, kwargs), action)
            return service(*args, **kwargs)

        setattr(guarded, ACTION_ATTRIBUTE, action)
        return guarded

    return decorate


def action_of(service: object) -> Action | None:
    """The action a service was wrapped with, or ``None`` for an unguarded function."""
    action = getattr(service, ACTION_ATTRIBUTE, None)
    return action if isinstance(action, Action) else None


# --- Masking personal data (regulation 5.1–5.3) ---------------------------------------------

MASK = "*"
_KEEP_REGISTRATION = (2, 2)  # "УБ******12": the letters and the last two digits


def mask_text(text: str, *, keep_start: int = 0, keep_end: int = 0) -> str:
    """*text* with every character but the kept ends replaced by ``*`` (spaces kept, for shape)."""
    if not text:
        return text
    if keep_start + keep_end >= len(text):
        keep_start, keep_end = 0, 0
    end = len(text) - keep_end
    middle = re.sub(r"\S", MASK, text[keep_start:end])
    return text[:keep_start] + middle + text[end:]


def mask_personal_data(employee: Employee) -> Employee:
    """A copy of *employee* with the registration number, address and phone masked."""
    start, end = _KEEP_REGISTRATION
    return replace(
        employee,
        registration_number=mask_text(employee.registration_number, keep_start=start, keep_end=end),
        address=mask_text(employee.address),
        phone=mask_text(employee.phone, keep_end=2),
    )


def is_masked(employee: Employee) -> bool:
    """Whether *employee* is a masked copy (a save of it would write stars over real data)."""
    return MASK in employee.registration_number


def _mask_result(result: object) -> object:
    if isinstance(result, Employee):
        return mask_personal_data(result)
    if isinstance(result, EmployeeListItem):
        return replace(result, employee=mask_personal_data(result.employee))
    if isinstance(result, Signatory) and result.employee is not None:
        return replace(result, employee=mask_personal_data(result.employee))
    if isinstance(result, list):
        return [_mask_result(item) for item in result]
    return result


def masks_personal_data(service: Callable[P, R]) -> Callable[P, R]:
    """Wrap a read service so an actor who may not see personal data gets masked copies.

    Results may be an ``Employee``, an ``EmployeeListItem``, a ``Signatory``, a list of them, or ``None``.
    """

    @functools.wraps(service)
    def masked(*args: P.args, **kwargs: P.kwargs) -> R:
        result = service(*args, **kwargs)
        if allowed(_actor_of(args, kwargs), Action.SEE_PERSONAL_DATA):
            return result
        return _mask_result(result)  # type: ignore[return-value]

    return masked


# Imported last: ``core.services`` imports this module to guard its exports, so the policy above
# must already exist when the package (and its ``errors`` module) loads.
from core.services.errors import RefusedError  # noqa: E402


class PermissionDeniedError(RefusedError):
    """The logged-in user's role may not do the action; nothing was read or written."""

    def __init__(self, role: Role, action: Action) -> None:
        self.role = role
        self.action = action
        super().__init__(
            _("A user with the role “{role}” may not {action}. Ask an administrator.").format(
                role=_(ROLE_LABELS[role]), action=_(ACTION_LABELS[action])
            )
        )
