"""The sanctions register (regulation section 13, Civil Service Law art. 48) and the award check (12.10).

Sanctions are never deleted: the register is the history an inspection reads. One entered by
mistake is annulled with a reason and kept, and counts for nothing from then on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.discipline.entities import OTHER_BREACH, DisciplinePolicy, Sanction, SanctionStatus
from core.discipline.order import OrderParty, sanction_order
from core.discipline.rules import blocks_award, in_force, is_repeated, lapse_date
from core.discipline.validation import validate_annulment, validate_rejection, validate_sanction
from core.documents.models import OrderDocument
from core.entities import SigningRole
from core.i18n import _
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.signatories import resolve_signatory
from core.text import clean
from core.validation import ValidationError


def list_sanctions(
    uow: UnitOfWork, *, employee_id: int | None = None, in_force_on: date | None = None
) -> list[Sanction]:
    """Sanctions, newest first: of one employee if given, only those in force on *in_force_on* if given."""
    with uow:
        sanctions = uow.sanctions.list(employee_id=employee_id)
    return sanctions if in_force_on is None else in_force(sanctions, in_force_on)


def _prepared(sanction: Sanction, policy: DisciplinePolicy, status: SanctionStatus) -> Sanction:
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
        status=status,
        reject_reason="",
    )


def _decided(uow: UnitOfWork, sanction: Sanction) -> Sanction:
    """Inside ``with uow``: *sanction* checked under the stored policy, with its lapse date and 13.1 mark."""
    policy = uow.discipline_settings.get()
    sanction = _prepared(sanction, policy, SanctionStatus.DECIDED)
    report = validate_sanction(sanction, policy=policy)
    if not report.is_valid:
        raise ValidationError(report)
    if uow.employees.get(sanction.employee_id) is None:
        raise NotFoundError(_("The employee is not in the records."))
    sanction = replace(sanction, lapses_on=lapse_date(sanction, policy))
    earlier = uow.sanctions.list(employee_id=sanction.employee_id)
    return replace(sanction, repeated=is_repeated(sanction, earlier))


def record_sanction(uow: UnitOfWork, sanction: Sanction) -> Sanction:
    """Record a new sanction with its lapse date, marked repeated when it repeats a breach (13.1).

    The office's stored discipline policy (breach list, cut ceilings, periods) applies.

    Raises:
        ValidationError: A field breaks a rule (percent over 20, months over 6, order after start…).
        NotFoundError: The employee is not in the records.
        RefusedError: The sanction is already saved (sanctions are recorded once, then only annulled).
    """
    if sanction.id is not None:
        raise RefusedError(_("A recorded sanction is not edited; annul it and record it again."))
    with uow:
        saved = uow.sanctions.add(_decided(uow, sanction))
        uow.commit()
    return saved


def decide_sanction(uow: UnitOfWork, sanction: Sanction) -> Sanction:
    """The chief's order turns a proposal into a sanction: checked like a new one, then in force.

    *sanction* is the proposal (its id set) with the order number and date filled in; the
    breach and the sanction may have been changed by the chief.

    Raises:
        ValidationError: As for :func:`record_sanction`.
        NotFoundError: There is no such proposal.
        RefusedError: It is already decided, rejected or annulled.
    """
    with uow:
        stored = _open_proposal(uow, sanction.id)
        # The proposal answers one person's flag: the person and the flag stay, whatever the form sent.
        answer = replace(
            sanction, employee_id=stored.employee_id, flag_clause=stored.flag_clause, flag_period=stored.flag_period
        )
        decided = _decided(uow, answer)
        saved = uow.sanctions.update(decided)
        uow.commit()
    return saved


def reject_sanction(uow: UnitOfWork, sanction_id: int, *, reason: str) -> Sanction:
    """The chief declines a proposal; it is kept with *reason* and never counts.

    Raises:
        ValidationError: No reason is given.
        NotFoundError: There is no such proposal.
        RefusedError: It is already decided, rejected or annulled.
    """
    reason = clean(reason)
    report = validate_rejection(reason)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        stored = _open_proposal(uow, sanction_id)
        saved = uow.sanctions.update(replace(stored, status=SanctionStatus.REJECTED, reject_reason=reason))
        uow.commit()
    return saved


def _open_proposal(uow: UnitOfWork, sanction_id: int | None) -> Sanction:
    stored = uow.sanctions.get(sanction_id) if sanction_id is not None else None
    if stored is None:
        raise NotFoundError(_("The sanction is not in the register."))
    if not stored.is_proposal or stored.annulled:
        raise RefusedError(_("Only an open proposal can be decided or rejected."))
    return stored


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
        if sanction.annulled or sanction.status is SanctionStatus.REJECTED:
            raise RefusedError(_("An annulled sanction or a rejected proposal has no order to draft."))
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
