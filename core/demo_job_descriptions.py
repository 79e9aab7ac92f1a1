"""The demo office's job descriptions: the chief's and each department head's.

Written as real ones are: a unit's own objective first, the management objective every
head shares last (offices copy it from description to description), the template's skill
headings, ISCED-F codes beside professions, and section V's decisions. The Legal
department's head has two approved versions: the 2025 revision added anti-corruption work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core import services
from core.entities import Employee, Position
from core.job_description.entities import (
    TEMPLATE_GROUNDS,
    Decision,
    Endorsement,
    Experience,
    JobDescription,
    JobFunction,
    Objective,
    Participation,
    Profession,
    Relations,
    Requirements,
    Signer,
    SkillArea,
    Subordinate,
)
from core.names import short_name
from core.ports import UnitOfWorkFactory

T, G, X, SH = Participation.ASSIST, Participation.PERFORM, Participation.CONTROL, Participation.DECIDE
CIVIL_SERVICE_LAW = ("Төрийн албаны тухай", date(2017, 12, 7))


def _f(text: str, criterion: str, *codes: Participation) -> JobFunction:
    return JobFunction(text, criterion, frozenset(codes))


#: The objective every head's description ends with.
MANAGING_THE_UNIT = Objective(
    "Хэлтсийн өдөр тутмын үйл ажиллагааг удирдан зохион байгуулж, гүйцэтгэлд хяналт тавьж, үр дүнг тооцох.",
    (
        _f(
            "Хэлтсийн жилийн үйл ажиллагааны болон гүйцэтгэлийн төлөвлөгөөг Тамгын газрын стратеги төлөвлөгөөтэй "
            "уялдуулан боловсруулж, батлуулах, хэрэгжилтэд хяналт тавих;",
            "Төлөвлөгөө хугацаандаа батлагдаж, биелэлт 90-ээс доошгүй хувьтай байна",
            G,
            X,
            SH,
        ),
        _f(
            "Хэлтсийн албан хаагчдын ажил үүргийн хуваарийг гаргах, гүйцэтгэлийн төлөвлөгөөг байгуулах, үр дүнг "
            "улирал бүр дүгнэх;",
            "Ажил үүрэг давхцахгүй, орхигдохгүй хуваарилагдсан байна",
            X,
            SH,
        ),
        _f(
            "Албан хаагчдын чөлөө, сахилга, ёс зүйн асуудлаар дотоод журмын дагуу санал гаргах, шийдвэрлэх;",
            "Дотоод журмын хугацаа, шаардлагыг хангасан байна",
            G,
            SH,
        ),
        _f(
            "Архив, албан хэрэг хөтлөлтийн заавар, журам, стандартад нийцсэн баримт бичиг бүрдүүлэлтэд хяналт тавих.",
            "Албан хэрэг хөтлөлтийн стандартад нийцсэн байна",
            X,
        ),
    ),
)

#: Each department's own objective, with its professions (ISCED-F 2013 narrow fields).
UNIT_WORK: dict[str, tuple[str, Objective, tuple[Profession, ...]]] = {
    "tzu": (
        "Аймгийн Засаг дарга, Тамгын газрын удирдлагыг захиргааны удирдлагаар хангаж, хүний нөөцийн бодлогыг "
        "хэрэгжүүлнэ.",
        Objective(
            "Аймгийн Засаг дарга, Тамгын газрын удирдлагыг захиргааны удирдлагаар хангах, хүний нөөцийн бодлогыг "
            "хэрэгжүүлэх ажлыг удирдан зохион байгуулах;",
            (
                _f(
                    "Тамгын газрын хүний нөөцийн төлөвлөлт, сонгон шалгаруулалт, томилгоо, сургалт, хөгжлийн ажлыг "
                    "Төрийн албаны тухай хуульд нийцүүлэн зохион байгуулах;",
                    "Хүний нөөцийн төлөвлөгөөний биелэлт, сургалтад хамрагдсан албан хаагчдын тоо",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Засаг даргын захирамж, Тамгын газрын даргын тушаалын төсөлд албан хэрэг хөтлөлтийн стандартын "
                    "хяналт тавих;",
                    "Стандартын шаардлага хангасан шийдвэрийн тоо",
                    G,
                    X,
                ),
                _f(
                    "Иргэдээс ирүүлсэн өргөдөл, гомдлыг хуульд заасан хугацаанд шийдвэрлүүлэх ажлыг зохион байгуулах.",
                    "Хугацаандаа шийдвэрлэгдсэн өргөдөл, гомдлын хувь",
                    X,
                    SH,
                ),
            ),
        ),
        (Profession("захиргааны удирдлага", ("0413",)), Profession("эрх зүй", ("0421",))),
    ),
    "nb": (
        "Боловсрол, эрүүл мэнд, нийгмийн хамгааллын чиглэлээр төрөөс баримтлах бодлогыг аймгийн хэмжээнд "
        "хэрэгжүүлж, үр дүнг Тамгын газрын даргын өмнө хариуцна.",
        Objective(
            "Боловсрол, эрүүл мэнд, нийгмийн хамгааллын чиглэлээр төрөөс баримтлах бодлогыг аймгийн хэмжээнд "
            "хэрэгжүүлэх ажлыг удирдан зохион байгуулах;",
            (
                _f(
                    "Нийгмийн салбарын хөтөлбөр, төслийн хэрэгжилтийг зохион байгуулах, агентлаг, сумдыг мэргэжил арга "
                    "зүйгээр хангах;",
                    "Хэрэгжүүлсэн хөтөлбөр, арга хэмжээний тоо, үр дүн",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Боловсрол, эрүүл мэндийн үйлчилгээний хүртээмжийн талаар судалгаа хийж, Засаг даргад санал "
                    "боловсруулах;",
                    "Бодлогын шийдвэрт тусгагдсан саналын тоо",
                    G,
                    X,
                ),
                _f(
                    "Эмзэг бүлгийн иргэдэд чиглэсэн нийгмийн халамжийн үйлчилгээний хэрэгжилтэд хяналт тавих.",
                    "Хяналт шалгалтын тоо, илэрсэн зөрчлийг арилгасан байдал",
                    X,
                    SH,
                ),
            ),
        ),
        (Profession("нийгмийн ажил", ("0923",)), Profession("боловсрол судлал", ("0111",))),
    ),
    "law": (
        "Аймгийн Засаг дарга, Тамгын газрын үйл ажиллагааг хууль эрх зүйн орчноор хангаж, хууль тогтоомжийн "
        "хэрэгжилтийг зохион байгуулна.",
        Objective(
            "Аймгийн Засаг дарга, Тамгын газрын үйл ажиллагааг хууль эрх зүйн орчноор хангах, хууль тогтоомжийн "
            "хэрэгжилтийг зохион байгуулах;",
            (
                _f(
                    "Засаг даргын захирамж, Тамгын газрын даргын тушаалын төсөл хууль тогтоомжид нийцэж буй эсэхэд "
                    "эрх зүйн дүгнэлт гаргах;",
                    "Хуульд нийцээгүй шийдвэр гараагүй байна",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Хууль тогтоомжийн хэрэгжилтийг хангах арга хэмжээний төлөвлөгөө боловсруулж, биелэлтийг хагас жил "
                    "тутам тайлагнах;",
                    "Төлөвлөгөөний биелэлтийн хувь",
                    G,
                    X,
                ),
                _f(
                    "Шүүх, арбитрт Тамгын газрыг төлөөлөх, байгууллагын байгуулах гэрээний төслийг хянах.",
                    "Хянасан гэрээ, шийдвэрлэгдсэн хэргийн тоо",
                    G,
                    SH,
                ),
            ),
        ),
        (Profession("эрх зүй", ("0421",)),),
    ),
    "fin": (
        "Орон нутгийн төсвийн төлөвлөлт, гүйцэтгэл, төрийн сангийн үйлчилгээг хууль тогтоомжийн дагуу зохион "
        "байгуулж, санхүүгийн сахилга батыг хангана.",
        Objective(
            "Аймгийн орон нутгийн төсвийн төлөвлөлт, гүйцэтгэл, төрийн сангийн үйлчилгээг хууль тогтоомжийн дагуу "
            "зохион байгуулах;",
            (
                _f(
                    "Орон нутгийн төсвийн төслийг Төсвийн тухай хуульд нийцүүлэн боловсруулж, хугацаанд нь Иргэдийн "
                    "Төлөөлөгчдийн Хуралд өргөн мэдүүлэх;",
                    "Төсөв хугацаандаа батлагдсан байна",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Төсөвт байгууллагуудын санхүүгийн тайлан, төсвийн гүйцэтгэлийг нэгтгэн хянах;",
                    "Нэгтгэсэн тайлангийн чанар, хугацаа",
                    X,
                    SH,
                ),
                _f(
                    "Төрийн сангийн төлбөр тооцоог шуурхай, алдаагүй гүйцэтгэхэд хяналт тавих.",
                    "Алдаатай гүйлгээ гараагүй байна",
                    X,
                ),
            ),
        ),
        (Profession("санхүү, банк", ("0412",)), Profession("нягтлан бодох бүртгэл", ("0411",))),
    ),
    "inv": (
        "Аймгийн хөгжлийн бодлого, төлөвлөлт, хөрөнгө оруулалтын ажлыг удирдан зохион байгуулж, үр дүнг "
        "Тамгын газрын даргын өмнө хариуцна.",
        Objective(
            "Аймгийн хөгжлийн бодлого, төлөвлөлт, хөрөнгө оруулалтын ажлыг удирдан зохион байгуулах;",
            (
                _f(
                    "Аймгийн хөгжлийн жилийн төлөвлөгөө, Засаг даргын үйл ажиллагааны хөтөлбөрийн төслийг "
                    "боловсруулах;",
                    "Төлөвлөгөө, хөтөлбөр хугацаандаа батлагдсан байна",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Орон нутгийн хөрөнгө оруулалтын төсөл, арга хэмжээний жагсаалтыг боловсруулж, гүйцэтгэлд хяналт "
                    "тавих;",
                    "Хугацаандаа ашиглалтад орсон объектын тоо",
                    G,
                    X,
                ),
                _f(
                    "Гадаадын зээл, тусламжийн төслийн хэрэгжилтийг орон нутагт зохицуулах.",
                    "Хэрэгжиж буй төслийн тоо, үр дүн",
                    G,
                ),
            ),
        ),
        (Profession("эдийн засаг", ("0311",)), Profession("менежмент ба удирдахуй", ("0413",))),
    ),
    "audit": (
        "Төрийн захиргааны байгууллагуудын үйл ажиллагаанд хяналт-шинжилгээ, үнэлгээ, дотоод аудит хийж, дүнг "
        "Засаг даргад танилцуулна.",
        Objective(
            "Төрийн захиргааны байгууллагуудын үйл ажиллагаанд хяналт-шинжилгээ, үнэлгээ, дотоод аудит хийх ажлыг "
            "удирдан зохион байгуулах;",
            (
                _f(
                    "Хяналт-шинжилгээ, үнэлгээний жилийн төлөвлөгөө гаргаж, Засаг даргаар батлуулах, хэрэгжүүлэх;",
                    "Төлөвлөгөөний биелэлтийн хувь",
                    G,
                    X,
                    SH,
                ),
                _f(
                    "Байгууллагуудын гүйцэтгэлийн төлөвлөгөөний биелэлтийг дүгнэж, үнэлгээний дүнг Засаг даргад "
                    "танилцуулах;",
                    "Хугацаандаа дүгнэгдсэн байгууллагын тоо",
                    G,
                    X,
                ),
                _f(
                    "Дотоод аудитын дүгнэлт, зөвлөмжийн хэрэгжилтэд хяналт тавих.",
                    "Хэрэгжсэн зөвлөмжийн хувь",
                    X,
                    SH,
                ),
            ),
        ),
        (Profession("нягтлан бодох бүртгэл ба татвар", ("0411",)), Profession("эдийн засаг", ("0311",))),
    ),
}

CHIEF_OBJECTIVES = (
    Objective(
        "Аймгийн Засаг даргын эрх хэмжээний асуудлаар шийдвэрийн төсөл боловсруулах, шийдвэрийн хэрэгжилтийг "
        "зохион байгуулах ажлыг удирдах;",
        (
            _f(
                "Засаг даргын захирамжийн төслийг бэлтгүүлэх, хэрэгжилтийг зохион байгуулж, биелэлтийг тайлагнах;",
                "Хугацаандаа хэрэгжсэн шийдвэрийн хувь",
                G,
                X,
                SH,
            ),
            _f(
                "Аймгийн Засаг даргын үйл ажиллагааны хөтөлбөрийн хэрэгжилтийг зохион байгуулах.",
                "Хөтөлбөрийн биелэлтийн хувь",
                X,
                SH,
            ),
        ),
    ),
    Objective(
        "Тамгын газрын үйл ажиллагааг удирдан зохион байгуулж, хүний нөөц, санхүүгийн удирдлагыг хэрэгжүүлэх.",
        (
            _f(
                "Тамгын газрын бүтцийн нэгжүүдийн үйл ажиллагааг уялдуулан зохицуулах, гүйцэтгэлийн төлөвлөгөөний "
                "биелэлтийг дүгнэх;",
                "Нэгжүүдийн гүйцэтгэлийн үнэлгээний дүн",
                X,
                SH,
            ),
            _f(
                "Тамгын газрын төсвийн шууд захирагчийн хувьд төсвийг зориулалтын дагуу, хэмнэлттэй зарцуулах;",
                "Төсвийн зарцуулалтад зөрчил гараагүй байна",
                SH,
            ),
            _f(
                "Албан хаагчдын томилгоо, чөлөөлөлт, шагнал, сахилгын асуудлыг хууль тогтоомж, дотоод журмын дагуу "
                "шийдвэрлэх.",
                "Хууль тогтоомжид нийцсэн шийдвэрийн тоо",
                SH,
            ),
        ),
    ),
)

SKILLS: tuple[tuple[SkillArea, tuple[str, ...]], ...] = (
    (
        SkillArea.ORGANISING,
        (
            "нэгжийн үйл ажиллагааг удирдан зохион байгуулж гүйцэтгэлийг дүгнэх, тайлагнах;",
            "албан хаагчдын ажил үүргийг тэнцвэртэй, оновчтой хуваарилах;",
            "нэн тэргүүний ажлыг тодорхойлоход чиглэл, зааварчилгаа өгөх.",
        ),
    ),
    (
        SkillArea.ANALYSIS,
        (
            "мэдээлэлд суурилсан шийдвэр гаргах, бодлогын үндэслэлтэй санал, дүгнэлт боловсруулах;",
            "тулгамдаж буй асуудалд шийдэл олох, түүний үр дагаврын талаар дүн шинжилгээ хийх.",
        ),
    ),
    (
        SkillArea.PROBLEM_SOLVING,
        (
            "хариуцсан ажлыг хууль тогтоомж, дүрэм, журамд нийцүүлэн, ашиг сонирхлоос ангид шийдвэрлэх;",
            "шийдвэрийн шууд болон шууд бус үр дагаврыг үнэлж, хариуцах.",
        ),
    ),
    (
        SkillArea.LEADERSHIP,
        (
            "албан хаагчдыг идэвхжүүлж, урам зориг өгөх, багаа үр дүнтэй удирдах;",
            "ёс зүйн хэм хэмжээг сахиж, бусдад үлгэр дууриал үзүүлэх.",
        ),
    ),
    (
        SkillArea.OTHER,
        (
            "албан хэрэг хөтлөх, баримт бичиг боловсруулах;",
            "мэдээллийн технологийн хэрэглээний мэдлэгтэй байх;",
            "монгол хэл бичгийн мэдлэгийн төвшин нь албан ажлын шаардлагыг хангасан байх.",
        ),
    ),
)

OTHER_PARTIES = (
    "Аймгийн Засаг даргын Тамгын газрын бусад нэгж, албан хаагчид;",
    "Засаг даргын харьяа агентлаг, сумдын Засаг даргын Тамгын газар;",
    "Төрийн болон төрийн бус байгууллага, иргэн, хуулийн этгээд.",
)

#: Section V of the first versions: the review decision and the chief's approving order.
REVIEW = Decision(organisation="ТӨРИЙН АЛБАНЫ ЗӨВЛӨЛ", decided_on=date(2021, 12, 10), number="412")
APPROVED_ON = date(2021, 12, 24)
EFFECTIVE_ON = date(2022, 1, 1)


def _subordinates(unit_posts: list[tuple[Position, int]]) -> tuple[Subordinate, ...]:
    return tuple(Subordinate(position.title, posts) for position, posts in unit_posts if posts > 0)


def _first_version(
    draft: JobDescription, purpose: str, objectives: tuple[Objective, ...], requirements: Requirements
) -> JobDescription:
    return replace(
        draft,
        general=replace(
            draft.general,
            grounds=TEMPLATE_GROUNDS[:1],
            law_name=CIVIL_SERVICE_LAW[0],
            law_date=CIVIL_SERVICE_LAW[1],
            effective_on=EFFECTIVE_ON,
            approved_on=APPROVED_ON,
            workplace_address="65141 Архангай аймаг, Цэцэрлэг сум, Булган баг, Засгийн газрын II байр",
        ),
        purpose=purpose,
        objectives=objectives,
        requirements=requirements,
    )


def _requirements(professions: tuple[Profession, ...], *, chief: bool) -> Requirements:
    return Requirements(
        education="Бакалавр болон түүнээс дээш боловсролын зэрэгтэй байх.",
        professions=professions,
        qualification=(
            "Эрхэлсэн түшмэлийн мэргэшүүлэх багц сургалтад хамрагдсан байх"
            if chief
            else "Ахлах түшмэлийн мэргэшүүлэх багц сургалтад хамрагдсан байх"
        ),
        experience=(
            Experience(8, 3, "ахлах түшмэлийн албан тушаалд")
            if chief
            else Experience(5, 2, "дэс түшмэлийн албан тушаалд")
        ),
        skills=SKILLS,
    )


def _endorse(
    description: JobDescription, drafter: tuple[str, str], approver: tuple[str, str, str], number: str
) -> JobDescription:
    return replace(
        description,
        endorsement=Endorsement(
            drafted_by=Signer(drafter[0], drafter[1], date(2021, 11, 15)),
            review=REVIEW,
            approval=Decision(approver[0], APPROVED_ON, number, approver[1], approver[2]),
        ),
    )


def fill_demo_job_descriptions(
    uow_factory: UnitOfWorkFactory,
    positions: dict[str, Position],
    hired: dict[str, list[Employee]],
    posts: dict[str, int],
    hr_title: str,
) -> int:
    """Write and approve the chief's and the department heads' descriptions; revise the Legal head's.

    Args:
        positions: the demo's positions by post key ("chief", "law_head", "law_senior"…).
        hired: the people holding each post, by post key.
        posts: how many people each post key has.
        hr_title: the printed title of the head who drafts descriptions (human resources).

    Returns:
        How many versions were written.
    """
    settings = services.get_settings(uow_factory())
    office = settings.official_name.upper()
    chief_name = short_name(hired["chief"][0], upper=True)
    hr = (hr_title.upper(), short_name(hired["tzu_head"][0], upper=True))
    by_chief = (office, settings.chief_title.upper(), chief_name)
    written = 0
    for code, (purpose, objective, professions) in UNIT_WORK.items():
        head_post = positions[f"{code}_head"]
        assert head_post.id is not None
        draft = services.new_job_description(uow_factory(), head_post.id)
        unit_posts = [(positions[f"{code}_{kind}"], posts[f"{code}_{kind}"]) for kind in ("senior", "spec")]
        description = _first_version(
            draft, purpose, (objective, MANAGING_THE_UNIT), _requirements(professions, chief=False)
        )
        description = replace(
            description,
            relations=replace(
                description.relations, subordinates=_subordinates(unit_posts), other_parties=OTHER_PARTIES
            ),
        )
        description = _endorse(description, hr, by_chief, f"А/{210 + written}")
        saved = services.save_job_description(uow_factory(), description)
        assert saved.id is not None
        services.approve_job_description(uow_factory(), saved.id)
        written += 1
        if code == "law":
            _revise_law_head(uow_factory, saved.id, hr)
            written += 1
    written += _chief(uow_factory, positions, posts, hr, settings.superior_title.upper(), settings.superior_name)
    return written


def _revise_law_head(uow_factory: UnitOfWorkFactory, first_id: int, hr: tuple[str, str]) -> None:
    """The 2025 revision: the Anti-Corruption Law's amendments gave the Legal department a new function."""
    draft = services.revise_job_description(uow_factory(), first_id)
    unit_objective, managing = draft.objectives
    added = _f(
        "Авлигын эсрэг хууль, ашиг сонирхлын зөрчлөөс урьдчилан сэргийлэх хөтөлбөрийн хэрэгжилтийг Тамгын газрын "
        "хэмжээнд зохион байгуулах;",
        "Хэрэгжүүлсэн арга хэмжээний тоо, үр дүн",
        G,
        X,
    )
    functions = (*unit_objective.functions[:2], added, *unit_objective.functions[2:])
    revised = replace(
        draft,
        general=replace(
            draft.general,
            grounds=(TEMPLATE_GROUNDS[3],),
            effective_on=date(2025, 3, 1),
            approved_on=date(2025, 2, 14),
        ),
        objectives=(replace(unit_objective, functions=functions), managing),
        endorsement=Endorsement(
            drafted_by=Signer(hr[0], hr[1], date(2025, 1, 20)),
            review=Decision("ТӨРИЙН АЛБАНЫ ЗӨВЛӨЛ", date(2025, 2, 5), "037"),
            approval=replace(draft.endorsement.approval, decided_on=date(2025, 2, 14), number="А/45"),
        ),
    )
    saved = services.save_job_description(uow_factory(), revised)
    assert saved.id is not None
    services.approve_job_description(uow_factory(), saved.id)


