"""Document values as the services would word them, with the longest realistic texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from core.documents.models import (
    OrderDocument,
    RegisterDocument,
    RegisterEntry,
    RegisterPerson,
    SignatureLine,
    SlipDocument,
)
from core.official_dates import official_date, official_range

OFFICE = "Архангай аймгийн Засаг даргын Тамгын газар"
LONG_TITLE = "Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтсийн даргын үүрэг гүйцэтгэгч"
MINUTES_PER_DAY = 480


def slip(**changes: Any) -> SlipDocument:
    """A three-day slip of Өлзийбат, approved by an acting chief."""
    base = SlipDocument(
        office_name=OFFICE,
        city="Цэцэрлэг",
        number="2026-0042",
        issued_on=official_date(date(2026, 11, 25)),
        employee_name="Баатарын Өлзийбат",
        position="Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн",
        department="Хууль, эрх зүйн хэлтэс",
        kind="Хүндэтгэн үзэх шалтгаанаар олгох чөлөө",
        reason="Эхнэр нь хүнд өвчний улмаас эмнэлэгт хэвтсэн тул асрах",
        reason_clause="6.8.1",
        period=official_range(date(2026, 11, 26), date(2026, 11, 30)),
        duration="3 ажлын өдөр",
        pay="Цалинтай",
        pay_clause="6.6",
        decision_clause="6.5",
        signatures=(
            SignatureLine("Чөлөө хүссэн", "Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн", "Б.ӨЛЗИЙБАТ"),
            SignatureLine("Санал болгосон", "Хууль, эрх зүйн хэлтсийн дарга", "Р.ОТГОНЖАРГАЛ"),
            SignatureLine("Зөвшөөрсөн", "Тамгын газрын даргын үүрэг гүйцэтгэгч", "Д.ГАНТУЛГА"),
        ),
        recommendation="Хэлтсийн даргын санал: чөлөө олгохыг зөвшөөрч байна. (2026.11.24)",
    )
    return replace(base, **changes)


def long_slip(**changes: Any) -> SlipDocument:
    """The worst realistic case: long titles, a long reason, a partial-day period."""
    period = official_range(date(2026, 12, 28), date(2027, 1, 22))
    base = slip(
        employee_name="Түвшинжаргалын Өлзийбаярмагнай",
        position="Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтсийн хяналт-шинжилгээ, үнэлгээ хариуцсан ахлах "
        "мэргэжилтэн",
        department="Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтэс",
        reason="Төрсөн эцэг нь гэнэтийн хүнд өвчний улмаас Улаанбаатар хот дахь Улсын Нэгдүгээр Төв Эмнэлэгт "
        "мэс засал хийлгэж, удаан хугацааны эмчилгээ, асаргаа шаардлагатай болсон тул эмчилгээ, асаргаанд нь "
        "хамт байх",
        period=f"{period}, 09:00 цагаас 13:00 цаг хүртэл",
        duration="18 ажлын өдөр 4 цаг 30 минут",
        pay_clause="6.6",
        signatures=(
            SignatureLine("Чөлөө хүссэн", "Хяналт-шинжилгээ, үнэлгээ хариуцсан ахлах мэргэжилтэн", "Т.ӨЛЗИЙБАЯРМАГНАЙ"),
            SignatureLine("Санал болгосон", LONG_TITLE, "Ц.ЭНХ-АМГАЛАН"),
            SignatureLine("Зөвшөөрсөн", "Архангай аймгийн Засаг даргын Тамгын газрын даргын үүрэг гүйцэтгэгч", ""),
        ),
        recommendation="Хэлтсийн даргын санал: эмчилгээ, асаргааны хугацаанд ажлыг Б.Сүхбаатарт хариуцуулж, "
        "чөлөө олгохыг дэмжиж байна. (2026.12.24)",
    )
    return replace(base, **changes)


def order(**changes: Any) -> OrderDocument:
    base = OrderDocument(
        office_name=OFFICE,
        city="Цэцэрлэг",
        heading="ТАМГЫН ГАЗРЫН ДАРГЫН ТУШААЛ",
        title="Чөлөө олгох тухай",
        date_line="2026 оны ..... дугаар сарын .....-ны өдөр",
        number_line="Дугаар А/___",
        basis="Төрийн албаны тухай хуулийн 57 дугаар зүйлийн 57.1, Хөдөлмөрийн тухай хуулийн 99 дүгээр зүйл, "
        "Тамгын газрын дотоод журмын 6.5, 6.6 дахь заалт, Хууль, эрх зүйн хэлтсийн даргын саналыг үндэслэн "
        "ТУШААХ нь:",
        clauses=(
            "Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн Баатарын Өлзийбатад эцэг нь хүнд өвчтэй тул "
            "2026 оны 12 дугаар сарын 01-ний өдрөөс 12 дугаар сарын 19-ний өдөр хүртэл 15 ажлын өдрийн "
            "цалинтай чөлөө олгосугай.",
            "Чөлөөний хугацаанд албан тушаалын үүргийг Хууль, эрх зүйн хэлтсийн мэргэжилтэн Д.Сүхбаатарт "
            "түр хариуцуулсугай.",
            "Тушаалын хэрэгжилтэд хяналт тавьж ажиллахыг Захиргаа, удирдлагын хэлтэс (Б.Болд)-т үүрэг болгосугай.",
        ),
        signature=SignatureLine("", "ТАМГЫН ГАЗРЫН ДАРГЫН ҮҮРЭГ ГҮЙЦЭТГЭГЧ", "Д.ГАНТУЛГА"),
    )
    return replace(base, **changes)


_GIVEN = ("Өлзийбат", "Түвшинжаргал", "Сүхбаатар", "Оюунчимэг", "Энхтүвшин", "Мөнхзул", "Үүганбаяр")
_DEPARTMENTS = (
    "Хууль, эрх зүйн хэлтэс",
    "Санхүү, хөрөнгө оруулалтын хэлтэс",
    "Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтэс",
)


def register(people: int = 3, *, entries: int = 2) -> RegisterDocument:
    """A month's register; person i has 1..entries entries, some unpaid and with overrun."""
    persons = []
    for i in range(people):
        count = 1 + i % entries
        persons.append(
            RegisterPerson(
                name=f"{_GIVEN[(i + 3) % 7][0]}.{_GIVEN[i % 7]}",
                position="Ахлах мэргэжилтэн" if i % 2 else "Хэлтсийн даргын үүрэг гүйцэтгэгч",
                department=_DEPARTMENTS[i % 3],
                entries=tuple(_entry(i, j) for j in range(count)),
            )
        )
    return RegisterDocument(
        office_name=OFFICE,
        title="2026 оны 11 дүгээр сарын чөлөөний бүртгэл",
        minutes_per_day=MINUTES_PER_DAY,
        people=tuple(persons),
        signatures=(
            SignatureLine("Бүртгэсэн", "Захиргаа, удирдлагын хэлтсийн мэргэжилтэн", "О.МӨНХЗУЛ"),
            SignatureLine("Хянасан", "Тамгын газрын дарга", "Д.ГАНТУЛГА"),
        ),
    )


def _entry(i: int, j: int) -> RegisterEntry:
    day = 3 + (i + 5 * j) % 24
    return RegisterEntry(
        number=f"2026-{(i * 3 + j + 1):04d}",
        period=f"11.{day:02d} 09:00 – 11.{day + 1:02d} 18:00",
        minutes=MINUTES_PER_DAY * (1 + j) + (240 if i % 4 == 1 else 0),
        paid=(i + j) % 3 != 2,
        reason="Гэр бүлийн гишүүн хүнд өвчтэй (6.8.1)" if j % 2 == 0 else "Хүүхдийн сургуулийн хурал (6.8.5)",
        overrun_minutes=90 if (i + j) % 5 == 4 else 0,
    )
