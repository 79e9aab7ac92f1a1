"""Family members and the payments and awards register: payments are added and annulled, never deleted."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.payments.entities import Payment
from core.payments.family import FamilyMember, Relation
from data.records import FamilyMemberRecord, PaymentRecord
from data.repositories.common import require
from data.repositories.submissions import flush_new


class SqlFamilyRepository:
    """``core.ports.FamilyRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, member_id: int) -> FamilyMember | None:
        """The family member with *member_id*, or ``None``."""
        record = self._session.get(FamilyMemberRecord, member_id)
        return None if record is None else _member(record)

    def by_submission(self, submission_id: str) -> FamilyMember | None:
        """The family member a form with *submission_id* created, or ``None``."""
        statement = select(FamilyMemberRecord).where(FamilyMemberRecord.submission_id == submission_id)
        record = self._session.scalars(statement).first()
        return None if record is None else _member(record)

    def list(self, *, employee_id: int | None = None) -> builtins.list[FamilyMember]:
        """Family members (of one employee, if given), oldest first."""
        statement = select(FamilyMemberRecord).order_by(FamilyMemberRecord.birth_date, FamilyMemberRecord.id)
        if employee_id is not None:
            statement = statement.where(FamilyMemberRecord.employee_id == employee_id)
        return [_member(record) for record in self._session.scalars(statement)]

    def add(self, member: FamilyMember) -> FamilyMember:
        """Save a new family member; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = FamilyMemberRecord(id=member.id, submission_id=member.submission_id)
        _fill_member(record, member)
        self._session.add(record)
        flush_new(self._session, member.submission_id)
        return replace(member, id=record.id)

    def update(self, member: FamilyMember) -> FamilyMember:
        """Raises ``MissingRecordError`` if *member* is not saved."""
        _fill_member(require(self._session, FamilyMemberRecord, member.id), member)
        self._session.flush()
        return member


def _member(record: FamilyMemberRecord) -> FamilyMember:
    return FamilyMember(
        employee_id=record.employee_id,
        relation=Relation(record.relation),
        name=record.name,
        birth_date=record.birth_date,
        registration_number=record.registration_number,
        id=record.id,
        submission_id=record.submission_id,
    )


def _fill_member(record: FamilyMemberRecord, member: FamilyMember) -> None:
    record.employee_id = member.employee_id
    record.relation = member.relation.value
    record.name = member.name
    record.birth_date = member.birth_date
    record.registration_number = member.registration_number


class SqlPaymentRepository:
    """``core.ports.PaymentRepository`` over one session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, payment_id: int) -> Payment | None:
        """The payment with *payment_id*, or ``None``."""
        record = self._session.get(PaymentRecord, payment_id)
        return None if record is None else _payment(record)

    def by_submission(self, submission_id: str) -> Payment | None:
        """The payment a form with *submission_id* created, or ``None``."""
        record = self._session.scalars(
            select(PaymentRecord).where(PaymentRecord.submission_id == submission_id)
        ).first()
        return None if record is None else _payment(record)

    def list(self, *, employee_id: int | None = None, year: int | None = None) -> builtins.list[Payment]:
        """Payments (of one employee, of one year by the order date, if given), newest order first."""
        statement = select(PaymentRecord).order_by(PaymentRecord.order_date.desc(), PaymentRecord.id.desc())
        if employee_id is not None:
            statement = statement.where(PaymentRecord.employee_id == employee_id)
        if year is not None:
            statement = statement.where(PaymentRecord.order_date.between(date(year, 1, 1), date(year, 12, 31)))
        return [_payment(record) for record in self._session.scalars(statement)]

    def add(self, payment: Payment) -> Payment:
        """Save a new payment; returns it with its id.

        Raises:
            DuplicateSubmissionError: Its submission id is already stored.
        """
        record = PaymentRecord(id=payment.id, submission_id=payment.submission_id)
        _fill_payment(record, payment)
        self._session.add(record)
        flush_new(self._session, payment.submission_id)
        return replace(payment, id=record.id)

    def update(self, payment: Payment) -> Payment:
        """Raises ``MissingRecordError`` if *payment* is not saved."""
        _fill_payment(require(self._session, PaymentRecord, payment.id), payment)
        self._session.flush()
        return payment


def _payment(record: PaymentRecord) -> Payment:
    return Payment(
        employee_id=record.employee_id,
        kind_code=record.kind_code,
        order_number=record.order_number,
        order_date=record.order_date,
        amount=record.amount,
        base_salary=record.base_salary,
        family_member_id=record.family_member_id,
        relation=Relation(record.relation) if record.relation is not None else None,
        clause=record.clause,
        kind_text=record.kind_text,
        note=record.note,
        annulled_on=record.annulled_on,
        annul_reason=record.annul_reason,
        id=record.id,
        submission_id=record.submission_id,
    )


def _fill_payment(record: PaymentRecord, payment: Payment) -> None:
    if payment.order_date is None:
        raise ValueError("a payment is stored with its order date")  # the service refuses it before
    record.employee_id = payment.employee_id
    record.kind_code = payment.kind_code
    record.clause = payment.clause
    record.kind_text = payment.kind_text
    record.amount = payment.amount
    record.base_salary = payment.base_salary
    record.family_member_id = payment.family_member_id
    record.relation = payment.relation.value if payment.relation is not None else None
    record.order_number = payment.order_number
    record.order_date = payment.order_date
    record.note = payment.note
    record.annulled_on = payment.annulled_on
    record.annul_reason = payment.annul_reason
