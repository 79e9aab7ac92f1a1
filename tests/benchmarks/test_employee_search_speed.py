"""10,000 employees: a search keystroke must refilter within a frame (16 ms).

Run with ``uv run pytest tests/benchmarks/test_employee_search_speed.py --benchmark-only``; skipped
in the ordinary run (``--benchmark-skip``) because timings depend on the machine.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.entities import Employee, EmployeeListItem, EmployeeStatus, Gender
from core.registration import make_registration_number
from gui.table_models import EmployeeColumn, EmployeeFilterProxy, EmployeeTableModel

SYLLABLES = ("бат", "өлзий", "отгон", "пүрэв", "үүрээ", "улаан", "дорж", "ганбат", "сүх", "болд", "эрдэнэ",
             "цэцэг", "наран", "мөнх", "түмэн", "жаргал")
UNITS = ("Хууль, эрх зүйн хэлтэс", "Нийгмийн бодлогын хэлтэс", "Санхүү, төрийн сангийн хэлтэс", "Цэргийн штаб")


def synthetic_items(count: int = 10_000, seed: int = 1) -> list[EmployeeListItem]:
    rnd = random.Random(seed)

    def name() -> str:
        return (rnd.choice(SYLLABLES) + rnd.choice(SYLLABLES)).capitalize()

    items = []
    for number in range(count):
        born = date(1960 + rnd.randrange(40), 1 + rnd.randrange(12), 1 + rnd.randrange(28))
        gender = rnd.choice(list(Gender))
        person = Employee(patronymic=name(), given_name=name(), birth_date=born, gender=gender,
                          registration_number=make_registration_number("УБ", born, number, gender),
                          status=rnd.choice(list(EmployeeStatus)), appointed_on=date(2010 + number % 15, 1, 1),
                          id=number + 1)
        unit = rnd.randrange(len(UNITS))
        items.append(EmployeeListItem(person, position_title=rnd.choice(("Мэргэжилтэн", "Ахлах мэргэжилтэн")),
                                      department_id=unit + 1, department_name=UNITS[unit]))
    return items


@pytest.fixture(scope="module")
def loaded() -> tuple[EmployeeTableModel, EmployeeFilterProxy]:
    model = EmployeeTableModel()
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    model.set_items(synthetic_items())
    return model, proxy


@pytest.mark.benchmark
def test_search_keystroke_refilters_within_a_frame(qapp: Any, benchmark: Any,
                                                   loaded: tuple[EmployeeTableModel, EmployeeFilterProxy]) -> None:
    _model, proxy = loaded
    needles = iter(["ө", "өл", "өлз", "өлзий", ""] * 10_000)

    def keystroke() -> int:
        proxy.set_search_text(next(needles))
        return proxy.rowCount()  # forces the proxy to map every row

    benchmark(keystroke)
    assert benchmark.stats.stats.median < 0.016


@pytest.mark.benchmark
def test_loading_ten_thousand_rows(qapp: Any, benchmark: Any) -> None:
    items = synthetic_items()
    model = EmployeeTableModel()
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)

    def load() -> int:
        model.set_items(items)
        return proxy.rowCount()

    benchmark(load)
    assert benchmark.stats.stats.median < 0.25


@pytest.mark.benchmark
def test_sorting_by_unit(qapp: Any, benchmark: Any, loaded: tuple[EmployeeTableModel, EmployeeFilterProxy]) -> None:
    _model, proxy = loaded
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10_000)

    def sort() -> int:
        proxy.sort(EmployeeColumn.DEPARTMENT, next(orders))
        return proxy.rowCount()

    benchmark(sort)
    assert benchmark.stats.stats.median < 0.1


def test_synthetic_list_is_usable(qtbot: QtBot) -> None:
    """Not a timing: the synthetic data itself goes through the model correctly."""
    model = EmployeeTableModel()
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    model.set_items(synthetic_items(300))
    proxy.set_search_text("ӨЛЗИЙ")
    names = [proxy.item_at(row).employee for row in range(proxy.rowCount())]
    assert names and all("өлзий" in f"{e.patronymic} {e.given_name}".casefold() for e in names)
