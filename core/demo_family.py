"""The demo office's families (10.7, 12.6): spouses and children of about a third of the staff.

Ages are counted to the year-end gift day, so the 12.6 list of any demo year has children in
several units; one child turns 17 a few days after that day (still on the list) and one a few
days before it (just off it), the two cases the secretary checks by hand. The youngest was
born six weeks before *today*: the child the 10.7.9 birth support is paid for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from core import services
from core.dates import add_years
from core.entities import Employee, Gender
from core.payments.family import FamilyMember, Relation
from core.ports import UnitOfWorkFactory

#: The newborn's age in days on *today*; the birth support is ordered two weeks after the birth.
NEWBORN_DAYS = 42


@dataclass(frozen=True, slots=True)
class _Relative:
    """One relative of the holder of *post* (holder *index*): a child's age on the gift day, or a spouse."""

    post: str
    name: str
    relation: Relation = Relation.CHILD
    age: int = 0  # full years on 31 December of the demo year
    month_day: tuple[int, int] = (6, 1)
    index: int = 0
    husband: str = ""  # a spouse's name if the employee is a woman; ``name`` is the wife's


NEWBORN = "Тэмүүжин"
TURNS_17_AFTER, TURNED_17_BEFORE = "Анужин", "Билгүүтэй"
#: The spouse an employee married this year (10.7.4).
NEWLY_MARRIED = ("inv_spec", 1)

FAMILY: tuple[_Relative, ...] = (
    _Relative("tzu_head", "Болормаа", Relation.SPOUSE, husband="Энхбаяр", age=44, month_day=(3, 14)),
    _Relative("tzu_head", TURNS_17_AFTER, age=16, month_day=(1, 4)),  # 17 on 4 January of the next year
    _Relative("tzu_head", "Тэнүүн", age=9, month_day=(9, 22)),
    _Relative("tzu_spec", "Сэлэнгэ", Relation.SPOUSE, husband="Ганбаатар", age=33, month_day=(11, 2), index=1),
    _Relative("tzu_spec", "Номин-Эрдэнэ", age=6, month_day=(4, 18), index=1),
    _Relative("tzu_spec", "Мишээл", age=2, month_day=(8, 9), index=1),
    _Relative("nb_senior", TURNED_17_BEFORE, age=17, month_day=(12, 27)),  # 17 four days before the gift day
    _Relative("nb_senior", "Хүслэн", age=12, month_day=(5, 30)),
    _Relative("law_spec", "Нарангэрэл", Relation.SPOUSE, husband="Батсайхан", age=35, month_day=(7, 7)),
    _Relative("law_spec", "Ананд", age=11, month_day=(2, 19)),
    _Relative("law_spec", "Солонго", age=4, month_day=(10, 1)),
    _Relative("fin_spec", "Гантуяа", Relation.SPOUSE, husband="Энх-Амгалан", age=31, month_day=(1, 25)),
    _Relative("fin_spec", NEWBORN),  # born NEWBORN_DAYS before today
    _Relative("fin_head", "Ундрах", age=14, month_day=(6, 12)),
    _Relative("fin_head", "Хангай", age=19, month_day=(3, 3)),
    _Relative("inv_spec", "Мөнхсаран", Relation.SPOUSE, husband="Төгсбаяр", age=25, month_day=(9, 5), index=1),
    _Relative("audit_head", "Уянга", Relation.SPOUSE, husband="Мөнхжаргал", age=46, month_day=(12, 12)),
    _Relative("audit_head", "Алтангэрэл", age=15, month_day=(11, 11)),
    _Relative("archive_head", "Дөлгөөн", age=8, month_day=(7, 20)),
    _Relative("driver", "Оюун-Эрдэнэ", Relation.SPOUSE, husband="Баттулга", age=38, month_day=(5, 5)),
    _Relative("driver", "Билэгт", age=13, month_day=(12, 30)),
    _Relative("driver", "Маргад", age=5, month_day=(3, 27)),
    _Relative("cleaner", "Нандин", age=10, month_day=(8, 15)),
    _Relative("military_head", "Цэцэгээ", Relation.SPOUSE, husband="Даваадорж", age=49, month_day=(4, 4)),
    _Relative("military_head", "Тэнгис", age=16, month_day=(2, 2)),
)


def _born(relative: _Relative, today: date) -> date:
    if relative.name == NEWBORN:
        return today - timedelta(days=NEWBORN_DAYS)
    return add_years(date(today.year, *relative.month_day), -relative.age)


def fill_demo_family(
    uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], *, today: date
) -> dict[str, FamilyMember]:
    """Add the relatives of :data:`FAMILY`; returns them by name, for the payments that name them."""
    saved: dict[str, FamilyMember] = {}
    for relative in FAMILY:
        person = hired[relative.post][relative.index]
        assert person.id is not None
        name = relative.husband if relative.husband and person.gender is Gender.FEMALE else relative.name
        member = FamilyMember(person.id, relative.relation, name, min(_born(relative, today), today))
        saved[relative.name] = services.save_family_member(uow_factory(), member, today=today)
    return saved
