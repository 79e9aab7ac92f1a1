"""The office itself: settings, the unit structure (regulation 2.2) and positions."""

from __future__ import annotations

from dataclasses import replace

from core.entities import Department, OfficeSettings, Position, UnitKind
from core.i18n import _
from core.ports import UnitOfWork
from core.services.errors import NotFoundError, RefusedError
from core.text import clean
from core.units import unit_chain
from core.validation import ValidationError, validate_department, validate_position, validate_settings

#: Regulation 2.2: the units of an aimag Governor's Office, offered to a new database.
REGULATION_STRUCTURE: tuple[tuple[str, UnitKind, str, tuple[tuple[str, UnitKind, str], ...]], ...] = (
    ("Төрийн захиргааны удирдлагын хэлтэс", UnitKind.DEPARTMENT, "Төрийн захиргааны удирдлагын хэлтсийн дарга", ()),
    ("Нийгмийн бодлогын хэлтэс", UnitKind.DEPARTMENT, "Нийгмийн бодлогын хэлтсийн дарга", ()),
    (
        "Хууль, эрх зүйн хэлтэс",
        UnitKind.DEPARTMENT,
        "Хууль, эрх зүйн хэлтсийн дарга",
        (("Архивын тасаг", UnitKind.SECTION, "Архивын тасгийн эрхлэгч"),),
    ),
    ("Санхүү, төрийн сангийн хэлтэс", UnitKind.DEPARTMENT, "Санхүү, төрийн сангийн хэлтсийн дарга", ()),
    (
        "Хөрөнгө оруулалт, хөгжлийн бодлого, төлөвлөлтийн хэлтэс",
        UnitKind.DEPARTMENT,
        "Хөрөнгө оруулалт, хөгжлийн бодлого, төлөвлөлтийн хэлтсийн дарга",
        (),
    ),
    (
        "Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтэс",
        UnitKind.DEPARTMENT,
        "Хяналт-шинжилгээ, үнэлгээ, дотоод аудитын хэлтсийн дарга",
        (),
    ),
    ("Нийтлэг үйлчилгээний газар", UnitKind.AGENCY, "Нийтлэг үйлчилгээний газрын дарга", ()),
    ("Цэргийн штаб", UnitKind.STAFF, "Цэргийн штабын дарга", ()),
)


def get_settings(uow: UnitOfWork) -> OfficeSettings:
    with uow:
        return uow.settings.get()


def save_settings(uow: UnitOfWork, settings: OfficeSettings) -> OfficeSettings:
    settings = replace(
        settings,
        official_name=clean(settings.official_name),
        short_name=clean(settings.short_name),
        city=clean(settings.city),
        chief_title=clean(settings.chief_title),
        superior_title=clean(settings.superior_title),
        superior_name=clean(settings.superior_name),
    )
    report = validate_settings(settings)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        if settings.chief_employee_id is not None and uow.employees.get(settings.chief_employee_id) is None:
            raise NotFoundError(_("The chosen chief of office is not in the employee records."))
        uow.settings.save(settings)
        uow.commit()
    return settings


def list_departments(uow: UnitOfWork) -> list[Department]:
    """Units ordered for display: parents before their children, each level by sort order."""
    with uow:
        units = uow.departments.list()
    return order_units(units)


def order_units(units: list[Department]) -> list[Department]:
    children: dict[int | None, list[Department]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    ordered: list[Department] = []

    def walk(parent: int | None) -> None:
        for unit in sorted(children.get(parent, []), key=lambda u: (u.sort_order, u.name)):
            ordered.append(unit)
            if unit.id is not None:
                walk(unit.id)

    walk(None)
    return ordered


def save_department(uow: UnitOfWork, department: Department) -> Department:
    department = replace(department, name=clean(department.name), head_title=clean(department.head_title))
    with uow:
        units = {u.id: u for u in uow.departments.list() if u.id is not None}
        siblings = [u for u in units.values() if u.parent_id == department.parent_id]
        report = validate_department(
            department,
            siblings=siblings,
            ancestors_of_parent=[u.id for u in unit_chain(units, department.parent_id) if u.id],
        )
        if not report.is_valid:
            raise ValidationError(report)
        if department.head_employee_id is not None and uow.employees.get(department.head_employee_id) is None:
            raise NotFoundError(_("The chosen head is not in the employee records."))
        saved = uow.departments.add(department) if department.id is None else uow.departments.update(department)
        uow.commit()
    return saved


def delete_department(uow: UnitOfWork, department_id: int) -> None:
    """Only an empty unit can go: positions and sub-units keep the history readable."""
    with uow:
        if any(u.parent_id == department_id for u in uow.departments.list()):
            raise RefusedError(_("This unit has sub-units; move or delete them first."))
        if any(p.department_id == department_id for p in uow.positions.list()):
            raise RefusedError(_("This unit has positions; move or delete them first."))
        if any(a.department_id == department_id for a in uow.acting.list()):
            raise RefusedError(_("Acting assignments name this unit; delete them first."))
        if uow.vacation_schedule.names_department(department_id):
            raise RefusedError(_("A vacation schedule names this unit; it is kept for the schedule's history."))
        uow.departments.delete(department_id)
        uow.commit()


def seed_regulation_structure(uow: UnitOfWork) -> list[Department]:
    """Create the units of regulation 2.2 in an office that has none yet."""
    with uow:
        if uow.departments.list():
            raise RefusedError(_("The office already has units."))
        created: list[Department] = []
        for order, (name, kind, head_title, subunits) in enumerate(REGULATION_STRUCTURE, start=1):
            parent = uow.departments.add(Department(name=name, kind=kind, head_title=head_title, sort_order=order))
            created.append(parent)
            for sub_order, (sub_name, sub_kind, sub_title) in enumerate(subunits, start=1):
                created.append(
                    uow.departments.add(
                        Department(
                            name=sub_name,
                            kind=sub_kind,
                            head_title=sub_title,
                            parent_id=parent.id,
                            sort_order=sub_order,
                        )
                    )
                )
        uow.commit()
    return created


def list_positions(uow: UnitOfWork) -> list[Position]:
    with uow:
        return uow.positions.list()


def save_position(uow: UnitOfWork, position: Position) -> Position:
    position = replace(position, title=clean(position.title), rank=clean(position.rank).lower())
    report = validate_position(position)
    if not report.is_valid:
        raise ValidationError(report)
    with uow:
        if position.department_id is not None and uow.departments.get(position.department_id) is None:
            raise NotFoundError(_("The chosen unit no longer exists."))
        saved = uow.positions.add(position) if position.id is None else uow.positions.update(position)
        uow.commit()
    return saved


def delete_position(uow: UnitOfWork, position_id: int) -> None:
    with uow:
        if uow.positions.holders(position_id):
            raise RefusedError(_("Employees hold this position; it cannot be deleted."))
        if _in_career_history(uow, position_id):
            raise RefusedError(_("Employees' career history names this position; it cannot be deleted."))
        if uow.job_descriptions.summaries(position_id=position_id):
            raise RefusedError(
                _("The position has job descriptions; they are kept for the record, so it cannot be deleted.")
            )
        uow.positions.delete(position_id)
        uow.commit()


def _in_career_history(uow: UnitOfWork, position_id: int) -> bool:
    """Whether a former holder or an employment event (appointment, transfer…) names the position."""
    for employee in uow.employees.list():
        if employee.position_id == position_id:
            return True
        if employee.id is not None and any(e.position_id == position_id for e in uow.events.for_employee(employee.id)):
            return True
    return False