def _chief(
    uow_factory: UnitOfWorkFactory,
    positions: dict[str, Position],
    posts: dict[str, int],
    hr: tuple[str, str],
    governor_title: str,
    governor_name: str,
) -> int:
    chief_post = positions["chief"]
    assert chief_post.id is not None
    draft = services.new_job_description(uow_factory(), chief_post.id)
    heads = sum(count for key, count in posts.items() if key.endswith("_head"))
    description = _first_version(
        draft,
        "Аймгийн Засаг даргын эрх хэмжээний асуудлаар шийдвэрийн төсөл боловсруулах, хэрэгжилтийг зохион "
        "байгуулах, Тамгын газрын үйл ажиллагааг удирдах, гүйцэтгэлийн үр дүнг Засаг даргын өмнө хариуцна.",
        CHIEF_OBJECTIVES,
        _requirements(
            (
                Profession("захиргааны удирдлага", ("0413",)),
                Profession("эрх зүй", ("0421",)),
                Profession("эдийн засаг", ("0311",)),
            ),
            chief=True,
        ),
    )
    description = replace(
        description,
        relations=Relations(
            reports_to=draft.relations.reports_to,
            subordinates=(Subordinate("Хэлтсийн дарга, тасгийн эрхлэгч, газрын дарга", heads),),
            other_parties=OTHER_PARTIES,
        ),
    )
    governor = (governor_title, "ЗАСАГ ДАРГА", governor_name.upper())
    description = _endorse(description, hr, governor, "А/12")
    saved = services.save_job_description(uow_factory(), description)
    assert saved.id is not None
    services.approve_job_description(uow_factory(), saved.id)
    return 1
