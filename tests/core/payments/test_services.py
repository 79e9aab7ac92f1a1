"""The payments register and family members over the fake unit of work: record, refuse, annul, documents."""

from __future__ import annotations

from datetime import date

import pytest

from core.discipline.entities import Sanction, SanctionKind
from core.i18n import _
from core.payments.entities import Payment
from core.payments.family import FamilyMember, Relation
from core.services import NotFoundError, RefusedError
from core.services.due_soon import due_soon_list, gift_list_document
from core.services.family import list_family, save_family_member
from core.services.payments import annul_payment, list_payments, payments_register, record_payment
from core.users import Role, User
from core.validation import ValidationError
from tests.core.builders import employee, office_with_people
from tests.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 5)
FUEL = Payment(employee_id=1, kind_code="10.7.8", order_number=" А/15 ", order_date=TODAY, amount=200_000)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.employees.add(employee())
    return uow


def test_a_payment_is_recorded_with_its_clause_and_wording(uow: FakeUnitOfWork) -> None:
    saved = record_payment(uow, FUEL)
    assert saved.id is not None and saved.order_number == "А/15"
    assert (saved.clause, saved.kind_text) == ("10.7.8", "Түлээ, нүүрсний үнийн хөнгөлөлт")
    assert list_payments(uow, year=2026) == [saved]
    assert list_payments(uow, year=2025) == []
    assert list_payments(uow, kind_code="12.4") == []


def test_the_same_form_sent_twice_saves_once(uow: FakeUnitOfWork) -> None:
    first = record_payment(uow, Payment(**{**_fields(FUEL), "submission_id": "form-1"}))
    again = record_payment(uow, Payment(**{**_fields(FUEL), "submission_id": "form-1"}))
    assert first == again and len(list_payments(uow)) == 1


def _fields(payment: Payment) -> dict[str, object]:
    return {name: getattr(payment, name) for name in payment.__slots__}


def test_a_second_fuel_payment_in_a_year_is_refused_and_nothing_saved(uow: FakeUnitOfWork) -> None:
    record_payment(uow, FUEL)
    with pytest.raises(ValidationError) as excinfo:
        record_payment(uow, Payment(**{**_fields(FUEL), "amount": 50_000, "order_date": date(2026, 11, 1)}))
    assert [i.field for i in excinfo.value.report.issues] == ["kind_code"]
    assert len(list_payments(uow)) == 1


def test_an_annulled_payment_frees_the_kind_again(uow: FakeUnitOfWork) -> None:
    saved = record_payment(uow, FUEL)
    annulled = annul_payment(uow, saved.id or 0, reason=" давхар бичсэн ", on=TODAY)
    assert annulled.annulled and annulled.annul_reason == "давхар бичсэн"
    assert record_payment(uow, FUEL).id != saved.id


def test_annulment_needs_a_reason_and_happens_once(uow: FakeUnitOfWork) -> None:
    saved = record_payment(uow, FUEL)
    with pytest.raises(ValidationError):
        annul_payment(uow, saved.id or 0, reason="  ", on=TODAY)
    annul_payment(uow, saved.id or 0, reason="алдаа", on=TODAY)
    with pytest.raises(RefusedError) as excinfo:
        annul_payment(uow, saved.id or 0, reason="алдаа", on=TODAY)
    assert str(excinfo.value) == _("The payment is already annulled.")
    with pytest.raises(NotFoundError):
        annul_payment(uow, 99, reason="алдаа", on=TODAY)


def test_a_recorded_payment_is_not_edited(uow: FakeUnitOfWork) -> None:
    saved = record_payment(uow, FUEL)
    with pytest.raises(RefusedError):
        record_payment(uow, saved)


def test_an_award_is_refused_while_a_sanction_is_in_force_and_allowed_the_day_after(uow: FakeUnitOfWork) -> None:
    uow.sanctions.add(
        Sanction(
            employee_id=1,
            breach_code="11.1.5",
            breach_text="",
            kind=SanctionKind.WARNING,
            order_number="А/12",
            order_date=date(2025, 3, 5),
            starts_on=date(2025, 3, 5),
            lapses_on=date(2026, 3, 4),
        )
    )
    award = Payment(employee_id=1, kind_code="12.4", order_number="А/20", order_date=date(2026, 3, 4), amount=200_000)
    with pytest.raises(ValidationError) as excinfo:
        record_payment(uow, award)
    assert "12.10" in excinfo.value.report.issues[0].message
    assert record_payment(uow, Payment(**{**_fields(award), "order_date": date(2026, 3, 5)})).id is not None


