"""The worded leave documents: the slip (чөлөөний хуудас) and the chief's draft order.

Services word the documents here, once; the renderers in :mod:`core.documents` only lay the
words out, so a PDF, a .docx and the preview always say the same thing.
"""

from __future__ import annotations

from core.documents.models import OrderDocument, SignatureLine, SlipDocument, SlipSeal
from core.i18n import _
from core.leave.durations import format_duration
from core.leave.entities import LeaveKind, LeaveSlip, PayDecision, SlipStatus
from core.leave.officials import Official
from core.leave.policy import OTHER_REASON, LeavePolicy
from core.leave.rules import ApplicantRole
from core.leave.seal import seal_slip
from core.leave.validation import slip_form_refusal
from core.leave.wording import (
    CHILDCARE_LAW,
    KIND_WORDS,
    PAY_WORDS,
    VACATION_LAW,
    clause_reference,
    dotted_date,
    genitive,
    leave_period,
    order_length,
    unit_genitive,
    vacation_words,
)
from core.names import short_name
from core.official_dates import official_date
from core.ports import UnitOfWork
from core.services.errors import RefusedError
from core.services.leave_facts import LeaveContext, SlipFacts, load_context, require_slip, slip_facts

ORDER_TITLE = "Чөлөө олгох тухай"
VACATION_ORDER_TITLE = "Ээлжийн амралт олгох тухай"
#: The second clause of a vacation order: vacation pay is the accountant's to count (6.1 "ня-бо").
VACATION_PAY_CLAUSE = "Ээлжийн амралтын цалинг хуульд заасны дагуу тооцож олгохыг нягтлан бодогчид даалгасугай."
#: The law each kind given by law is granted under; printed before the regulation's clauses.
KIND_LAWS = {LeaveKind.CHILDCARE: CHILDCARE_LAW, LeaveKind.VACATION: VACATION_LAW}


def reason_words(slip: LeaveSlip, policy: LeavePolicy, vacation_clause: str = "6.11") -> tuple[str, str]:
    """(printed reason, its clause): the 6.8 group's words, "other" as typed, childcare and vacation by law."""
    if slip.kind is LeaveKind.CHILDCARE:
        return f"{CHILDCARE_LAW}ийн дагуу хүүхэд асрах", policy.childcare_clause
    if slip.kind is LeaveKind.VACATION:
        return f"{vacation_words(slip.counted_vacation_year)} ({VACATION_LAW})", vacation_clause
    reason = policy.reason(slip.reason_code)
    if reason is None or reason.code == OTHER_REASON:
        return slip.reason_text or (reason.printed if reason else ""), policy.recommendation_clause
    detail = f" ({slip.reason_text})" if slip.reason_text else ""
    return reason.printed + detail, reason.code


def _pay(slip: LeaveSlip) -> str:
    return PAY_WORDS[slip.pay] if slip.pay is not None else ""


def _line(caption: str, official: Official, name: str = "") -> SignatureLine:
    return SignatureLine(caption, official.title, (name or official.name).upper())


def _signatures(facts: SlipFacts) -> tuple[SignatureLine, ...]:
    """Employee; the recommending head unless the head decides alone (6.4); the approver (6.5)."""
    slip, employee = facts.slip, facts.employee
    lines = [
        SignatureLine("Чөлөө хүссэн", slip.position_title or facts.position_title, short_name(employee, upper=True))
    ]
    if facts.recommending is not None:
        lines.append(_line("Санал болгосон", facts.recommending, slip.recommended_by))
    lines.append(_line("Зөвшөөрсөн", facts.approving))
    return tuple(lines)


def _recommendation(facts: SlipFacts, policy: LeavePolicy) -> str:
    """ "Санал болгосон (6.4 дэх заалт): Р.Отгонжаргал, 2026.11.24" once the recommendation is recorded."""
    slip = facts.slip
    if not slip.recommended_by:
        return ""
    when = f", {dotted_date(slip.recommended_on)}" if slip.recommended_on else ""
    return f"Санал болгосон ({clause_reference([policy.recommendation_clause])}): {slip.recommended_by}{when}"


