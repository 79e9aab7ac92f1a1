"""The chief's draft order (тушаалын төсөл) imposing a sanction, in the words Mongolian orders use.

Printed documents are Mongolian whatever the interface language (house style 17). The
employee's name stays in the nominative after "дараах албан хаагчид", as in the leave order,
so no case ending is guessed on a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.discipline.entities import OTHER_BREACH, Sanction, SanctionKind
from core.documents.models import OrderDocument, SignatureLine
from core.entities import Department, Employee, OfficeSettings, Signatory
from core.grammar import genitive
from core.leave.wording import clause_reference, unit_genitive
from core.names import short_name
from core.official_dates import official_date

ORDER_TITLE = "Сахилгын шийтгэл ногдуулах тухай"
CIVIL_SERVICE_LAW = "Төрийн албаны тухай хуулийн 48 дугаар зүйл"
#: The regulation's clause for each kind of sanction (13.3 warning, 13.4 salary cut, 13.5 dismissal).
KIND_CLAUSES: dict[SanctionKind, str] = {
    SanctionKind.WARNING: "13.3.1",
    SanctionKind.SALARY_CUT: "13.4",
    SanctionKind.DISMISSAL: "13.5",
}


@dataclass(frozen=True, slots=True)
class OrderParty:
    """The sanctioned employee with the post and unit printed in the order."""

    employee: Employee
    position_title: str = ""
    unit: Department | None = None


def _sanction_words(sanction: Sanction) -> str:
    if sanction.kind is SanctionKind.SALARY_CUT:
        return f"албан тушаалын цалинг {sanction.cut_months} сарын хугацаагаар {sanction.cut_percent} хувиар бууруулах"
    return "сануулах" if sanction.kind is SanctionKind.WARNING else "төрийн албанаас халах"


def _party_words(party: OrderParty) -> str:
    """ "Хууль, эрх зүйн хэлтсийн мэргэжилтэн Ч.Тамираа": unit, post and name, in the nominative."""
    name = short_name(party.employee)
    if party.unit is None:
        return " ".join(word for word in (party.position_title, name) if word)
    position = party.position_title[:1].lower() + party.position_title[1:]
    return " ".join(w for w in (unit_genitive(party.unit.name, party.unit.head_title), position, name) if w)


def _breach_clause(sanction: Sanction) -> str | None:
    if sanction.breach_code == OTHER_BREACH:
        return None
    return sanction.breach_code.split("-", 1)[0]  # the 13.1 dashes are cited as 13.1


def _breach_words(sanction: Sanction) -> str:
    clause = _breach_clause(sanction)
    cited = f" (дотоод журмын {clause})" if clause else ""
    repeated = " Зөрчлийг давтан гаргасан (13.1)." if sanction.repeated else ""
    return f"Зөрчил: {sanction.breach_text.rstrip('.;:')}{cited}.{repeated}"


def sanction_order(
    sanction: Sanction, party: OrderParty, *, settings: OfficeSettings, signatory: Signatory
) -> OrderDocument:
    """The draft order for *sanction*, with its recorded number and date, marked ТӨСӨЛ."""
    clauses = [c for c in (_breach_clause(sanction), KIND_CLAUSES[sanction.kind]) if c]
    regulation = f"{genitive(settings.official_name)} дотоод журмын {clause_reference(clauses)}"
    signer = short_name(signatory.employee, upper=True) if signatory.employee else ""
    return OrderDocument(
        office_name=settings.official_name,
        city=settings.city,
        heading=f"{genitive(settings.chief_title)} тушаал".upper(),
        title=ORDER_TITLE,
        date_line=official_date(sanction.order_date) if sanction.order_date else "____ оны ___ сарын ___ өдөр",
        number_line=f"Дугаар {sanction.order_number or '______'}",  # a proposal's number is written in
        basis=f"{CIVIL_SERVICE_LAW}, {regulation}ыг үндэслэн ТУШААХ НЬ:",
        clauses=(
            f"Дараах албан хаагчид {_sanction_words(sanction)} сахилгын шийтгэл ногдуулсугай: {_party_words(party)}.",
            _breach_words(sanction),
        ),
        signature=SignatureLine("", signatory.title, signer),
    )
