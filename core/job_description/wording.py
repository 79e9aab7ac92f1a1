"""The template's printed words, shared by the PDF, the Word export and the Word import.

Written once so the three cannot drift apart: what the importer recognises is exactly what
the exporter writes, and both are what the Civil Service Council's form says.
"""

from __future__ import annotations

import re
from datetime import date

from core.job_description.entities import PARTICIPATION_WORDS, Experience, GeneralInfo, Participation, Profession
from core.official_dates import ablative_suffix, day_phrase, month_phrase, official_date, ordinal_suffix
from core.text import LATIN_LOOKALIKES

TITLE = "АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТ"

SECTION_GENERAL = "I. ЕРӨНХИЙ МЭДЭЭЛЭЛ"
SECTION_PURPOSE = "II. АЛБАН ТУШААЛЫН ЗОРИЛГО, ЗОРИЛТ, ЧИГ ҮҮРЭГ"
SECTION_REQUIREMENTS = "III. АЛБАН ТУШААЛД ТАВИГДАХ ТУСГАЙ ШААРДЛАГА"
SECTION_RELATIONS = "IV. АЛБАН ТУШААЛТНЫ ХАРИЛЦАХ СУБЪЕКТ"
SECTION_ENDORSEMENT = "V. АЛБАН ТУШААЛЫН ТОДОРХОЙЛОЛТЫН БАТАЛГААЖУУЛАЛТ"

# Section I labels.
GROUNDS = "Албан тушаалын тодорхойлолтыг боловсруулсан үндэслэл:"
LAW = "Холбогдох хууль тогтоомжийн нэр, огноо:"
EFFECTIVE_ON = "Дагаж мөрдөх огноо:"
APPROVED_ON = "Албан тушаалын тодорхойлолтыг баталсан огноо:"
ORGANISATION = "Байгууллагын нэр:"
UNIT = "Нэгжийн нэр:"
POSITION_TITLE = "Албан тушаалын нэр:"
CLASSIFICATION = "Албан тушаалын ангилал, зэрэглэл:"
WORKING_HOURS = "Ажлын цаг:"
WORKPLACE = "Ажлын байрны албан ёсны байршил:"
CONDITIONS = "Хөдөлмөрийн нөхцөл:"
SPECIAL_CONDITIONS = "Онцгой нөхцөл:"

# Section II.
PURPOSE = "Албан тушаалын зорилго:"
OBJECTIVES = "Албан тушаалын зорилт:"
FUNCTION_TABLE_HEADER: tuple[str, str, str, str] = (
    "Зорилт",
    "Албан тушаалын гүйцэтгэх чиг үүрэг",
    "Гүйцэтгэлийн шалгуур үзүүлэлт",
    "Хариуцлага оролцооны хэлбэр Туслах - Т, Гүйцэтгэх - Г, Хянах - Х, Шийдвэрлэх - Ш",
)

# Section III row labels.
EDUCATION = "Боловсрол"
PROFESSION = "Мэргэжил"
QUALIFICATION = "Мэргэшил"
EXPERIENCE = "Туршлага"
SKILLS = "Ур чадвар"

# Section IV.
REPORTS_TO = "Албан тушаалыг шууд харьяалан удирдах албан тушаалын нэр:"
SUBORDINATES = "Албан тушаалд шууд харьяалан удирдуулах албан тушаалын нэр, тоо:"
TOTAL = "Нийт"
OTHER_PARTIES = "Бусад харилцах субъект:"

# Section V.
DRAFTED_BY = "Албан тушаалын тодорхойлолт боловсруулсан:"
REVIEWED_BY = "Албан тушаалын тодорхойлолтыг хянаж, батлах зөвшөөрөл олгосон байгууллагын шийдвэр:"
APPROVED_BY = "Албан тушаалын тодорхойлолтыг баталсан:"
SIGNER_TITLE = "Албан тушаал:"
DECISION_DATE = "Шийдвэрийн огноо:"
DECISION_NUMBER = "Дугаар:"
SIGNATURE = "(Гарын үсэг)"
NAME_NOTE = "(Эцэг/эх/-ийн нэр, өөрийн нэр)"
STAMP = "(тамга/төмдөг)"
#: Printed where a date is not known yet, to be filled in by hand.
BLANK_DATE = "20... оны ... дугаар сарын ... -ны өдөр"
BLANK = "....."
BULLET = "- "


def general_fields(info: GeneralInfo) -> list[tuple[str, tuple[str, ...]]]:
    """Section I as printed: each label with its lines (the grounds one per line), in the form's order."""
    law = (law_line(info.law_name, info.law_date),) if info.law_name or info.law_date else ()
    return [
        (GROUNDS, info.grounds),
        (LAW, law),
        (EFFECTIVE_ON, (date_line(info.effective_on),)),
        (APPROVED_ON, (date_line(info.approved_on),)),
        (ORGANISATION, (info.organisation,)),
        (UNIT, (info.unit,)),
        (POSITION_TITLE, (info.position_title,)),
        (CLASSIFICATION, (info.classification,)),
        (WORKING_HOURS, (info.working_hours,)),
        (WORKPLACE, (info.workplace_address,)),
        (CONDITIONS, (info.working_conditions,)),
        (SPECIAL_CONDITIONS, (info.special_conditions,)),
    ]


