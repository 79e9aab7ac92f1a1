"""The sanctions register (regulation section 13, Civil Service Law art. 48) and the award check (12.10).

Sanctions are never deleted: the register is the history an inspection reads. One entered by
mistake is annulled with a reason and kept, and counts for nothing from then on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction
from core.discipline.order import OrderParty, sanction_order
from core.discipline.rules import blocks_award, in_force, is_repeated, lapse_date
from core.discipline.validation import validate_annulment, validate_sanction
from core.documents.models import OrderDocument
from core.entities import SigningRole
from core.i18n import _
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.signatories import resolve_signatory
from core.text import clean
from core.validation import ValidationError

#: The office's regulation (seed 004); another office would pass its own policy.
OFFICE_POLICY = DisciplinePolicy()


def list_sanctions(
    uow: UnitOfWork, *, employee_id: int | None = None, in_force_on: date | None = None
) -> list[Sanction]:
    """Sanctions, newest first: of one employee if given, only those in force on *in_force_on* if given."""
    with uow:
        sanctions = uow.sanctions.list(employee_id=employee_id)
    return sanctions if in_force_on is None else in_force(sanctions, in_force_on)


def _prepared(sanction: Sanction, policy: DisciplinePolicy) -> Sanction:
    clause = policy.breach(sanction.breach_code)
    text = clause.text if clause is not None and sanction.breach_code != OTHER_BREACH else clean(sanction.breach_text)
    return replace(
        sanction,
        breach_code=clean(sanction.breach_code),
        breach_text=text,
        order_number=clean(sanction.order_number),
        note=clean(sanction.note),
        annulled_on=None,
        annul_reason="",
    )


def record_sanction(uow: UnitOfWork, sanction: Sanction, *, policy: DisciplinePolicy = OFFICE_POLICY) -> Sanction:
    """Record a new sanction with its lapse date, marked repeated when it repeats a breach (13.1).

    Raises:
        ValidationError: A field breaks a rule (percent over 20, months over 6, order after start…).
        NotFoundError: The employee is not in the records.
        RefusedError: The sanction is already saved (sanctions are recorded once, then only annulled).
    """
    if sanction.id is not None:
        raise RefusedError(_("A recorded sanction is not edited; annul it and record it again."))
    sanction = _prepared(sanction, policy)
    report = validate_sanction(sanction, policy=policy)
    if not report.is_valid:
        raise ValidationError(report)
    sanction = replace(sanction, lapses_on=lapse_date(sanction, policy))
    with uow:
        if uow.employees.get(sanction.employee_id) is None:
            raise NotFoundError(_("The employee is not in the records."))
        earlier = uow.sanctions.list(employee_id=sanction.employee_id)
        saved = uow.sanctions.add(replace(sanction, repeated=is_repeated(sanction, earlier)))
        uow.commit()
    return saved


def annul_sanction(uow: UnitOfWork, sanction_id: int, *, reason: str, on: date) -> Sanction:
    """Annul a sanction entered by mistake; it is kept with *reason* and counts for nothing.

    Raises:
        ValidationError: No reason is given.
        NotFoundError: There is no such sanction.
        RefusedError: It is already annulled.
    """
    reason = clean(reason)
    report = validate_annulment(reason)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        sanction = uow.sanctions.get(sanction_id)
        if sanction is None:
            raise NotFoundError(_("The sanction is not in the register."))
        if sanction.annulled:
            raise RefusedError(_("The sanction is already annulled."))
        saved = uow.sanctions.update(replace(sanction, annulled_on=on, annul_reason=reason))
        uow.commit()
    return saved


def award_blocked(uow: UnitOfWork, employee_id: int, on: date) -> str | None:
    """Why an award, bonus or promotion for the employee on *on* is refused (12.10), or ``None``."""
    with uow:
        sanctions = uow.sanctions.list(employee_id=employee_id)
    return blocks_award(sanctions, on)


def sanction_order_draft(uow: UnitOfWork, sanction_id: int) -> OrderDocument:
    """The chief's draft order for the sanction, signed by whoever signs for the chief on the order date.

    Raises:
        NotFoundError: There is no such sanction, or its employee is gone.
        RefusedError: The sanction is annulled.
    """
    with uow:
        sanction = uow.sanctions.get(sanction_id)
        if sanction is None:
            raise NotFoundError(_("The sanction is not in the register."))
        if sanction.annulled:
            raise RefusedError(_("An annulled sanction has no order to draft."))
        party = _order_party(uow, sanction.employee_id)
        on = sanction.order_date or sanction.starts_on
        settings = uow.settings.get()
        assignments = uow.acting.covering(on)
        wanted = {settings.chief_employee_id} | {a.acting_employee_id for a in assignments}
        employees = {i: e for i in wanted if i is not None and (e := uow.employees.get(i)) is not None}
    signatory = resolve_signatory(
        SigningRole.CHIEF, on, settings=settings, assignments=assignments, employees=employees
    )
    return sanction_order(sanction, party, settings=settings, signatory=signatory)


def _order_party(uow: UnitOfWork, employee_id: int) -> OrderParty:
    employee = uow.employees.get(employee_id)
    if employee is None:
        raise NotFoundError(_("The employee is not in the records."))
    position = uow.positions.get(employee.position_id) if employee.position_id is not None else None
    unit = uow.departments.get(position.department_id) if position and position.department_id else None
    return OrderParty(employee, position.title if position else "", unit)
