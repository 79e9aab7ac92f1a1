"""How names are written on screen and on paper (domain §4)."""

from __future__ import annotations

from core.entities import Employee
from core.text import initial, mongolian_sort_key


def short_name(employee: Employee, *, upper: bool = False) -> str:
    """ "Ч.Тамираа": the father's/mother's initial and the given name; capitals for signatures."""
    given = employee.given_name.upper() if upper else employee.given_name
    prefix = initial(employee.patronymic)
    return f"{prefix}.{given}" if prefix else given


def full_name(employee: Employee) -> str:
    """Patronymic then given name, as lists and registers show it."""
    return f"{employee.patronymic} {employee.given_name}".strip()


def employee_sort_key(employee: Employee) -> tuple[str, str]:
    """Given name, then patronymic, in the Mongolian alphabet order."""
    return mongolian_sort_key(employee.given_name), mongolian_sort_key(employee.patronymic)