def objective_label(number: int) -> str:
    """ "1 дүгээр зорилтын хүрээнд": the first column of the function table."""
    return f"{number} {ordinal_suffix(number)} зорилтын хүрээнд"


def numbered(number: int, text: str) -> str:
    """ "3. Гаалийн …": objectives and functions are numbered by their place."""
    return f"{number}. {text}"


def law_line(name: str, passed_on: date | None) -> str:
    """ "Гаалийн тухай … тухай 2021 оны 11 дүгээр сарын 12-ны өдрийн хууль"."""
    if passed_on is None:
        return name
    when = f"{passed_on.year} оны {month_phrase(passed_on)} {day_phrase(passed_on)} өдрийн хууль"
    return f"{name} {when}".strip()


def date_line(day: date | None) -> str:
    """The official date, or the blank line a hand fills in."""
    return official_date(day) if day is not None else BLANK_DATE


def short_date(day: date | None) -> str:
    """ "2023.03.09" for a decision date; dots to fill in by hand when unknown."""
    return f"{day:%Y.%m.%d}" if day is not None else BLANK


def profession_lines(professions: tuple[Profession, ...]) -> list[str]:
    """ "- програм хангамж … (0613)," … ending with a full stop, as the template lists them."""
    lines = []
    for index, profession in enumerate(professions):
        codes = f" ({', '.join(profession.codes)})" if profession.codes else ""
        end = "." if index == len(professions) - 1 else ","
        lines.append(f"{BULLET}{profession.name}{codes}{end}")
    return lines


def experience_text(experience: Experience) -> str:
    """ "Төрийн албанд 6-аас доошгүй жил, үүнээс дэс түшмэлийн албан тушаалд 3-аас доошгүй жил
    ажилласан байх", followed by anything else the drafter wrote."""
    parts = []
    if experience.civil_service_years is not None:
        years = experience.civil_service_years
        parts.append(f"Төрийн албанд {years}-{ablative_suffix(years)} доошгүй жил")
    if experience.rank_years is not None:
        years = experience.rank_years
        where = f"{experience.rank_phrase} " if experience.rank_phrase else ""
        lead = "үүнээс " if parts else ""
        parts.append(f"{lead}{where}{years}-{ablative_suffix(years)} доошгүй жил")
    sentence = f"{', '.join(parts)} ажилласан байх" if parts else ""
    return " ".join(p for p in (sentence, experience.other) if p)


_EXPERIENCE = re.compile(
    r"^(?:Төрийн албанд (?P<service>\d+)-[а-яөү]+ доошгүй жил)?"
    r"(?:,? ?(?:үүнээс )?(?P<where>.*?) ?(?P<rank>\d+)-[а-яөү]+ доошгүй жил)?"
    r" ажилласан байх\.? ?(?P<other>.*)$",
    re.IGNORECASE,
)


def parse_experience(text: str) -> Experience:
    """Read :func:`experience_text`'s sentence back; a sentence in other words stays as ``other``."""
    stripped = " ".join(text.split())
    match = _EXPERIENCE.match(stripped)
    if match is None or (match["service"] is None and match["rank"] is None):
        return Experience(other=stripped)
    return Experience(
        civil_service_years=int(match["service"]) if match["service"] else None,
        rank_years=int(match["rank"]) if match["rank"] else None,
        rank_phrase=(match["where"] or "").strip(),
        other=match["other"].strip(),
    )


_PROFESSION = re.compile(r"^(?P<name>.*?)\s*\((?P<codes>\d{4,6}(?:\s*,\s*\d{4,6})*)\)\s*[,.;]?$")


def parse_profession(line: str) -> Profession:
    """ "- програм хангамж … (0613)," → the name and its ISCED-F codes; no codes → name only."""
    text = " ".join(line.split()).removeprefix(BULLET.strip()).strip()
    match = _PROFESSION.match(text)
    if match is None:
        return Profession(name=text.rstrip(",.;").strip())
    return Profession(name=match["name"], codes=tuple(c.strip() for c in match["codes"].split(",")))


# The PDF's page furniture, and the function table's last heading set apart from its legend.
#: In the corner of every page of a draft, so an unsigned copy is never taken for the record.
DRAFT_MARK = "ТӨСӨЛ"
#: FUNCTION_TABLE_HEADER[3] is this heading followed by the codes' legend ("Туслах - Т, …").
PARTICIPATION_HEADING = "Хариуцлага оролцооны хэлбэр"


def version_label(version: int) -> str:
    """ "Хувилбар 2": in an approved version's footer, so two signed versions can be told apart."""
    return f"Хувилбар {version}"


# Reading the printed words back: the Word import, and whatever office file it meets.


