"""A fictional Arkhangai Governor's Office to try Tamga on (``main.py demo --db PATH``).

Everything goes through the same services the GUI uses, so every demo record passes the
same rules a typed one does. The people are invented: names are drawn from common Mongolian
names, the РД numbers are composed to agree with each birth date and gender, and a seed
makes the office the same every time, so a screenshot or a bug report can be reproduced.

Classes and ranks (domain §2): the chief of office is a career administrative post of the
lowest эрхэлсэн rank, ТЗ-10, because the Civil Service Law keeps the political category for
elected officials and their deputies, while the chief is appointed to run the office's staff;
department heads are ТЗ-8 and senior specialists ТЗ-7 (ахлах түшмэл), specialists ТЗ-5/6
(дэс түшмэл). Service (ТҮ) and special (ТТ) posts carry no number: those scales are the
office's own, and the demo would rather leave them blank than invent them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from core import services
from core.civil_service import administrative_rank
from core.dates import add_years
from core.demo_attendance import fill_demo_attendance
from core.demo_family import fill_demo_family
from core.demo_job_descriptions import fill_demo_job_descriptions
from core.demo_leave import fill_demo_leave
from core.demo_payments import fill_demo_payments
from core.demo_performance import fill_demo_contracts
from core.demo_trips import fill_demo_trips
from core.demo_vacation import fill_demo_schedule
from core.entities import (
    ActingAssignment,
    ContractKind,
    Department,
    Employee,
    EmploymentEvent,
    EventKind,
    Gender,
    OfficeSettings,
    Onboarding,
    Position,
    ServiceCategory,
    ServiceKind,
    SigningRole,
)
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.registration import make_registration_number
from core.services.errors import RefusedError
from core.services.office import REGULATION_STRUCTURE

ADM, SVC, SPC = ServiceCategory.ADMINISTRATIVE, ServiceCategory.SERVICE, ServiceCategory.SPECIAL
MALE_NAMES = (
    "Батбаяр Өлзийбат Түвшинжаргал Ганбаатар Энхтүвшин Мөнхбат Баярсайхан Эрдэнэбат Сүхбаатар Бат-Эрдэнэ "
    "Төмөрбаатар Ганзориг Очирбат Дашдорж Хүрэлбаатар Өсөхбаяр Пүрэвдорж Жаргалсайхан Лхагвасүрэн Анхбаяр "
    "Билгүүн Тэмүүлэн Төгөлдөр Золбоо Батхуяг Цогтбаяр Мөнх-Очир Болд Ганхуяг Нямдорж Баатарсүрэн Энхболд "
    "Хишигбаяр Үнэнбат Чинзориг Амарсанаа"
).split()
FEMALE_NAMES = (
    "Мөнхцэцэг Отгонжаргал Сарантуяа Оюунчимэг Нарантуяа Энхжаргал Болормаа Цэцэгмаа Алтанцэцэг Солонго "
    "Ариунаа Хулан Номин Үүрээ Үүрцайх Өнөрмаа Гэрэлмаа Туяа Дэлгэрмаа Уранчимэг Сувдаа Батцэцэг Наранцэцэг "
    "Энхтуяа Мөнхзул Оюунтуяа Ариунзаяа Хонгорзул Цэрэнлхам Дуламсүрэн Эрдэнэчимэг Янжинлхам Саруул Ану "
    "Гэрэлтуяа Өлзиймаа"
).split()
PATRONYMICS = (
    "Дорж Ганбат Батсүх Пүрэв Цэрэн Даваа Лхагва Нямаа Жамъян Өлзий Түмэн Сүрэн Цэдэв Гомбо Бямба Норов "
    "Очир Дамдин Равдан Баатар Үнэнбат Эрдэнэ Мягмар Дондог Жаргал Содном Ням-Очир Чулуун Базар Хишиг "
    "Төмөр Өсөх Гүррагчаа Банзрагч Ёндон"
).split()
CLANS = "Боржигин Тайчууд Хиад Олхонууд Сартуул Хонгирад Уриангхай Хотгойд Өөлд Үйшин".split()
RD_LETTERS = "АР АЕ ӨВ ҮЕ УБ ЧИ ЦЭ ХБ ОН БӨ ГҮ ЮА".split()
PHONE_PREFIXES = ("88", "89", "99", "95", "94", "80")
#: Cyrillic → Latin for e-mail addresses ("-" stands for a letter written as nothing).
_LATIN = {
    cyrillic: latin.strip("-")
    for cyrillic, latin in zip(
        "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя",
        "a b v g d ye yo j z i i k l m n o u p r s t u u f kh ts ch sh sh - y i e yu ya".split(),
        strict=True,
    )
}

#: The unit names come from the one list of regulation 2.2, so the two can never drift apart.
TZU, NB, LAW, FIN, INV, AUDIT, COMMON, MILITARY = (unit[0] for unit in REGULATION_STRUCTURE)
ARCHIVE = REGULATION_STRUCTURE[2][3][0][0]
CHIEF, HEAD, STAFF = "chief", "head", "staff"


@dataclass(frozen=True, slots=True)
class _Post:
    key: str
    unit: str | None
    title: str
    category: ServiceCategory
    class_number: int | None
    holders: int
    role: str = STAFF
    rank: str = ""


#: The office's staffing: one line per position, with how many people the demo puts in it.
POSTS: tuple[_Post, ...] = (
    _Post("chief", None, "Тамгын газрын дарга", ADM, 10, 1, CHIEF),
    *(
        post
        for unit, code, specialists, cls in (
            (TZU, "tzu", 3, 6),
            (NB, "nb", 2, 5),
            (LAW, "law", 2, 6),
            (FIN, "fin", 2, 6),
            (INV, "inv", 2, 5),
            (AUDIT, "audit", 1, 6),
        )
        for post in (
            _Post(f"{code}_head", unit, "Хэлтсийн дарга", ADM, 8, 1, HEAD),
            _Post(f"{code}_senior", unit, "Ахлах мэргэжилтэн", ADM, 7, 2 if code == "tzu" else 1),
            _Post(f"{code}_spec", unit, "Мэргэжилтэн", ADM, cls, specialists),
        )
    ),
    _Post("archive_head", ARCHIVE, "Тасгийн эрхлэгч", ADM, 7, 1, HEAD),
    _Post("archive_spec", ARCHIVE, "Архивын мэргэжилтэн", ADM, 5, 1),
    _Post("common_head", COMMON, "Газрын дарга", SVC, None, 1, HEAD),
    _Post("storekeeper", COMMON, "Нярав", SVC, None, 1),
    _Post("driver", COMMON, "Жолооч", SVC, None, 2),
    _Post("cleaner", COMMON, "Үйлчлэгч", SVC, None, 2),
    _Post("watchman", COMMON, "Жижүүр", SVC, None, 1),
    _Post("guard", COMMON, "Сахиул", SVC, None, 1),
    _Post("military_head", MILITARY, "Штабын дарга", SPC, None, 1, HEAD, "хурандаа"),
    _Post("officer", MILITARY, "Ахлах офицер", SPC, None, 1, STAFF, "дэд хурандаа"),
)
MALE_POSTS = frozenset({"driver", "watchman", "guard", "military_head", "officer"})
FEMALE_POSTS = frozenset({"cleaner"})
#: (post, holder index) → contract; the rest are indefinite (regulation 4.6–4.7).
CONTRACTS = {
    ("driver", 1): ContractKind.FIXED_TERM,
    ("watchman", 0): ContractKind.FIXED_TERM,
    ("cleaner", 1): ContractKind.PROBATION,
}
#: An employee with a disability, who has the longer base vacation (Labour Law art. 99).
WITH_DISABILITY = frozenset({("archive_spec", 0)})
#: Recent hires, born in 2000 or later (their РД months are 21–32), introduced under 4.10.
RECENT = frozenset({("nb_spec", 1), ("inv_spec", 1), ("archive_spec", 0), ("cleaner", 1)})
#: People who have left: (post, event, order number, note), recorded by the chief's order.
FORMER = (
    ("tzu_spec", EventKind.RELEASED, "А/125", "Өөрийн хүсэлтээр"),
    ("driver", EventKind.DISMISSED, "А/131", "Сахилгын шийтгэл"),
)
AGES = {CHIEF: (47, 56), HEAD: (38, 55)}
#: Years in the civil service before the current post, by role.
SENIORITY = {CHIEF: 12, HEAD: 7}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo created, for the command line to print."""

    units: int
    positions: int
    employees: int
    working: int
    former: int
    acting: int
    onboarded: int
    slips: int = 0
    job_descriptions: int = 0
    relatives: int = 0
    payments: int = 0
    attendance: int = 0
    trips: int = 0
    contracts: int = 0