def test_a_payment_for_a_relative_names_one_of_the_employee(uow: FakeUnitOfWork) -> None:
    baby = save_family_member(uow, FamilyMember(1, Relation.CHILD, " Болдын  Сараа ", date(2026, 2, 20)), today=TODAY)
    assert baby.name == "Болдын Сараа"
    birth = Payment(
        employee_id=1,
        kind_code="10.7.9",
        order_number="А/21",
        order_date=TODAY,
        amount=100_000,
        family_member_id=baby.id,
    )
    saved = record_payment(uow, birth)
    assert saved.relation is Relation.CHILD
    with pytest.raises(NotFoundError):
        record_payment(uow, Payment(**{**_fields(birth), "family_member_id": 42}))


def test_family_members_are_added_and_corrected(uow: FakeUnitOfWork) -> None:
    saved = save_family_member(
        uow,
        FamilyMember(
            1, Relation.SPOUSE, "Батын Болд", date(1986, 1, 2), registration_number="уб86010215", submission_id="f-1"
        ),
        today=TODAY,
    )
    assert saved.registration_number == "УБ86010215"
    fixed = save_family_member(
        uow,
        FamilyMember(
            1, Relation.SPOUSE, "Батын Болдбаатар", date(1986, 1, 2), registration_number="УБ86010215", id=saved.id
        ),
        today=TODAY,
    )
    assert list_family(uow, 1) == [fixed]
    assert fixed.submission_id == "f-1"
    with pytest.raises(NotFoundError):
        save_family_member(uow, FamilyMember(99, Relation.CHILD, "Сараа", date(2020, 1, 1)), today=TODAY)


def test_a_viewer_sees_relatives_registration_numbers_masked(uow: FakeUnitOfWork) -> None:
    save_family_member(
        uow,
        FamilyMember(1, Relation.SPOUSE, "Батын Болд", date(1986, 1, 2), registration_number="УБ86010215"),
        today=TODAY,
    )
    uow.actor = User(login="v", full_name="Харагч", role=Role.VIEWER, id=3)
    assert list_family(uow, 1)[0].registration_number == "УБ******15"


def test_the_year_register_groups_by_kind_with_totals() -> None:
    uow = FakeUnitOfWork()
    people = office_with_people(uow)
    head, specialist = people["head"].id, people["specialist"].id
    for person, order in ((head, "А/1"), (specialist, "А/2")):
        record_payment(
            uow,
            Payment(
                employee_id=person, kind_code="10.7.8", order_number=order, order_date=date(2026, 1, 20), amount=180_000
            ),
        )
    record_payment(
        uow,
        Payment(employee_id=head, kind_code="12.4", order_number="А/3", order_date=date(2026, 2, 1), amount=200_000),
    )
    gone = record_payment(
        uow,
        Payment(
            employee_id=specialist, kind_code="12.4", order_number="А/4", order_date=date(2026, 2, 2), amount=200_000
        ),
    )
    annul_payment(uow, gone.id or 0, reason="алдаа", on=TODAY)
    record_payment(
        uow,
        Payment(employee_id=head, kind_code="12.4", order_number="А/9", order_date=date(2025, 2, 1), amount=200_000),
    )
    document = payments_register(uow, year=2026)
    assert [(g.clause, len(g.lines), g.total) for g in document.groups] == [
        ("10.7.8", 2, 360_000),
        ("12.4", 1, 200_000),
    ]
    assert document.total == 560_000
    assert document.title == "2026 оны тусламж, шагнал урамшууллын бүртгэл"
    assert document.groups[0].lines[0].department == "Хууль, эрх зүйн хэлтэс"


def test_due_soon_and_the_gift_list_read_the_records() -> None:
    uow = FakeUnitOfWork()
    people = office_with_people(uow)
    head = people["head"]
    save_family_member(uow, FamilyMember(head.id, Relation.CHILD, "Сараа", date(2015, 4, 1)), today=TODAY)
    save_family_member(uow, FamilyMember(head.id, Relation.CHILD, "Болд", date(2009, 5, 31)), today=TODAY)
    items = due_soon_list(uow, today=date(2026, 4, 10))
    assert [(i.kind.value, [c.name for c in i.children]) for i in items if i.employee_id == head.id] == [
        ("child_gift", ["Сараа"])
    ]
    document = gift_list_document(uow, on=date(2026, 6, 1))
    assert [(d.name, [(line.child, line.age) for line in d.lines]) for d in document.departments] == [
        ("Хууль, эрх зүйн хэлтэс", [("Сараа", 11)])
    ]
    assert document.count == 1