def label_key(text: str) -> str:
    """How labels compare: hand-typed forms vary in case, spacing and the trailing colon."""
    return " ".join(text.split()).casefold().rstrip(" :：")


_ROMAN = re.compile(r"^\s*[IVX]+(?:\s*[.)]|\s)\s*")


def heading_key(text: str) -> str:
    """Section headings compare on their words: "III.АЛБАН …" is "III. Албан …"."""
    return "".join(ch for ch in _ROMAN.sub("", text).casefold() if ch.isalnum())


_DATE_TAIL = r"(?:\s*-?\s*н(?:ий|ы))?(?:\s*өд(?:өр|рийн))?\s*\.?"
_DATE_FORMS = (
    re.compile(
        r"(?P<y>\d{4})\s*оны\s*(?P<m>\d{1,2})\s*(?:-?\s*(?:д(?:үгээр|угаар)|р)\s*)?сар(?:ын)?\s*(?P<d>\d{1,2})"
        + _DATE_TAIL,
        re.IGNORECASE,
    ),
    re.compile(r"(?P<y>\d{4}|\d{2})(?P<sep>[./\- ])\s*(?P<m>\d{1,2})(?P=sep)\s*(?P<d>\d{1,2})" + _DATE_TAIL),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _DATE_TAIL),
)
_BLANK_RUN = re.compile(r"^[.…_\s]+")
_BLANK_DATE_WORDS = re.compile(r"20(?:\.{2,}|…)|оны|д(?:үгээр|угаар)|сарын|өд(?:өр|рийн)|н(?:ий|ы)|[.…_\s-]")


def parse_date(text: str) -> date | None:
    """A date as offices write it; None if *text* is not one, so the caller can report it.

    The official grammar ("2022 оны 01 дүгээр сарын 01-ний өдөр", often without the
    ordinal or the day's ending), dotted digits ("2023.03.09", "09.03.2023"), and the
    form's "YY MM DD" boxes after the dotted line ("..... 23 03 09", seed 000).
    """
    stripped = _BLANK_RUN.sub("", " ".join(text.split()))
    for form in _DATE_FORMS:
        match = form.fullmatch(stripped)
        if match is not None:
            year = int(match["y"])
            try:
                return date(year + 2000 if year < 100 else year, int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None


def is_blank_date(text: str) -> bool:
    """The dotted date left to fill by hand: no date, and nothing to report as unreadable."""
    return _BLANK_DATE_WORDS.sub("", text.casefold()) == ""


def unblank(text: str) -> str:
    """The value after the form's dotted line ("Дугаар:..... 062"); the dots alone are no value."""
    return _BLANK_RUN.sub("", text).strip()


_LAW = re.compile(
    r"^(?:(?P<name>.*)\s)?(?P<date>\d{4}\s*оны\s.*?|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?:\s*-?\s*н(?:ий|ы))?)"
    r"\s*өдрийн\s+хууль\s*\.?$",
    re.IGNORECASE,
)


def parse_law_line(text: str) -> tuple[str, date | None]:
    """:func:`law_line` read back: the law's name, and its date when one is given."""
    stripped = " ".join(text.split())
    match = _LAW.match(stripped)
    day = parse_date(match["date"]) if match is not None else None
    if match is None or day is None:
        return stripped, None
    return (match["name"] or "").strip(), day


_CODE_WORDS = {word.casefold(): code for code, word in PARTICIPATION_WORDS.items()}
_CODE_LETTERS = {code.value: code for code in Participation}
_CODE_SEPARATORS = re.compile(r"[\s,;./+\-–]+")


def parse_participation(text: str) -> frozenset[Participation] | None:
    """ "Г, Х, Ш", "Х,Ш,Г", "ГХШ", "г х ш", Latin "X"/"T", or the words; None for anything else."""
    codes: set[Participation] = set()
    for token in _CODE_SEPARATORS.split(text.upper().translate(LATIN_LOOKALIKES)):
        if token.casefold() in _CODE_WORDS:
            codes.add(_CODE_WORDS[token.casefold()])
        elif all(letter in _CODE_LETTERS for letter in token):
            codes.update(_CODE_LETTERS[letter] for letter in token)
        else:
            return None
    return frozenset(codes)


_OBJECTIVE_LABEL = re.compile(r"^(?P<n>\d{1,2})\s*-?\s*(?:д(?:үгээр|угаар)|р)?\s*зорилт", re.IGNORECASE)


def parse_objective_label(text: str) -> int | None:
    """ "1 дүгээр зорилтын хүрээнд" (or "2-р зорилт") → 1; None for any other text."""
    match = _OBJECTIVE_LABEL.match(text.strip())
    number = int(match["n"]) if match is not None else 0
    return number or None


_TOTAL = re.compile(rf"^{TOTAL}\s*[:：-]?\s*(?P<n>\d+)\s*\.?$", re.IGNORECASE)


def parse_total(text: str) -> int | None:
    """ "Нийт: 23" → 23; the importer compares it with the rows, it never stores it."""
    match = _TOTAL.match(text.strip())
    return int(match["n"]) if match is not None else None
