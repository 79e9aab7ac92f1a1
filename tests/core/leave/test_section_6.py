"""Section 6 of the internal regulation, clause by clause and boundary by boundary.

Each row reads: clause, what the leave is, its period, and what Tamga must answer. The
office works 09:00–18:00 with lunch 13:00–14:00, so a working day is 8 hours (6.1).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from core import services
from core.leave.entities import Approver, DocumentForm, LeaveKind, PayDecision
from core.validation import Severity
from tests.core.leave.conftest import GOVERNOR_NAME, Office, leave
from tests.fakes import FakeUnitOfWork

HOUR, DAY = 60, 480
HEAD, CHIEF, GOVERNOR = Approver.DEPARTMENT_HEAD, Approver.CHIEF, Approver.SUPERIOR
SLIP, ORDER = DocumentForm.SLIP, DocumentForm.ORDER
PAID, UNPAID = PayDecision.PAID, PayDecision.UNPAID


@dataclass(frozen=True)
class Case:
    clause: str
    what: str
    start: str
    end: str
    start_time: str = "09:00"
    end_time: str = "18:00"

    def __str__(self) -> str:
        return f"{self.clause} {self.what}"


LENGTHS = [  # (case, working minutes, approver, form, pay the rules give by themselves)
    (Case("6.5", "half a day → head", "2026-03-02", "2026-03-02", end_time="13:00"), 4 * HOUR, HEAD, SLIP, PAID),
    (Case("6.5", "1 day → head", "2026-03-02", "2026-03-02"), DAY, HEAD, SLIP, PAID),
    (
        Case("6.5", "1 day + 1 hour → chief", "2026-03-02", "2026-03-03", end_time="10:00"),
        DAY + HOUR,
        CHIEF,
        SLIP,
        PAID,
    ),
    (Case("6.5", "2 days → chief", "2026-03-02", "2026-03-03"), 2 * DAY, CHIEF, SLIP, PAID),
    (Case("6.5", "4 days → chief, slip", "2026-03-02", "2026-03-05"), 4 * DAY, CHIEF, SLIP, PAID),
    (
        Case("6.5", "4 days 7 hours → still a slip", "2026-03-02", "2026-03-06", end_time="17:00"),
        4 * DAY + 7 * HOUR,
        CHIEF,
        SLIP,
        PAID,
    ),
    (Case("6.5/6.6", "5 days → order, paid", "2026-03-02", "2026-03-06"), 5 * DAY, CHIEF, ORDER, PAID),
    (
        Case("6.6", "5 days + 1 hour → chief decides pay", "2026-03-02", "2026-03-09", end_time="10:00"),
        5 * DAY + HOUR,
        CHIEF,
        ORDER,
        None,
    ),
    (
        Case("6.1", "Friday to Monday: the weekend is not counted", "2026-03-06", "2026-03-09"),
        2 * DAY,
        CHIEF,
        SLIP,
        PAID,
    ),
    (
        Case("6.1", "across Naadam (10–15 July): only Thu 9 and Thu 16 count", "2026-07-09", "2026-07-16"),
        2 * DAY,
        CHIEF,
        SLIP,
        PAID,
    ),
    (
        Case("6.1", "Tsagaan Sar week: 17 Feb declared off, 18–20 Feb holidays", "2026-02-16", "2026-02-20"),
        DAY,
        HEAD,
        SLIP,
        PAID,
    ),
    (Case("6.1", "Saturday 28 Feb made a working day", "2026-02-27", "2026-02-28"), 2 * DAY, CHIEF, SLIP, PAID),
    (
        Case(
            "6.1",
            "from after lunch to the next morning",
            "2026-03-02",
            "2026-03-03",
            start_time="14:00",
            end_time="13:00",
        ),
        8 * HOUR,
        HEAD,
        SLIP,
        PAID,
    ),
]


@pytest.mark.parametrize(("case", "minutes", "approver", "form", "pay"), LENGTHS, ids=str)
def test_who_decides_in_what_form_and_the_pay(
    uow: FakeUnitOfWork,
    office: Office,
    case: Case,
    minutes: int,
    approver: Approver,
    form: DocumentForm,
    pay: PayDecision | None,
) -> None:
    draft = leave(office.specialist, case.start, case.end, start_time=case.start_time, end_time=case.end_time)
    preview = services.leave_preview(uow, draft)
    assert preview.slip.working_minutes == minutes
    assert (preview.decision.approver, preview.decision.form, preview.decision.automatic_pay) == (approver, form, pay)
    assert preview.decision.approver_clause == "6.5"
    assert preview.report.is_valid


# 2 March – 10 April 2026 holds exactly 30 working days (8 March, a holiday, is a Sunday).
THIRTY = ("2026-03-02", "2026-04-10")
THIRTY_ONE = ("2026-03-02", "2026-04-13")
FIVE_AND_AN_HOUR = ("2026-03-02", "2026-03-09")

PAY = [  # (clause, what, period, end time, reason, pay asked, refusal code or None)
    ("6.6", "5 days 1 hour, undecided: may be saved, not printed", FIVE_AND_AN_HOUR, "10:00", "6.8.1", None, None),
    ("6.6", "5 days 1 hour unpaid, other reason", FIVE_AND_AN_HOUR, "10:00", "other", UNPAID, None),
    ("6.6", "5 days 1 hour paid, other reason", FIVE_AND_AN_HOUR, "10:00", "other", PAID, "paid_reason"),
    ("6.6/6.8.1", "5 days 1 hour paid, serious illness", FIVE_AND_AN_HOUR, "10:00", "6.8.1", PAID, None),
    ("6.6/6.8.4", "5 days 1 hour paid, fire or flood", FIVE_AND_AN_HOUR, "10:00", "6.8.4", PAID, None),
    (
        "6.6/6.8.2",
        "5 days 1 hour paid, a death (not a 6.6 reason)",
        FIVE_AND_AN_HOUR,
        "10:00",
        "6.8.2",
        PAID,
        "paid_reason",
    ),
    ("6.6", "30 days paid, serious illness", THIRTY, "18:00", "6.8.1", PAID, None),
    ("6.6", "31 days paid, serious illness", THIRTY_ONE, "18:00", "6.8.1", PAID, "paid_over_limit"),
    ("6.6", "31 days unpaid", THIRTY_ONE, "18:00", "6.8.1", UNPAID, None),
]


@pytest.mark.parametrize(
    ("clause", "what", "period", "end_time", "reason", "pay", "refusal"), PAY, ids=[f"{row[0]} {row[1]}" for row in PAY]
)
def test_pay_beyond_five_days(
    uow: FakeUnitOfWork,
    office: Office,
    clause: str,
    what: str,
    period: tuple[str, str],
    end_time: str,
    reason: str,
    pay: PayDecision | None,
    refusal: str | None,
) -> None:
    draft = leave(
        office.specialist,
        *period,
        end_time=end_time,
        reason_code=reason,
        pay=pay,
        reason_text="Гэр бүлийн ажил" if reason == "other" else "",
    )
    preview = services.leave_preview(uow, draft)
    assert preview.decision.needs_pay_decision
    errors = preview.report.errors
    if refusal is None:
        assert errors == ()
        assert preview.pay is pay
    else:
        assert [issue.code for issue in errors] == [refusal]
        assert "6.6" in errors[0].message


def test_undecided_pay_is_a_warning_citing_6_6(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, *FIVE_AND_AN_HOUR, end_time="10:00"))
    (warning,) = preview.report.warnings
    assert (warning.field, warning.severity) == ("pay", Severity.WARNING)
    assert "6.6" in warning.message
    assert not preview.can_print


def test_30_and_31_days_are_counted_in_working_days(uow: FakeUnitOfWork, office: Office) -> None:
    assert services.leave_preview(uow, leave(office.specialist, *THIRTY)).days == 30
    assert services.leave_preview(uow, leave(office.specialist, *THIRTY_ONE)).days == 31


def test_up_to_five_days_the_rules_pay_whatever_was_asked(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-02", "2026-03-04", pay=UNPAID))
    assert preview.pay is PAID  # 6.6: "5 хүртэл өдрийн чөлөө цалинтай"


def test_6_7_childcare_is_its_own_kind_given_by_order_unpaid(uow: FakeUnitOfWork, office: Office) -> None:
    draft = leave(office.specialist, "2026-03-02", "2026-03-03", kind=LeaveKind.CHILDCARE, reason_code="")
    preview = services.leave_preview(uow, draft)
    assert (preview.decision.approver, preview.decision.form, preview.pay) == (CHIEF, ORDER, UNPAID)
    assert preview.decision.pay_clause == "6.7"
    assert preview.report.is_valid


@pytest.mark.parametrize(
    ("who", "approver", "title", "name"),
    [
        ("specialist", HEAD, "Хууль, эрх зүйн хэлтсийн дарга", "Р.Отгонжаргал"),
        ("archivist", HEAD, "Хууль, эрх зүйн хэлтсийн дарга", "Р.Отгонжаргал"),  # the section has no head: walk up
        ("legal_head", CHIEF, "Тамгын газрын дарга", "Д.Батбаяр"),  # a head's own leave goes to the chief
        ("chief", GOVERNOR, "Архангай аймгийн Засаг дарга", GOVERNOR_NAME),  # the chief's own leave: the Governor
    ],
)
def test_6_5_one_day_by_the_applicants_place(
    uow: FakeUnitOfWork, office: Office, who: str, approver: Approver, title: str, name: str
) -> None:
    preview = services.leave_preview(uow, leave(getattr(office, who), "2026-03-02", "2026-03-02"))
    assert preview.decision.approver is approver
    assert (preview.approving.title, preview.approving.name, preview.approving.is_acting) == (title, name, False)


def test_the_chiefs_long_leave_is_the_governors_decision(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.chief, "2026-03-02", "2026-03-13", pay=UNPAID))
    assert (preview.decision.approver, preview.decision.form) == (GOVERNOR, ORDER)


@pytest.mark.parametrize(
    ("who", "recommender"),
    [
        ("specialist", None),  # one day: the head decides and needs no recommendation of their own
        ("legal_head", None),  # nobody heads a department head
    ],
)
def test_6_4_no_recommendation_when_the_head_decides_or_applies(
    uow: FakeUnitOfWork, office: Office, who: str, recommender: None
) -> None:
    preview = services.leave_preview(uow, leave(getattr(office, who), "2026-03-02", "2026-03-02"))
    assert preview.recommending is recommender


def test_6_4_the_head_recommends_what_the_chief_decides(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-02", "2026-03-04"))
    assert preview.recommending is not None
    assert (preview.recommending.title, preview.recommending.name) == (
        "Хууль, эрх зүйн хэлтсийн дарга",
        "Р.Отгонжаргал",
    )


@pytest.mark.parametrize(
    ("reason", "field", "clause"),
    [("", "reason_code", "6.8"), ("6.9.9", "reason_code", "6.8"), ("other", "reason_text", "6.4")],
)
def test_6_8_a_reason_from_the_list_or_6_4_described(
    uow: FakeUnitOfWork, office: Office, reason: str, field: str, clause: str
) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-02", "2026-03-02", reason_code=reason))
    assert [issue.field for issue in preview.report.errors] == [field]
    assert clause in preview.report.errors[0].message


def test_a_period_without_working_time_is_refused(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-08", "2026-03-08"))  # a Sunday holiday
    assert [issue.code for issue in preview.report.errors] == ["no_working_time"]


def test_the_end_must_follow_the_start(uow: FakeUnitOfWork, office: Office) -> None:
    preview = services.leave_preview(uow, leave(office.specialist, "2026-03-03", "2026-03-02"))
    assert [(issue.field, issue.code) for issue in preview.report.errors] == [("ends_at", "order")]