def _seal(ctx: LeaveContext, facts: SlipFacts) -> SlipSeal | None:
    """The seal of a numbered slip; a draft (no number) or a database without its key gets none."""
    if facts.slip.number is None or not ctx.signing_key:
        return None
    seal = seal_slip(facts.slip, registration_number=facts.employee.registration_number, key=ctx.signing_key)
    return SlipSeal(seal.payload, seal.short_code)


def build_slip_document(ctx: LeaveContext, facts: SlipFacts, *, copy: bool) -> SlipDocument:
    """The slip as printed; a draft has no number or date yet (the preview shows blanks).

    A numbered slip carries its seal; a copy carries the same seal as the original, since it
    signs the record's facts, not the print.
    """
    slip, policy = facts.slip, ctx.leave.policy
    reason, reason_clause = reason_words(slip, policy, ctx.vacation.clause)
    return SlipDocument(
        office_name=ctx.settings.official_name,
        city=ctx.settings.city,
        number=str(slip.number) if slip.number else "",
        issued_on=official_date(slip.printed_on) if slip.printed_on else "",
        employee_name=short_name(facts.employee),
        position=slip.position_title or facts.position_title,
        department=slip.department_name or (facts.unit.name if facts.unit else ""),
        kind=KIND_WORDS[slip.kind],
        reason=reason,
        reason_clause=reason_clause,
        period=leave_period(slip.starts_at, slip.ends_at, ctx.leave.schedule),
        duration=format_duration(slip.working_minutes, ctx.leave.schedule.minutes_per_day),
        pay=_pay(slip),
        pay_clause=_slip_pay_clause(ctx, slip),
        decision_clause=policy.decision_clause,
        signatures=_signatures(facts),
        recommendation=_recommendation(facts, policy),
        is_copy=copy,
        is_void=slip.status is SlipStatus.VOIDED,
        void_reason=slip.void_reason,
        seal=_seal(ctx, facts),
    )


def slip_document(uow: UnitOfWork, slip_id: int, *, copy: bool) -> SlipDocument:
    """The slip's document for the preview, without recording a print.

    Args:
        uow: A fresh unit of work.
        slip_id: Any slip; a draft shows without number and date.
        copy: Mark it "ХУУЛБАР", as a reprint would be.
    """
    with uow:
        ctx = load_context(uow)
        return build_slip_document(ctx, slip_facts(uow, ctx, require_slip(uow, slip_id)), copy=copy)


def _slip_pay_clause(ctx: LeaveContext, slip: LeaveSlip) -> str:
    if slip.kind is LeaveKind.VACATION:
        return ctx.vacation.clause
    return ctx.leave.policy.childcare_clause if slip.kind is LeaveKind.CHILDCARE else ctx.leave.policy.pay_clause


def _order_clauses(slip: LeaveSlip, ctx: LeaveContext) -> list[str]:
    policy = ctx.leave.policy
    if slip.kind is LeaveKind.CHILDCARE:
        return [policy.childcare_clause]
    if slip.kind is LeaveKind.VACATION:
        return [ctx.vacation.clause]
    clauses = [policy.decision_clause, policy.pay_clause]
    reason = policy.reason(slip.reason_code)
    if slip.pay is PayDecision.PAID and reason is not None and reason.extended_pay and reason.code not in clauses:
        clauses.append(reason.code)  # the justified reason that allows paid leave beyond the limit
    return clauses


