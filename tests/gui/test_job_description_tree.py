"""The objectives/functions tree model: Qt's model rules, numbering, moves, and drops the template allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from core.job_description.entities import Objective
from gui.job_description_moves import MIME_TYPE
from gui.job_description_tree import NUMBER_ROLE, ObjectiveTreeModel, TreeColumn
from tests.job_descriptions.seed_000 import OBJECTIVES

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def model() -> ObjectiveTreeModel:
    model = ObjectiveTreeModel()
    model.set_objectives(OBJECTIVES)
    return model


def texts(model: ObjectiveTreeModel) -> list[list[str]]:
    """Each objective's function texts, cut to 20 characters, in the model's order."""
    return [[f.text[:20] for f in o.functions] for o in model.objectives()]


def seed_texts() -> list[list[str]]:
    return [[f.text[:20] for f in o.functions] for o in OBJECTIVES]


def drop(model: ObjectiveTreeModel, source: QModelIndex, row: int, parent: QModelIndex) -> bool:
    data = model.mimeData([source])
    allowed = model.canDropMimeData(data, MOVE, row, 0, parent)
    done = model.dropMimeData(data, MOVE, row, 0, parent)
    assert allowed == done
    return done


def test_passes_the_model_tester(qtmodeltester: ModelTester, model: ObjectiveTreeModel) -> None:
    qtmodeltester.check(model)
    model.move_function((0, 0), 1, 0)
    model.move_objective(3, 0)
    model.add_function(2)
    model.remove(model.index(1, 0))
    qtmodeltester.check(model)


def test_shows_the_seed_numbered_with_its_codes(model: ObjectiveTreeModel) -> None:
    assert model.rowCount() == 4
    assert [model.rowCount(model.index(row, 0)) for row in range(4)] == [5, 3, 3, 7]
    fourth = model.index(3, 0)
    assert model.index(3, 0).data(NUMBER_ROLE) == "4"
    assert model.index(1, 0, fourth).data(NUMBER_ROLE) == "4.2"
    checked = [model.index(1, column, fourth).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
               for column in (TreeColumn.ASSIST, TreeColumn.PERFORM, TreeColumn.CONTROL, TreeColumn.DECIDE)]
    assert checked == [False, False, True, True]  # 4.2 is "Х, Ш"
    assert model.index(0, TreeColumn.CRITERION, fourth).data().startswith("Гүйцэтгэлийн төлөвлөгөө")
    assert model.headerData(TreeColumn.PERFORM, Qt.Orientation.Horizontal) == "Г"
    assert model.objectives() == OBJECTIVES


def test_ticking_a_code_changes_the_function(model: ObjectiveTreeModel) -> None:
    cell = model.index(4, TreeColumn.ASSIST, model.index(3, 0))  # 4.5, no codes in the seed
    assert model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert {c.value for c in model.objectives()[3].functions[4].participation} == {"Т"}
    objective_cell = model.index(0, TreeColumn.ASSIST)
    assert not model.flags(objective_cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(objective_cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_keyboard_moves_cross_into_the_neighbouring_objective(model: ObjectiveTreeModel) -> None:
    first = model.index(0, 0, model.index(1, 0))  # 2.1
    moved = model.move_up(first)
    assert model.row_key(moved) == (0, 5)  # the end of objective 1
    assert texts(model)[0][5] == seed_texts()[1][0] and len(texts(model)[1]) == 2
    back = model.move_down(moved)
    assert model.row_key(back) == (1, 0)
    assert texts(model) == seed_texts()
    objective = model.move_down(model.index(0, 0))
    assert model.row_key(objective) == (1, None)
    assert model.objectives()[1].text == OBJECTIVES[0].text


def test_a_persistent_row_follows_its_objective_when_objectives_move(model: ObjectiveTreeModel) -> None:
    row = QPersistentModelIndex(model.index(2, 0, model.index(3, 0)))  # 4.3
    model.move_objective(3, 0)
    assert model.row_key(row) == (0, 2)
    assert model.index(row.row(), 0, row.parent()).data(NUMBER_ROLE) == "1.3"
    model.move_function((0, 2), 2, 1)
    assert model.row_key(row) == (2, 1)


def test_dragging_a_function_into_another_objective(model: ObjectiveTreeModel) -> None:
    source = model.index(0, 0, model.index(0, 0))  # 1.1
    assert drop(model, source, 1, model.index(1, 0))  # between 2.1 and 2.2
    expected = seed_texts()
    moved = expected[0].pop(0)
    expected[1].insert(1, moved)
    assert texts(model) == expected


def test_dragging_a_function_down_within_its_objective(model: ObjectiveTreeModel) -> None:
    source = model.index(0, 0, model.index(1, 0))  # 2.1
    assert drop(model, source, 3, model.index(1, 0))  # after 2.3, the end
    assert texts(model)[1] == [seed_texts()[1][i] for i in (1, 2, 0)]


def test_dropping_on_an_objective_appends_to_it(model: ObjectiveTreeModel) -> None:
    source = model.index(4, 0, model.index(0, 0))  # 1.5
    assert drop(model, source, -1, model.index(2, 0))
    assert texts(model)[2][-1] == seed_texts()[0][4]


def test_dragging_objectives_among_themselves(model: ObjectiveTreeModel) -> None:
    assert drop(model, model.index(3, 0), 0, QModelIndex())
    assert [o.text for o in model.objectives()] == [OBJECTIVES[i].text for i in (3, 0, 1, 2)]
    assert model.objectives()[0].functions == OBJECTIVES[3].functions


def test_drops_the_template_forbids_are_refused(model: ObjectiveTreeModel) -> None:
    function = model.index(0, 0, model.index(0, 0))
    assert not drop(model, function, 1, QModelIndex())  # a function at the top level
    assert not drop(model, model.index(1, 0), -1, model.index(2, 0))  # an objective inside an objective
    assert not drop(model, model.index(1, 0), 0, model.index(0, 0))
    assert not drop(model, function, 0, model.index(1, 0, model.index(1, 0)))  # inside a function
    assert texts(model) == seed_texts()
    assert model.mimeTypes() == [MIME_TYPE]


def test_adding_and_removing_rows(model: ObjectiveTreeModel) -> None:
    added = model.add_function(1, 1)
    model.setData(added, "Шинэ чиг үүрэг", Qt.ItemDataRole.EditRole)
    assert [f.text for f in model.objectives()[1].functions][1] == "Шинэ чиг үүрэг"
    model.remove(added)
    new = model.add_objective(0)
    assert model.objectives()[0] == Objective("")
    assert model.index(1, 0).data(NUMBER_ROLE) == "2"  # the old first objective
    assert model.index(new.row(), 0).data(NUMBER_ROLE) == "1"
    model.remove(model.index(0, 0))
    assert model.objectives() == OBJECTIVES


def test_read_only_tree_offers_no_editing(model: ObjectiveTreeModel) -> None:
    model.set_read_only(True)
    cell = model.index(0, TreeColumn.PERFORM, model.index(0, 0))
    assert model.flags(cell) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert not model.setData(cell, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not drop(model, model.index(3, 0), 0, QModelIndex())
    assert model.objectives() == OBJECTIVES