class _People:
    """Draws names, dates and numbers from one seeded generator, never repeating a name or РД."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.pools = {Gender.MALE: list(MALE_NAMES), Gender.FEMALE: list(FEMALE_NAMES)}
        for pool in self.pools.values():
            self.rng.shuffle(pool)
        self.numbers: set[str] = set()

    def gender(self, post: str) -> Gender:
        if post in MALE_POSTS:
            return Gender.MALE
        if post in FEMALE_POSTS:
            return Gender.FEMALE
        return Gender.FEMALE if self.rng.random() < 0.55 else Gender.MALE

    def birth(self, role: str, recent: bool) -> date:
        if recent:
            year = min(self.rng.randint(2000, 2002), self.today.year - 20)
        else:
            low, high = AGES.get(role, (26, 58))
            year = self.today.year - self.rng.randint(low, high)
        return date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def registration(self, born: date, gender: Gender) -> str:
        while True:
            number = make_registration_number(self.rng.choice(RD_LETTERS), born, self.rng.randrange(100), gender)
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def employee(self, post: _Post, position_id: int | None, index: int, *, years_ago: int = 0) -> Employee:
        recent = (post.key, index) in RECENT
        gender = self.gender(post.key)
        pool = self.pools[gender] or self.pools[Gender.MALE if gender is Gender.FEMALE else Gender.FEMALE]
        given, patronymic = pool.pop(), self.rng.choice(PATRONYMICS)
        born = self.birth(post.role, recent)
        started, appointed = self.career(born, recent, years_ago, SENIORITY.get(post.role, 0))
        service = ServiceKind.SERVICE if post.category is SVC else ServiceKind.CAREER
        contract = CONTRACTS.get((post.key, index), ContractKind.INDEFINITE)
        return Employee(
            patronymic=patronymic,
            given_name=given,
            registration_number=self.registration(born, gender),
            birth_date=born,
            gender=gender,
            surname=self.rng.choice(CLANS) if self.rng.random() < 0.35 else "",
            phone=self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**6):06d}",
            email=self.email(given, patronymic, service),
            address=self.address(),
            position_id=position_id,
            appointed_on=appointed,
            career_started_on=started,
            has_disability=(post.key, index) in WITH_DISABILITY,
            service_kind=service,
            contract_kind=contract,
            contract_ends_on=self.contract_end(contract, appointed),
        )

    def career(self, born: date, recent: bool, years_ago: int, seniority: int) -> tuple[date, date]:
        """Career start at 21–25; the current post after *seniority* years, within the last 15.

        A recent hire was appointed in the last three months; *years_ago* moves the latest
        possible appointment back, for people who have since left.
        """
        started = add_years(born, self.rng.randint(21, 25)) + timedelta(days=self.rng.randint(0, 200))
        latest = add_years(self.today, -years_ago) - timedelta(days=120)
        if recent:
            appointed = self.today - timedelta(days=self.rng.randint(10, 90))
            return min(started, appointed), appointed
        started = min(started, latest)
        earliest = min(max(add_years(started, seniority), add_years(self.today, -15)), latest)
        appointed = earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))
        return started, appointed

    def contract_end(self, contract: ContractKind, appointed: date) -> date | None:
        if contract is ContractKind.PROBATION:
            return appointed + timedelta(days=90)  # regulation 4.7: up to three months
        if contract is ContractKind.FIXED_TERM:
            return max(add_years(appointed, 1), self.today + timedelta(days=self.rng.randint(30, 300)))
        return None

    def email(self, given: str, patronymic: str, service: ServiceKind) -> str:
        if service is ServiceKind.SERVICE and self.rng.random() < 0.5:
            return ""
        local = "".join(_LATIN.get(c, "") for c in given.lower()) + "." + _LATIN[patronymic[0].lower()][0]
        return f"{local}@{'gmail.com' if service is ServiceKind.SERVICE else 'arkhangai.gov.mn'}"

    def address(self) -> str:
        bag = self.rng.randint(1, 10)
        if self.rng.random() < 0.5:
            return f"Эрдэнэбулган сум, {bag}-р баг, {self.rng.randint(1, 30)}-р байр, {self.rng.randint(1, 80)} тоот"
        return f"Эрдэнэбулган сум, {bag}-р баг, {self.rng.randint(1, 15)}-р гудамж, {self.rng.randint(1, 120)} тоот"


def fill_demo_office(uow_factory: UnitOfWorkFactory, *, today: date, seed: int = 2026) -> DemoSummary:
    """Fill an empty database with the demo office; the same seed gives the same office.

    Raises:
        RefusedError: the office already has employees (the demo never mixes with real records).
    """
    with uow_factory() as uow:
        if uow.employees.count():
            raise RefusedError(_("The office already has employees; the demo needs an empty database."))
    people = _People(seed, today)
    services.save_settings(
        uow_factory(),
        OfficeSettings(
            official_name="Архангай аймгийн Засаг даргын Тамгын газар",
            short_name="ЗДТГ",
            city="Цэцэрлэг",
            superior_title="Архангай аймгийн Засаг дарга",
            superior_name=f"{people.rng.choice(PATRONYMICS)[0]}.{people.rng.choice(MALE_NAMES)}",
        ),
    )
    units = _units(uow_factory)
    positions = {
        post.key: services.save_position(uow_factory(), _position(post, units, former=_has_former(post)))
        for post in POSTS
    }
    hired: dict[str, list[Employee]] = {}
    for post in POSTS:
        for index in range(post.holders):
            draft = people.employee(post, positions[post.key].id, index)
            hired.setdefault(post.key, []).append(services.save_employee(uow_factory(), draft, today=today))
    posts = {post.key: post for post in POSTS}
    former = [
        _former(uow_factory, people, posts[key], positions[key], today, kind, order, note)
        for key, kind, order, note in FORMER
    ]
    _appoint_heads(uow_factory, units, hired)
    acting = _acting(uow_factory, units, hired, today)
    descriptions = fill_demo_job_descriptions(
        uow_factory, positions, hired, {post.key: post.holders for post in POSTS}, units[TZU].head_title
    )
    onboarded = _onboard(uow_factory, hired, today)
    slips, working = fill_demo_leave(uow_factory, hired, today=today), sum(len(group) for group in hired.values())
    fill_demo_schedule(uow_factory, today=today)
    trips = fill_demo_trips(uow_factory, hired, today=today)
    relatives = fill_demo_family(uow_factory, hired, today=today)
    payments = fill_demo_payments(uow_factory, hired, relatives, today=today)
    attendance = fill_demo_attendance(uow_factory, hired, today=today)
    contracts = fill_demo_contracts(uow_factory, hired, today=today)
    counts = (slips, descriptions, len(relatives), payments, attendance, trips, contracts)
    return DemoSummary(
        len(units), len(positions), working + len(former), working, len(former), acting, onboarded, *counts
    )


def _units(uow_factory: UnitOfWorkFactory) -> dict[str, Department]:
    """The regulation 2.2 units by name, created when the office has none yet."""
    if not services.list_departments(uow_factory()):
        services.seed_regulation_structure(uow_factory())
    units = {unit.name: unit for unit in services.list_departments(uow_factory())}
    needed = {post.unit for post in POSTS if post.unit is not None}
    if not needed <= units.keys():
        raise RefusedError(_("The office's units differ from regulation 2.2; run the demo on a new database."))
    return units


def _has_former(post: _Post) -> bool:
    return any(former[0] == post.key for former in FORMER)


def _position(post: _Post, units: dict[str, Department], *, former: bool) -> Position:
    rank = administrative_rank(post.class_number) if post.class_number and post.category is ADM else post.rank
    return Position(
        title=post.title,
        department_id=units[post.unit].id if post.unit else None,
        category=post.category,
        class_number=post.class_number,
        rank=rank or "",
        posts=post.holders + (1 if former else 0),
    )


def _former(
    uow_factory: UnitOfWorkFactory,
    people: _People,
    post: _Post,
    position: Position,
    today: date,
    kind: EventKind,
    order: str,
    note: str,
) -> Employee:
    """Someone appointed years ago who has left by the chief's order (regulation 4.9)."""
    draft = people.employee(post, position.id, 0, years_ago=2)
    saved = services.save_employee(uow_factory(), draft, today=today)
    assert saved.id is not None
    left_on = today - timedelta(days=people.rng.randint(40, 300))
    order_date = left_on - timedelta(days=3)
    event = EmploymentEvent(saved.id, kind, left_on, order_number=order, order_date=order_date, note=note)
    return services.record_event(uow_factory(), event)


