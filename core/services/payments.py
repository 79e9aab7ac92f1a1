"""The payments and awards register (regulation 10.7, 12.1–12.7) and the award check of 12.10.

Payments are never deleted: the register is what the accountant and an inspection read. One
entered by mistake is annulled with a reason and kept, and counts for nothing from then on
(it no longer uses up a once-a-year or once-ever kind).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.documents.models import SignatureLine
from core.entities import EmployeeListItem
from core.i18n import _
from core.names import full_name
from core.payments.catalogue import PaymentKind, PaymentPolicy
from core.payments.documents import KindGroup, PaymentsRegisterDocument, RegisterLine
from core.payments.entities import Payment
from core.payments.family import RELATION_WORDS, FamilyMember
from core.payments.validation import validate_payment
from core.ports import UnitOfWork
from core.services.annulment import annul_entry
from core.services.errors import NotFoundError, RefusedError
from core.services.submissions import create_once
from core.text import clean
from core.validation import ValidationError


def list_payments(
    uow: UnitOfWork, *, year: int | None = None, employee_id: int | None = None, kind_code: str | None = None
) -> list[Payment]:
    """Payments and awards, newest order first: of one year, employee and kind when given."""
    with uow:
        payments = uow.payments.list(employee_id=employee_id, year=year)
    return [p for p in payments if kind_code in (None, p.kind_code)]


def _prepared(payment: Payment, kind: PaymentKind | None, member: FamilyMember | None) -> Payment:
    return replace(
        payment,
        order_number=clean(payment.order_number),
        note=clean(payment.note),
        clause=kind.clause if kind else "",
        kind_text=kind.text if kind else "",
        relation=member.relation if member else None,
        amount=payment.amount if kind is None or kind.monetary else None,
        annulled_on=None,
        annul_reason="",
    )


def record_payment(uow: UnitOfWork, payment: Payment, *, policy: PaymentPolicy | None = None) -> Payment:
    """Record a support payment or award after every check of its kind.

    The kinds are the office's stored catalogue unless *policy* is given: a ceiling changed
    there applies to this entry, never to payments already recorded.

    The form sent again (same submission id) records nothing and answers with the saved payment.

    Raises:
        ValidationError: Over the ceiling, once a year or once ever already given, the wrong or
            no relative, a sanction in force for an award (12.10), a missing order.
        NotFoundError: The employee or the relative is not in the records.
        RefusedError: The payment is already saved (payments are recorded once, then only annulled).
    """
    if payment.id is not None:
        raise RefusedError(_("A recorded payment is not edited; annul it and record it again."))
    with uow:
        return create_once(
            uow,
            payment.submission_id,
            find=uow.payments.by_submission,
            create=lambda: _record_new(uow, payment, policy or uow.payment_settings.get()),
        )


def _record_new(uow: UnitOfWork, payment: Payment, policy: PaymentPolicy) -> Payment:
    if uow.employees.get(payment.employee_id) is None:
        raise NotFoundError(_("The employee is not in the records."))
    member = None
    if payment.family_member_id is not None:
        member = uow.family.get(payment.family_member_id)
        if member is None:
            raise NotFoundError(_("The relative is not in the records."))
    payment = _prepared(payment, policy.kind(payment.kind_code), member)
    report = validate_payment(
        payment,
        policy=policy,
        member=member,
        earlier=uow.payments.list(employee_id=payment.employee_id),
        sanctions=uow.sanctions.list(employee_id=payment.employee_id),
    )
    if not report.is_valid:
        raise ValidationError(report)
    saved = uow.payments.add(payment)
    uow.commit()
    return saved


def annul_payment(uow: UnitOfWork, payment_id: int, *, reason: str, on: date) -> Payment:
    """Annul a payment entered by mistake; it is kept with *reason* and counts for nothing.

    Raises:
        ValidationError: No reason is given.
        NotFoundError: There is no such payment.
        RefusedError: It is already annulled.
    """
    with uow:
        saved = annul_entry(
            payment_id,
            reason=reason,
            on=on,
            get=uow.payments.get,
            update=uow.payments.update,
            missing=_("The payment is not in the register."),
            already=_("The payment is already annulled."),
        )
        uow.commit()
    return saved


def payments_register(
    uow: UnitOfWork, *, year: int, policy: PaymentPolicy | None = None
) -> PaymentsRegisterDocument:
    """The year's register for the accountant: kinds in the regulation's order, annulled entries left out."""
    with uow:
        policy = policy or uow.payment_settings.get()
        payments = [p for p in uow.payments.list(year=year) if not p.annulled]
        items = {i.employee.id: i for i in uow.employees.list_items()}
        members = {m.id: m for m in uow.family.list()}
        office = uow.settings.get().official_name
    order = {kind.code: index for index, kind in enumerate(policy.kinds)}
    payments.sort(key=lambda p: (order.get(p.kind_code, len(order)), p.kind_code, p.order_date or date.min, p.id or 0))
    return PaymentsRegisterDocument(
        office_name=office,
        title=f"{year} оны тусламж, шагнал урамшууллын бүртгэл",
        groups=_groups(payments, items, members),
        signatures=(SignatureLine("Бүртгэл хөтөлсөн", "", ""),),
    )


def _groups(
    payments: list[Payment], items: dict[int | None, EmployeeListItem], members: dict[int | None, FamilyMember]
) -> tuple[KindGroup, ...]:
    """Consecutive payments of one kind (as recorded: clause and wording) form a group."""
    groups: list[KindGroup] = []
    for payment in payments:
        item = items.get(payment.employee_id)
        member = members.get(payment.family_member_id) if payment.family_member_id is not None else None
        line = RegisterLine(
            name=full_name(item.employee) if item else "",
            department=item.department_name if item else "",
            amount=payment.amount,
            order=f"{payment.order_number}, {payment.order_date.isoformat() if payment.order_date else ''}",
            beneficiary=f"{RELATION_WORDS[member.relation]} {member.name}" if member else "",
        )
        if groups and (groups[-1].clause, groups[-1].text) == (payment.clause, payment.kind_text):
            groups[-1] = replace(groups[-1], lines=(*groups[-1].lines, line))
        else:
            groups.append(KindGroup(payment.clause, payment.kind_text, (line,)))
    return tuple(groups)
