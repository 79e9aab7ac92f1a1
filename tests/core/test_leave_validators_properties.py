"""Property tests for the leave validators (section 6) with Mongolian text (reliability.md §6.1, R15).

The slip, a calendar change and the leave settings: any input gives a report, every issue
names a field, texts are stored NFC and trimmed, and a saved record reads back unchanged.
"""

from __future__ import annotations

import copy
import math
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from core import services
from core.leave.entities import (
    CalendarChange,
    LeaveKind,
    LeaveSettings,
    LeaveSlip,
    PayDecision,
    SlipNumber,
    WorkSchedule,
)
from core.leave.policy import DEFAULT_REASONS, LeavePolicy, LeaveReason
from core.leave.rules import ApplicantRole, decide_leave
from core.leave.validation import (
    MAX_LEAVE_DAYS,
    validate_calendar_change,
    validate_leave_settings,
    validate_leave_slip,
    validate_printable,
    validate_return,
)
from core.services.errors import RefusedError
from core.text import clean
from core.validation import ValidationError, ValidationReport
from tests.core.leave.conftest import Office, build_office
from tests.core.mongolian_text import form_dates, hostile, is_nfc, messy, names, phrases, typed_badly
from tests.fakes import FakeUnitOfWork

#: 1,000 examples a test nightly (HYPOTHESIS_PROFILE=nightly) outlast the suite's 60 s timeout.
pytestmark = pytest.mark.timeout(600)

SLIP_FIELDS = {f.name for f in fields(LeaveSlip)} | {"form"}
SETTINGS_FIELDS = {f.name for f in fields(LeavePolicy)} | {f.name for f in fields(WorkSchedule)}


def assert_well_formed(report: ValidationReport, allowed: set[str]) -> None:
    for issue in report.issues:
        assert issue.field in allowed, issue
        assert issue.code.strip() and issue.message.strip(), issue


def _office() -> tuple[FakeUnitOfWork, Office]:
    uow = FakeUnitOfWork()
    return uow, build_office(uow)


_UOW, _OFFICE = _office()


def office_uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(copy.deepcopy(_UOW.committed_store))


moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31, 23, 59)).map(
    lambda moment: moment.replace(second=0, microsecond=0)
)
reason_codes = st.sampled_from([r.code for r in DEFAULT_REASONS]) | hostile


@st.composite
def slips(draw: st.DrawFn, employee_id: int = 1) -> LeaveSlip:
    """A draft as the form sends it: any period up to a few years, any texts."""
    starts = draw(moments)
    ends = starts + draw(st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=1200)))
    return LeaveSlip(
        employee_id=employee_id,
        starts_at=starts,
        ends_at=ends.replace(second=0, microsecond=0),
        kind=draw(st.sampled_from(LeaveKind)),
        reason_code=draw(reason_codes),
        reason_text=draw(hostile),
        pay=draw(st.none() | st.sampled_from(PayDecision)),
        recommended_by=draw(hostile | names),
    )


@given(slips(), st.integers(-600, 10**6), st.sampled_from(ApplicantRole), st.data())
def test_validate_leave_slip_answers_any_draft_with_a_report(
    slip: LeaveSlip, minutes: int, role: ApplicantRole, data: st.DataObject
) -> None:
    policy = LeavePolicy()
    decision = decide_leave(
        minutes=minutes,
        minutes_per_day=480,
        kind=slip.kind,
        reason_code=slip.reason_code,
        reason_text=slip.reason_text,
        pay=slip.pay,
        applicant=role,
        policy=policy,
    )
    overlaps = data.draw(st.lists(slips(), max_size=2))
    report = validate_leave_slip(
        replace(slip, working_minutes=minutes), decision=decision, overlaps=overlaps, policy=policy
    )
    assert_well_formed(report, SLIP_FIELDS)
    assert_well_formed(validate_printable(slip, decision=decision, policy=policy), SLIP_FIELDS)
    if slip.ends_at <= slip.starts_at:
        assert [(i.field, i.code) for i in report.issues] == [("ends_at", "order")]


@given(slips(), moments)
def test_a_return_is_refused_only_before_the_leave_starts(slip: LeaveSlip, returned: datetime) -> None:
    report = validate_return(slip, returned)
    assert_well_formed(report, {"returned_at"})
    assert report.is_valid == (returned > slip.starts_at)


@given(st.data())
def test_a_draft_is_refused_with_a_report_or_stored_clean_and_read_back(data: st.DataObject) -> None:
    uow = office_uow()
    person = data.draw(st.sampled_from([_OFFICE.specialist, _OFFICE.archivist, _OFFICE.legal_head, _OFFICE.chief]))
    slip = data.draw(slips(person.id or 0))
    preview = services.leave_preview(uow, slip)
    assert_well_formed(preview.report, SLIP_FIELDS | {"employee_id"})
    try:
        saved = services.save_draft(uow, slip)
    except ValidationError as refused:
        event("refused")
        assert not preview.can_save
        assert_well_formed(refused.report, SLIP_FIELDS | {"employee_id"})
        assert services.list_slips(uow).total == 0  # nothing half-saved
        return
    event("saved")
    assert preview.can_save
    assert (saved.reason_text, saved.recommended_by) == (clean(slip.reason_text), clean(slip.recommended_by))
    assert is_nfc(saved.reason_text) and is_nfc(saved.recommended_by)
    assert services.get_slip(uow, saved.id or 0) == saved
    assert services.save_draft(uow, saved) == saved  # saving what was read changes nothing