def _appoint_heads(
    uow_factory: UnitOfWorkFactory, units: dict[str, Department], hired: dict[str, list[Employee]]
) -> None:
    """The chief goes into the settings, each unit's head onto the unit (regulation 2.1)."""
    for post in POSTS:
        holder = hired[post.key][0]
        if post.role == CHIEF:
            settings = services.get_settings(uow_factory())
            services.save_settings(uow_factory(), replace(settings, chief_employee_id=holder.id))
        elif post.role == HEAD and post.unit is not None:
            unit = replace(units[post.unit], head_employee_id=holder.id)
            units[post.unit] = services.save_department(uow_factory(), unit)


def _acting(
    uow_factory: UnitOfWorkFactory, units: dict[str, Department], hired: dict[str, list[Employee]], today: date
) -> int:
    """Regulation 2.3: the ТЗУХ head acts for the chief; a finance specialist acts for their head."""
    chief_stand_in, finance_stand_in = hired["tzu_head"][0], hired["fin_spec"][0]
    assert chief_stand_in.id is not None and finance_stand_in.id is not None
    assignments = (
        ActingAssignment(
            SigningRole.CHIEF,
            chief_stand_in.id,
            today + timedelta(days=7),
            today + timedelta(days=20),
            order_number="А/142",
            note="Ээлжийн амралт",
        ),
        ActingAssignment(
            SigningRole.DEPARTMENT_HEAD,
            finance_stand_in.id,
            today - timedelta(days=2),
            today + timedelta(days=4),
            department_id=units[FIN].id,
            note="Албан томилолт",
        ),
    )
    for assignment in assignments:
        services.save_acting(uow_factory(), assignment)
    return len(assignments)


def _onboard(uow_factory: UnitOfWorkFactory, hired: dict[str, list[Employee]], today: date) -> int:
    """Regulation 4.10: recent hires were introduced to their documents in their first days."""
    count = 0
    for key, index in sorted(RECENT):
        employee = hired[key][index]
        assert employee.id is not None and employee.appointed_on is not None
        first = employee.appointed_on
        day = [min(first + timedelta(days=offset), today) for offset in (0, 0, 1, 2)]
        onboarding = Onboarding(
            employee.id,
            job_description_on=day[0],
            salary_on=day[1],
            ethics_code_on=day[2],
            internal_regulation_on=day[3],
        )
        services.save_onboarding(uow_factory(), onboarding, today=today)
        count += 1
    return count
