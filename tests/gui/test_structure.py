"""Units & positions: seeding regulation 2.2, the unit tree, unit and position dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.civil_service import administrative_rank
from core.entities import Department, Position, ServiceCategory, UnitKind
from core.i18n import _
from core.services.office import REGULATION_STRUCTURE
from gui.forms.department_dialog import DepartmentDialog
from gui.forms.position_dialog import PositionDialog
from gui.position_model import PositionColumn, PositionTableModel
from gui.structure_page import StructurePage
from tests.fakes import FakeUnitOfWork
from tests.gui.keys import type_text


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork) -> StructurePage:
    page = StructurePage(uow)
    qtbot.addWidget(page)
    return page


def unit_rows(page: StructurePage) -> list[str]:
    office = page.tree_model.item(0)
    names = []

    def walk(item: Any, depth: int) -> None:
        for row in range(item.rowCount()):
            child = item.child(row)
            names.append("  " * depth + child.text())
            walk(child, depth + 1)

    walk(office, 0)
    return names


def test_empty_office_offers_the_regulation_structure(qtbot: QtBot, page: StructurePage,
                                                     uow: FakeUnitOfWork) -> None:
    assert not page.seed_button.isHidden()
    with qtbot.waitSignal(page.structure_changed):
        page.seed_button.click()
    assert page.seed_button.isHidden()
    rows = unit_rows(page)
    assert rows[0] == REGULATION_STRUCTURE[0][0]
    assert rows[3] == "  Архивын тасаг"  # under Хууль, эрх зүйн хэлтэс
    assert len(rows) == len(services.list_departments(uow)) == 9


def test_position_dialog_reports_a_rank_that_does_not_go_with_the_class(qtbot: QtBot,
                                                                        uow: FakeUnitOfWork) -> None:
    dialog = PositionDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.position_form
    type_text(qtbot, form.title_edit, "Мэргэжилтэн")
    form.class_number_spin.setValue(6)
    form.rank_combo.setEditText("ахлах түшмэл")
    dialog.accept()
    assert services.list_positions(uow) == []
    message = form.findChild(type(form.general_message), "rank_message")
    expected = _("Class ТЗ-{number} goes with the rank “{rank}”.").format(number=6, rank="дэс түшмэл")
    assert not message.isHidden() and message.text() == expected


def test_position_dialog_suggests_the_rank_and_saves(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    legal = services.save_department(uow, Department(name="Хууль, эрх зүйн хэлтэс"))
    dialog = PositionDialog(uow, department_id=legal.id)
    qtbot.addWidget(dialog)
    form = dialog.position_form
    type_text(qtbot, form.title_edit, "Ахлах мэргэжилтэн")
    form.class_number_spin.setValue(7)
    assert form.rank_combo.currentText() == administrative_rank(7)
    form.class_number_spin.setValue(5)
    assert form.rank_combo.currentText() == administrative_rank(5)  # still the suggestion, so it follows
    form.posts_spin.setValue(2)
    dialog.accept()
    [saved] = services.list_positions(uow)
    assert (saved.title, saved.department_id, saved.category, saved.class_number, saved.rank, saved.posts) == (
        "Ахлах мэргэжилтэн", legal.id, ServiceCategory.ADMINISTRATIVE, 5, "дэс түшмэл", 2)


def test_a_rank_the_user_typed_is_not_replaced(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    dialog = PositionDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.position_form
    form.rank_combo.setEditText("тусгай цол")
    form.class_number_spin.setValue(3)
    assert form.rank_combo.currentText() == "тусгай цол"


def test_administrative_position_without_class_is_refused(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    dialog = PositionDialog(uow)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.position_form.title_edit, "Жолооч")
    dialog.accept()
    message = dialog.position_form.findChild(type(dialog.position_form.general_message), "class_number_message")
    assert message.text() == _("An administrative (ТЗ) position needs a class from 1 to 13.")
    dialog.position_form.category_combo.set_value(ServiceCategory.SERVICE)
    dialog.accept()
    assert [p.category for p in services.list_positions(uow)] == [ServiceCategory.SERVICE]


def test_position_model_passes_the_model_tester(qtmodeltester: Any, qapp: object) -> None:
    model = PositionTableModel()
    model.set_unit_names({1: "Хууль, эрх зүйн хэлтэс"})
    model.set_items([Position(title="Мэргэжилтэн", department_id=1, class_number=6, rank="дэс түшмэл", posts=2,
                              id=1)])
    qtmodeltester.check(model)
    texts = [model.index(0, c).data() for c in PositionColumn]
    assert texts == ["Мэргэжилтэн", "Хууль, эрх зүйн хэлтэс", "ТЗ-6", "дэс түшмэл", "2"]


def test_positions_follow_the_selected_unit(page: StructurePage, uow: FakeUnitOfWork) -> None:
    services.seed_regulation_structure(uow)
    units = {u.name: u for u in services.list_departments(uow)}
    legal, archive = units["Хууль, эрх зүйн хэлтэс"], units["Архивын тасаг"]
    services.save_position(uow, Position(title="Архивч", department_id=archive.id, class_number=4))
    services.save_position(uow, Position(title="Хуульч", department_id=legal.id, class_number=6))
    services.save_position(uow, Position(title="Нягтлан", department_id=units["Цэргийн штаб"].id, class_number=5))
    page.reload()
    assert page.position_model.rowCount() == 3
    page.select_unit(legal.id)
    assert sorted(p.title for p in page.position_model.items()) == ["Архивч", "Хуульч"]
    page.select_unit(archive.id)
    assert [p.title for p in page.position_model.items()] == ["Архивч"]


def test_unit_dialog_saves_a_sub_unit_and_refuses_a_duplicate(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    legal = services.save_department(uow, Department(name="Хууль, эрх зүйн хэлтэс"))
    dialog = DepartmentDialog(uow, None, parent_id=legal.id)
    qtbot.addWidget(dialog)
    form = dialog.department_form
    type_text(qtbot, form.name_edit, "Архивын тасаг")
    form.kind_combo.set_value(UnitKind.SECTION)
    dialog.accept()
    archive = next(u for u in services.list_departments(uow) if u.name == "Архивын тасаг")
    assert (archive.parent_id, archive.kind) == (legal.id, UnitKind.SECTION)

    again = DepartmentDialog(uow, None, parent_id=legal.id)
    qtbot.addWidget(again)
    type_text(qtbot, again.department_form.name_edit, "архивын тасаг")
    again.accept()
    message = again.department_form.findChild(type(again.department_form.general_message), "name_message")
    assert message.text() == _("A unit with this name already exists here.")
    assert len(services.list_departments(uow)) == 2


def test_unit_cannot_be_moved_under_its_own_sub_unit(qtbot: QtBot, uow: FakeUnitOfWork) -> None:
    legal = services.save_department(uow, Department(name="Хууль, эрх зүйн хэлтэс"))
    services.save_department(uow, Department(name="Архивын тасаг", parent_id=legal.id))
    dialog = DepartmentDialog(uow, legal)
    qtbot.addWidget(dialog)
    combo = dialog.department_form.parent_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == [_("— top level —")]


def test_delete_refused_for_a_unit_with_positions(page: StructurePage, uow: FakeUnitOfWork,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    legal = services.save_department(uow, Department(name="Хууль, эрх зүйн хэлтэс"))
    services.save_position(uow, Position(title="Хуульч", department_id=legal.id, class_number=6))
    page.reload()
    page.select_unit(legal.id)
    warnings: list[str] = []
    monkeypatch.setattr("gui.structure_page.confirm_delete", lambda parent, what: True)
    monkeypatch.setattr("gui.structure_page.show_refusal", lambda parent, text: warnings.append(text))
    page.delete_unit_button.click()
    assert warnings == [_("This unit has positions; move or delete them first.")]
    assert [u.name for u in services.list_departments(uow)] == ["Хууль, эрх зүйн хэлтэс"]


def test_delete_asks_first_and_removes_an_empty_unit(qtbot: QtBot, page: StructurePage, uow: FakeUnitOfWork,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    unit = services.save_department(uow, Department(name="Цэргийн штаб", kind=UnitKind.STAFF))
    page.reload()
    page.select_unit(unit.id)
    answers = iter([False, True])
    monkeypatch.setattr("gui.structure_page.confirm_delete", lambda parent, what: next(answers))
    page.delete_unit_button.click()
    assert len(services.list_departments(uow)) == 1
    with qtbot.waitSignal(page.structure_changed):
        page.delete_unit_button.click()
    assert services.list_departments(uow) == []
