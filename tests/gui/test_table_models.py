"""The employee list's model and proxy: model tests, search, Mongolian order, filters, sorting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from core.entities import EMPLOYEE_STATUS_LABELS, EmployeeListItem, EmployeeStatus
from core.i18n import _
from gui.table_models import EmployeeColumn, EmployeeFilterProxy, EmployeeTableModel
from tests.core.builders import employee

NAMES = [  # (patronymic, given name, department id, status)
    ("Пүрэв", "Пүрэвсүрэн", 1, EmployeeStatus.ACTIVE),
    ("Ганбат", "Өлзийбат", 1, EmployeeStatus.ACTIVE),
    ("Дорж", "Отгонбаяр", 2, EmployeeStatus.RELEASED),
    ("Батаа", "Үүрээ", 2, EmployeeStatus.ACTIVE),
    ("Сүх", "Улаан", None, EmployeeStatus.SUSPENDED),
    ("Болд", "Ариунаа", 3, EmployeeStatus.DISMISSED),
]


def items() -> list[EmployeeListItem]:
    result = []
    for number, (patronymic, given, unit, status) in enumerate(NAMES, start=1):
        person = employee(patronymic=patronymic, given_name=given, status=status, id=number,
                          appointed_on=date(2020, number, 1))
        result.append(EmployeeListItem(person, position_title=f"Албан тушаал {7 - number}", department_id=unit,
                                       department_name=f"Хэлтэс {unit}" if unit else ""))
    return result


@pytest.fixture
def model(qapp: object) -> EmployeeTableModel:
    model = EmployeeTableModel()
    model.set_items(items())
    return model


@pytest.fixture
def proxy(model: EmployeeTableModel) -> EmployeeFilterProxy:
    proxy = EmployeeFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def given_names(model: EmployeeTableModel | EmployeeFilterProxy) -> list[str]:
    return [model.index(row, EmployeeColumn.NAME).data().split()[1] for row in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, model: EmployeeTableModel) -> None:
    qtmodeltester.check(model)


def test_proxy_passes_the_model_tester(qtmodeltester: ModelTester, proxy: EmployeeFilterProxy) -> None:
    proxy.set_search_text("б")
    qtmodeltester.check(proxy)


def test_columns_show_the_item(model: EmployeeTableModel) -> None:
    row = given_names(model).index("Өлзийбат")
    texts = [model.index(row, column).data() for column in EmployeeColumn]
    item = model.item_at(row)
    assert texts == ["Ганбат Өлзийбат", item.employee.registration_number, "Албан тушаал 5", "Хэлтэс 1",
                     _(EMPLOYEE_STATUS_LABELS[EmployeeStatus.ACTIVE]), "2020-02-01"]
    assert model.headerData(EmployeeColumn.DEPARTMENT, Qt.Orientation.Horizontal) == _("Unit")


def test_names_are_in_mongolian_alphabetical_order(model: EmployeeTableModel) -> None:
    names = given_names(model)
    assert names == ["Ариунаа", "Отгонбаяр", "Өлзийбат", "Пүрэвсүрэн", "Улаан", "Үүрээ"]
    assert names.index("Өлзийбат") > names.index("Отгонбаяр")
    assert names.index("Өлзийбат") < names.index("Пүрэвсүрэн")
    assert names.index("Үүрээ") > names.index("Улаан")


def test_descending_sort_through_the_proxy_reverses_and_keeps_the_selection(proxy: EmployeeFilterProxy,
                                                                            model: EmployeeTableModel) -> None:
    kept = QPersistentModelIndex(proxy.index(2, 0))
    assert kept.data() == "Ганбат Өлзийбат"
    proxy.sort(EmployeeColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert given_names(proxy) == ["Үүрээ", "Улаан", "Пүрэвсүрэн", "Өлзийбат", "Отгонбаяр", "Ариунаа"]
    assert kept.isValid() and kept.row() == 3 and kept.data() == "Ганбат Өлзийбат"
    assert proxy.sortColumn() == -1  # the proxy itself never sorts


def test_sort_by_other_columns_keeps_name_order_for_ties(proxy: EmployeeFilterProxy) -> None:
    proxy.sort(EmployeeColumn.DEPARTMENT, Qt.SortOrder.AscendingOrder)
    assert given_names(proxy) == ["Улаан", "Өлзийбат", "Пүрэвсүрэн", "Отгонбаяр", "Үүрээ", "Ариунаа"]
    proxy.sort(EmployeeColumn.APPOINTED_ON, Qt.SortOrder.DescendingOrder)
    assert given_names(proxy)[0] == "Ариунаа"


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("өлзий", ["Өлзийбат"]),
        ("ӨЛЗИЙ", ["Өлзийбат"]),
        ("үүр", ["Үүрээ"]),
        ("ганбат өлзий", ["Өлзийбат"]),
        ("өлзийбат ганбат", ["Өлзийбат"]),
        ("пүрэв", ["Пүрэвсүрэн"]),
        ("  ", ["Ариунаа", "Отгонбаяр", "Өлзийбат", "Пүрэвсүрэн", "Улаан", "Үүрээ"]),
        ("xyz", []),
    ],
)
def test_search_is_case_insensitive_for_cyrillic(proxy: EmployeeFilterProxy, needle: str,
                                                 expected: list[str]) -> None:
    proxy.set_search_text(needle)
    assert given_names(proxy) == expected


def test_search_finds_the_registration_number_in_any_case(proxy: EmployeeFilterProxy,
                                                          model: EmployeeTableModel) -> None:
    number = model.item_at(0).employee.registration_number
    proxy.set_search_text(number.lower())
    assert given_names(proxy) == [given_names(model)[0]]


def test_department_and_status_filters_combine_with_search(proxy: EmployeeFilterProxy) -> None:
    proxy.set_department_filter({2})
    assert given_names(proxy) == ["Отгонбаяр", "Үүрээ"]
    proxy.set_status_filter(EmployeeStatus.ACTIVE)
    assert given_names(proxy) == ["Үүрээ"]
    proxy.set_department_filter(None)
    assert given_names(proxy) == ["Өлзийбат", "Пүрэвсүрэн", "Үүрээ"]
    proxy.set_search_text("пүр")
    assert given_names(proxy) == ["Пүрэвсүрэн"]
    proxy.set_search_text("")
    proxy.set_status_filter(None)
    proxy.set_department_filter({None})
    assert given_names(proxy) == ["Улаан"]


def test_filters_survive_a_reload(proxy: EmployeeFilterProxy, model: EmployeeTableModel) -> None:
    proxy.set_search_text("өлзий")
    model.set_items(items()[:3])
    assert given_names(proxy) == ["Өлзийбат"]
    model.set_items([])
    assert proxy.rowCount() == 0


def test_item_at_follows_the_proxy_row(proxy: EmployeeFilterProxy) -> None:
    proxy.set_search_text("үүр")
    assert proxy.item_at(0).employee.given_name == "Үүрээ"