@given(messy(phrases), st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)))
def test_a_draft_typed_in_decomposed_letters_is_stored_nfc(pair: tuple[str, str], day: date) -> None:
    text, typed = pair
    uow = office_uow()
    slip = LeaveSlip(
        _OFFICE.specialist.id or 0,
        datetime.combine(day, time(9)),
        datetime.combine(day, time(12)),
        reason_text=typed[:500],
        recommended_by=typed[:200],
    )
    try:
        saved = services.save_draft(uow, slip)
    except ValidationError as refused:  # a weekend or holiday: no working time to take
        assert {i.field for i in refused.report.errors} <= {"ends_at", "starts_at", "reason_text", "recommended_by"}
        return
    assert saved.reason_text == clean(typed[:500])
    assert is_nfc(saved.reason_text)
    if len(typed) <= 200:
        assert saved.recommended_by == text


@given(st.builds(CalendarChange, form_dates, st.booleans(), hostile | phrases), st.data())
def test_a_calendar_change_is_refused_with_a_report_or_stored_clean(
    change: CalendarChange, data: st.DataObject
) -> None:
    others = data.draw(st.lists(st.builds(CalendarChange, form_dates, st.booleans(), hostile, st.integers(1, 5))))
    assert_well_formed(validate_calendar_change(change, others=others), {"day", "decision"})
    uow = FakeUnitOfWork()
    try:
        saved = services.add_calendar_change(uow, change)
    except ValidationError as refused:
        assert_well_formed(refused.report, {"day", "decision"})
        assert services.list_calendar_changes(uow) == []
        return
    assert saved.decision == clean(change.decision) and is_nfc(saved.decision)
    assert services.list_calendar_changes(uow) == [saved]


times = st.times().map(lambda moment: moment.replace(second=0, microsecond=0))
day_counts = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.5, 1.0, 5.0, 30.0])
clauses = hostile | st.from_regex(r"6\.[0-9]{1,2}(\.[0-9])?", fullmatch=True)
reasons = st.builds(
    LeaveReason, hostile | st.sampled_from(["6.8.1", "6.8.2", "other"]), hostile, hostile | phrases, st.booleans()
)

plausible_settings = st.builds(
    LeaveSettings,
    policy=st.builds(
        LeavePolicy,
        head_decides_up_to_days=st.floats(0.5, 2),
        order_from_days=st.floats(2, 10),
        paid_up_to_days=st.floats(1, 10),
        extended_paid_up_to_days=st.floats(10, 60),
        **{
            name: st.from_regex(r"6\.[0-9]{1,2}", fullmatch=True).flatmap(typed_badly)
            for name in ("decision_clause", "pay_clause", "recommendation_clause", "reasons_clause")
        },
        reasons=st.just(DEFAULT_REASONS)
        | st.builds(
            lambda printed: tuple(replace(r, printed=printed) for r in DEFAULT_REASONS),
            phrases.filter(lambda t: len(t) <= 200).flatmap(typed_badly),
        ),
    ),
)
leave_settings = plausible_settings | st.builds(
    LeaveSettings,
    schedule=st.builds(WorkSchedule, times, times, times, times) | st.just(WorkSchedule()),
    policy=st.builds(
        LeavePolicy,
        head_decides_up_to_days=day_counts,
        order_from_days=day_counts,
        decision_clause=clauses,
        paid_up_to_days=day_counts,
        extended_paid_up_to_days=day_counts,
        paid_beyond_limit_needs_listed_reason=st.booleans(),
        pay_clause=clauses,
        recommendation_clause=clauses,
        reasons_clause=clauses,
        childcare_clause=clauses,
        overrun_clause=clauses,
        register_clause=clauses,
        reasons=st.lists(reasons, max_size=4).map(tuple) | st.just(DEFAULT_REASONS),
    ),
)


@given(leave_settings)
@example(LeaveSettings(policy=LeavePolicy(order_from_days=math.nan)))
def test_leave_settings_are_refused_with_a_report_or_stored_clean(settings: LeaveSettings) -> None:
    assert_well_formed(validate_leave_settings(settings), SETTINGS_FIELDS)
    uow = FakeUnitOfWork()
    try:
        saved = services.save_leave_settings(uow, settings)
    except ValidationError as refused:
        event("refused")
        assert_well_formed(refused.report, SETTINGS_FIELDS)
        assert services.get_leave_settings(uow) == LeaveSettings()  # nothing half-saved
        return
    event("saved")
    policy = saved.policy
    assert policy.decision_clause == clean(settings.policy.decision_clause)
    assert all(is_nfc(r.printed) and r.printed == r.printed.strip() for r in policy.reasons)
    limits = (policy.head_decides_up_to_days, policy.order_from_days, policy.paid_up_to_days)
    assert all(0 < limit <= MAX_LEAVE_DAYS for limit in (*limits, policy.extended_paid_up_to_days))
    assert services.get_leave_settings(uow) == saved


@given(st.integers(1000, 9999), st.integers(1, 999999))
def test_a_slip_number_reads_back_what_it_prints(year: int, sequence: int) -> None:
    number = SlipNumber(year, sequence)
    assert SlipNumber.parse(str(number)) == number


@given(hostile)
def test_a_slip_number_is_parsed_or_refused_with_value_error(text: str) -> None:
    try:
        number = SlipNumber.parse(text)
    except ValueError:
        return
    assert number.sequence > 0


def test_a_refused_draft_is_not_a_crash_for_an_employee_not_in_the_records() -> None:
    uow = office_uow()
    try:
        services.save_draft(uow, LeaveSlip(9999, datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 12)))
    except (services.NotFoundError, RefusedError) as refused:
        assert str(refused)
    else:
        raise AssertionError("a slip for nobody was saved")