def _basis(ctx: LeaveContext, slip: LeaveSlip, by_superior: bool) -> str:
    """ "Архангай аймгийн Засаг даргын Тамгын газрын дотоод журмын 6.5, 6.6 дахь заалтыг үндэслэн ТУШААХ НЬ:"."""
    law = f"{KIND_LAWS[slip.kind]}, " if slip.kind in KIND_LAWS else ""
    regulation = f"{genitive(ctx.settings.official_name)} дотоод журмын"
    verb = "ЗАХИРАМЖЛАХ НЬ" if by_superior else "ТУШААХ НЬ"
    return f"{law}{regulation} {clause_reference(_order_clauses(slip, ctx))}ыг үндэслэн {verb}:"


def _grantee(facts: SlipFacts) -> str:
    """ "Хууль, эрх зүйн хэлтсийн мэргэжилтэн Ч.Тамираа": unit, post and name, in the nominative."""
    unit = facts.unit
    position = facts.slip.position_title or facts.position_title
    if unit is None:  # the title opens the phrase and keeps its capital ("Тамгын газрын дарга")
        return " ".join(word for word in (position, short_name(facts.employee)) if word)
    position = position[:1].lower() + position[1:]  # "Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн"
    return f"{unit_genitive(unit.name, unit.head_title)} {position} {short_name(facts.employee)}".replace("  ", " ")


def _ordering_paragraph(ctx: LeaveContext, facts: SlipFacts) -> str:
    """The grantee stays in the nominative after "дараах албан хаагчид", so no case ending is guessed."""
    slip, per_day = facts.slip, ctx.leave.schedule.minutes_per_day
    period = leave_period(slip.starts_at, slip.ends_at, ctx.leave.schedule)
    if slip.kind is LeaveKind.VACATION:
        days = slip.working_minutes // per_day
        what = f"{vacation_words(slip.counted_vacation_year)}ыг"
        return f"{what} {period} {days} ажлын өдрөөр дараах албан хаагчид олгосугай: {_grantee(facts)}."
    if slip.kind is LeaveKind.CHILDCARE:
        what = "хүүхэд асрах чөлөөг"
    else:
        length = order_length(slip.working_minutes, per_day, format_duration(slip.working_minutes, per_day))
        what = f"{length} {_pay(slip).lower()} чөлөөг"
    return f"{period} {what} дараах албан хаагчид олгосугай: {_grantee(facts)}."


def build_order_document(ctx: LeaveContext, facts: SlipFacts) -> OrderDocument:
    """The chief's draft order (the Governor's decree for the chief's own leave)."""
    by_superior = facts.role is ApplicantRole.CHIEF
    issuer = ctx.settings.superior_title if by_superior else ctx.settings.chief_title
    act = "захирамж" if by_superior else "тушаал"
    vacation = facts.slip.kind is LeaveKind.VACATION
    return OrderDocument(
        office_name=ctx.settings.official_name,
        city=ctx.settings.city,
        heading=f"{genitive(issuer)} {act}".upper(),
        title=VACATION_ORDER_TITLE if vacation else ORDER_TITLE,
        date_line=f"{facts.slip.starts_at.year} оны ___ сарын ___ өдөр",
        number_line="Дугаар ______",
        basis=_basis(ctx, facts.slip, by_superior),
        clauses=(_ordering_paragraph(ctx, facts), *((VACATION_PAY_CLAUSE,) if vacation else ())),
        signature=_line("", facts.approving),
    )


def order_draft(uow: UnitOfWork, slip_id: int) -> OrderDocument:
    """The draft order for a leave that section 6.5 gives by order (5 days and more, childcare).

    Raises:
        RefusedError: The leave is given on a slip, or the chief's pay decision is missing (6.6).
        NotFoundError: No such slip.
    """
    with uow:
        ctx = load_context(uow)
        facts = slip_facts(uow, ctx, require_slip(uow, slip_id))
    policy = ctx.leave.policy
    if (refusal := slip_form_refusal(facts.decision, policy)) is not None:
        raise RefusedError(refusal)
    if facts.slip.pay is None:
        raise RefusedError(
            _("Record the chief's decision on pay before drafting the order (regulation {clause}).").format(
                clause=policy.pay_clause
            )
        )
    return build_order_document(ctx, facts)
