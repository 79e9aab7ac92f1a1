"""The kinds of support payment (regulation 10.7) and award (12.1–12.7), as data.

Each kind carries its clause, the regulation's wording, its amount rule (a fixed sum, a ceiling
in tögrög, a share of the base salary, or none for an honour), how often it may be given and
which relatives it is for. The defaults are this office's regulation (seed 004); another office
replaces :class:`PaymentPolicy`, not the rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from core.payments.family import Relation


class Frequency(enum.StrEnum):
    ANY = "any"
    ONCE_A_YEAR = "once_a_year"  # 10.7.8: жилд 1 удаа
    ONCE_EVER = "once_ever"  # 10.7.5, 12.7: нэг удаа


@dataclass(frozen=True, slots=True)
class PaymentKind:
    """One kind of payment or award.

    ``amount`` is the sum in tögrög: the default and the ceiling. ``up_to`` marks a ceiling the
    decision may stay under ("200000 хүртэл"); without it the amount is the regulation's fixed
    sum, and a lower one is allowed (the chief may decide less) but never more. A salary-based
    kind sets ``salary_percent`` instead: its ceiling is that share of the base salary typed on
    the record (there is no payroll), its default ``default_percent``. A kind with neither is a
    free amount (``monetary``) or an honour without money (``monetary=False``).
    """

    code: str
    clause: str
    text: str
    award: bool = False  # an award or bonus (12.1–12.7): refused while a sanction is in force (12.10)
    monetary: bool = True
    amount: int | None = None
    up_to: bool = False
    salary_percent: int | None = None
    default_percent: int | None = None
    frequency: Frequency = Frequency.ANY
    relations: tuple[Relation, ...] = ()  # the relatives it is for
    needs_family: bool = False  # a relative of one of ``relations`` must be named
    offered: bool = True  # an office may drop a kind: recorded ones stay, new ones are refused

    @property
    def salary_based(self) -> bool:
        return self.salary_percent is not None


_DEATH_RELATIVES = (
    Relation.FATHER,
    Relation.MOTHER,
    Relation.FATHER_IN_LAW,
    Relation.MOTHER_IN_LAW,
    Relation.GRANDPARENT,
    Relation.SIBLING,
    Relation.GRANDCHILD,
)

#: The kinds of this office's regulation, in its order. 10.7.1, 10.7.3 and 10.7.4 name several
#: cases with their own sums; each case is its own kind, numbered 10.7.1-1 … in the clause's order.
OFFICE_KINDS: tuple[PaymentKind, ...] = (
    PaymentKind(
        "10.7.1-1",
        "10.7.1",
        "Эхнэр, нөхөр, үр хүүхэд нь нас барсан",
        amount=300_000,
        relations=(Relation.SPOUSE, Relation.CHILD),
        needs_family=True,
    ),
    PaymentKind(
        "10.7.1-2",
        "10.7.1",
        "Өөрийн болон хадам эцэг эх, өвөө, эмээ, ах, эгч, дүү, ач, зээ нь нас барсан",
        amount=200_000,
        relations=_DEATH_RELATIVES,
        needs_family=True,
    ),
    PaymentKind("10.7.1-3", "10.7.1", "Ажилтан өөрөө нас барсан (ар гэрт нь)", amount=500_000),
    PaymentKind(
        "10.7.2",
        "10.7.2",
        "Амьдралд нь хүнд гачигдал тохиолдсон, 3 сараас дээш хугацаагаар хөдөлмөрийн "
        "чадвараа алдсан (1–2 сарын цалинтай тэнцэх тэтгэмж)",
        salary_percent=200,
        default_percent=100,
    ),
    PaymentKind("10.7.3-1", "10.7.3", "3 дугаар шатлалын эмнэлэгт онош тодруулсан", amount=50_000),
    PaymentKind("10.7.3-2", "10.7.3", "Эмнэлэгт хэвтэж эмчлүүлсэн", amount=100_000),
    PaymentKind(
        "10.7.3-3",
        "10.7.3",
        "Мэс заслын эмчилгээ хийлгэсэн, 1 сараас дээш хугацаанд эмчлүүлсэн",
        amount=200_000,
        up_to=True,
    ),
    PaymentKind(
        "10.7.4-1", "10.7.4", "Ажилтан, түүний хүүхэд гэр бүл болсон", amount=200_000, relations=(Relation.CHILD,)
    ),
    PaymentKind("10.7.4-2", "10.7.4", "Шинээр гэр, орон сууцанд орсон", amount=150_000),
    PaymentKind(
        "10.7.5",
        "10.7.5",
        "Өндөр насны тэтгэвэрт гарч байгаа, гарсан ахмад хүндээр өвчилсөн, нас барсан",
        amount=100_000,
        frequency=Frequency.ONCE_EVER,
    ),
    PaymentKind(
        "10.7.7",
        "10.7.7",
        "Хөдөлмөрийн тухай хуулийн 37.1.6, 40.1.1–40.1.3-т заасан үндэслэлээр ажлаас "
        "халагдсан (1 ба түүнээс дээш сарын дундаж цалинтай тэнцэх тэтгэмж)",
    ),
    PaymentKind(
        "10.7.8",
        "10.7.8",
        "Түлээ, нүүрсний үнийн хөнгөлөлт",
        amount=200_000,
        up_to=True,
        frequency=Frequency.ONCE_A_YEAR,
    ),
    PaymentKind(
        "10.7.9",
        "10.7.9",
        "Гэр бүлд шинээр хүүхэд мэндэлсэн",
        amount=100_000,
        relations=(Relation.CHILD,),
        needs_family=True,
    ),
    PaymentKind("12.1-1", "12.1", "Засаг даргын Жуух бичгээр шагнасан", award=True, monetary=False),
    PaymentKind(
        "12.1-2",
        "12.1",
        "Засгийн газрын болон төрийн дээд байгууллагын шагналд тодорхойлсон",
        award=True,
        monetary=False,
    ),
    PaymentKind(
        "12.1-3",
        "12.1",
        "Зэрэг дэвийг хугацаанаас нь өмнө олгосон, цалингийн шатлал ахиулсан",
        award=True,
        monetary=False,
    ),
    PaymentKind(
        "12.1-4", "12.1", "Байгууллагын зардлаар гадаад, дотоодын сургалтад хамруулсан", award=True, monetary=False
    ),
    PaymentKind("12.1-5", "12.1", "Ур чадварын нэмэгдэл олгосон", award=True),
    PaymentKind(
        "12.2",
        "12.2",
        "Үр дүнгийн гэрээний биелэлтээр мөнгөн урамшуулал (үндсэн цалингийн 40 хүртэл хувь)",
        award=True,
        salary_percent=40,
        default_percent=40,
    ),
    PaymentKind(
        "12.3",
        "12.3",
        "Онцгой чухал, онц төвөгтэй үүрэг гүйцэтгэсэн тул Засгийн газарт уламжилсан",
        award=True,
        monetary=False,
    ),
    PaymentKind(
        "12.4",
        "12.4",
        "Урлаг, спортын улс, бүс, аймгийн аварга шалгаруулах тэмцээнд 1–3 дугаар байр эзэлсэн",
        award=True,
        amount=200_000,
    ),
    PaymentKind(
        "12.5",
        "12.5",
        "Төрийн одон медаль, эрдмийн зэрэг цол, 50, 60 насны ой, өндөр насны тэтгэвэрт "
        "гарах, албан тушаал дэвших үеийн хүндэтгэл",
        award=True,
        amount=200_000,
        up_to=True,
    ),
    # The gift goes to the child, not for the employee's merit: 12.10 does not hold it back.
    PaymentKind(
        "12.6",
        "12.6",
        "0–16 насны хүүхдийн шинэ жил, эх үрсийн баярын бэлэг",
        relations=(Relation.CHILD,),
        needs_family=True,
    ),
    PaymentKind(
        "12.7",
        "12.7",
        "10 ба түүнээс дээш жил тогтвор суурьшилтай, тасралтгүй ажилласан (1 сарын үндсэн цалинтай тэнцэх урамшуулал)",
        award=True,
        salary_percent=100,
        default_percent=100,
        frequency=Frequency.ONCE_EVER,
    ),
)


@dataclass(frozen=True, slots=True)
class PaymentPolicy:
    """The office's catalogue of payment and award kinds; the default is its regulation."""

    kinds: tuple[PaymentKind, ...] = field(default=OFFICE_KINDS)

    def kind(self, code: str) -> PaymentKind | None:
        return next((k for k in self.kinds if k.code == code), None)

    @property
    def offered(self) -> tuple[PaymentKind, ...]:
        """The kinds a new payment may be of; dropped ones still name the register's groups."""
        return tuple(k for k in self.kinds if k.offered)


#: The kinds the "due soon" list proposes (12.5 jubilees and retirement, 12.6 gifts, 12.7 long service).
JUBILEE_KIND = "12.5"
GIFT_KIND = "12.6"
LONG_SERVICE_KIND = "12.7"
